package eu.jdservices.caso.guidelines;

import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The public page {@code /guidelines} as a customer's browser sees it: no sign-in,
 * Spanish unless English is asked for, what the running configuration says (addresses,
 * windows in words, office hours, this year's closed days), an anchor per rule, its
 * version and what changed.
 */
@SpringBootTest(properties = {
		"spring.datasource.url=jdbc:h2:mem:guidelines-page;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"caso.intake.smtp.enabled=false", "caso.intake.addresses.b=moderado@jd-services.eu",
		"caso.timers.windows.c.customer-response=5bd", "caso.timers.calendar.hours.friday=08:00-15:00",
		"caso.policy.attachment-too-large.max-size=10MB" })
@AutoConfigureMockMvc
class GuidelinesPageTests {

	private static final Year YEAR = Year.now(ZoneId.of("Europe/Madrid"));

	@DynamicPropertySource
	static void settings(DynamicPropertyRegistry registry) {
		registry.add("caso.data-dir", () -> "target/test-data/" + UUID.randomUUID());
		registry.add("caso.timers.calendar.closed-days", () -> YEAR + "-12-24");
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void needsNoSignInAndStatesTheRunningConfigurationInSpanish() throws Exception {
		MockHttpServletResponse page = answer(get("/guidelines"));

		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(html(page))
			.contains("<html lang=\"es\"", "<h1>Directrices para la apertura de casos</h1>", "a@jd-services.eu",
					"moderado@jd-services.eu", "c@jd-services.eu", "1 hora, 24x7", "1 día hábil", "5 días hábiles",
					"4 horas hábiles", "Europe/Madrid", "08:00–15:00", "Adjuntos de hasta 10 MB", "Festivos de " + YEAR,
					"24 diciembre")
			.doesNotContain("3 días hábiles");
		assertThat(page.getHeader("Content-Security-Policy")).contains("default-src 'self'");
		assertThat(page.getHeader("Cache-Control")).contains("max-age=300");
		assertThat(page.getHeader("Set-Cookie")).as("no session for the public").isNull();
	}

	@Test
	void isInEnglishWhenAskedFor() throws Exception {
		String html = html(answer(get("/guidelines").param("lang", "en").header("Accept-Language", "es")));

		assertThat(html).contains("<html lang=\"en\"", "<h1>Case-opening guidelines</h1>", "1 hour, 24x7",
				"1 business day", "5 business days", "4 business hours", "Attachments up to 10 MB",
				"You answer us within 1 hour, 24x7.");
	}

	@Test
	void everyRuleOfSectionsZeroToThreeHasItsAnchor() throws Exception {
		String html = html(answer(get("/guidelines")));

		for (GuidelinesPage.Section section : GuidelinesPage.SECTIONS) {
			assertThat(html).contains("id=\"" + section.id() + "\"");
			section.rules().forEach((rule) -> assertThat(html).contains("id=\"" + rule + "\""));
		}
		assertThat(GuidelinesPage.SECTIONS.stream().mapToLong((section) -> section.rules().size()).sum()).isEqualTo(22);
	}

	@Test
	void showsItsVersionAndWhatChangedSinceTheEditionBefore() throws Exception {
		String version = this.jdbc.sql("SELECT version FROM guidelines_edition ORDER BY id DESC LIMIT 1")
			.query(String.class)
			.single();
		String facts = this.jdbc.sql("SELECT facts FROM guidelines_edition ORDER BY id DESC LIMIT 1")
			.query(String.class)
			.single();
		assertThat(html(answer(get("/guidelines")))).contains("Versión " + version);

		// an earlier start ran with another address for B: this start's edition is new
		this.jdbc.sql("INSERT INTO guidelines_edition (version, published_at, facts) VALUES ('0badf00d', :at, :facts)")
			.param("at", java.time.OffsetDateTime.parse(YEAR.minusYears(1) + "-03-01T10:00:00Z"))
			.param("facts", facts.replace("addresses.B=moderado@jd-services.eu", "addresses.B=b@jd-services.eu"))
			.update();

		String html = html(answer(get("/guidelines")));
		assertThat(html).contains("Versión " + version, "versión " + version + ": direcciones de apertura de casos",
				"0badf00d");
	}

	private MockHttpServletResponse answer(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse();
	}

	private static String html(MockHttpServletResponse page) throws Exception {
		return page.getContentAsString(StandardCharsets.UTF_8);
	}

}
