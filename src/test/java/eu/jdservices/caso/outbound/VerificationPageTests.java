package eu.jdservices.caso.outbound;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The public page {@code /verify} as a customer's browser sees it: no sign-in, Spanish
 * unless English is asked for, what a code confirms and nothing more, a clear warning for
 * a code we never sent, a limit per client, the strict Content-Security-Policy.
 */
@SpringBootTest(properties = {
		"spring.datasource.url=jdbc:h2:mem:verify-page;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"caso.intake.smtp.enabled=false", "caso.outbound.verification.lookups-per-minute=5" })
@AutoConfigureMockMvc
class VerificationPageTests {

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("caso.data-dir", () -> "target/test-data/" + UUID.randomUUID());
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	Verifications verifications;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void theFormNeedsNoSignInAndIsInSpanishByDefault() throws Exception {
		MockHttpServletResponse page = answer(get("/verify"));

		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(html(page)).contains("<html lang=\"es\"", "<h1>¿Es nuestro este correo?</h1>",
				"<label for=\"code\">Código de verificación</label>");
		assertThat(page.getHeader("Content-Security-Policy")).contains("default-src 'self'", "script-src 'self'");
		assertThat(page.getHeader("Set-Cookie")).as("no session for the public").isNull();
	}

	@Test
	void theLanguageParameterWinsOverTheBrowsersLanguage() throws Exception {
		assertThat(html(answer(get("/verify").header("Accept-Language", "en-GB,en")))).contains("<html lang=\"en\"",
				"Is this mail from us?");
		assertThat(html(answer(get("/verify?lang=es").header("Accept-Language", "en")))).contains("<html lang=\"es\"");
		assertThat(html(answer(get("/verify?lang=en").header("Accept-Language", "es")))).contains("<html lang=\"en\"");
	}

	@Test
	void aCodeWeSentConfirmsWhenToWhomMaskedAndWhichCaseAndNothingElse() throws Exception {
		String code = VerificationCode.generate();
		ComposedMail mail = new ComposedMail("caso.1@jd-services.eu", "a@jd-services.eu",
				List.of("mario.pueyo@talleresebro.es"), "secret content".getBytes(StandardCharsets.UTF_8), code,
				OffsetDateTime.parse("2026-11-25T09:15:00Z"));
		this.transactions.executeWithoutResult((status) -> this.verifications.record(mail, 4711L));

		String page = html(answer(get("/verify").param("code", code.toLowerCase()).with(from("198.51.100.1"))));

		assertThat(page)
			.contains("Sí: este correo lo enviamos nosotros", code, "m•••@t•••.es", "#4711",
					"25 de noviembre de 2026, 10:15")
			.doesNotContain("mario.pueyo", "secret content");
	}

	@Test
	void aCodeWeNeverSentSaysTheMailIsNotOurs() throws Exception {
		String page = html(answer(get("/verify?code=K7QF-2M9X-C4TR-8WPA&lang=en").with(from("198.51.100.2"))));

		assertThat(page).contains("This mail was not sent by us", "Do not act on it", "K7QF-2M9X-C4TR-8WPA",
				"c@jd-services.eu");
	}

	@Test
	void oneClientMayLookUpOnlySoManyCodesAMinute() throws Exception {
		for (int i = 0; i < 5; i++) {
			assertThat(answer(get("/verify?code=AAAA-BBBB-CCCC-DDD" + (i + 2)).with(from("198.51.100.3"))).getStatus())
				.isEqualTo(200);
		}

		MockHttpServletResponse throttled = answer(get("/verify?code=AAAA-BBBB-CCCC-DDDD").with(from("198.51.100.3")));

		assertThat(throttled.getStatus()).isEqualTo(429);
		assertThat(throttled.getHeader("Retry-After")).isEqualTo("60");
		assertThat(html(throttled)).contains("Demasiadas consultas").doesNotContain("no lo enviamos");
		assertThat(answer(get("/verify?code=AAAA-BBBB-CCCC-DDDD").with(from("198.51.100.4"))).getStatus())
			.as("another client")
			.isEqualTo(200);
	}

	MockHttpServletResponse answer(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse();
	}

	static String html(MockHttpServletResponse response) throws Exception {
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	static org.springframework.test.web.servlet.request.RequestPostProcessor from(String client) {
		return (request) -> {
			request.setRemoteAddr(client);
			return request;
		};
	}

}
