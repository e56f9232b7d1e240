package eu.jdservices.caso.console;

import eu.jdservices.caso.support.ConsoleBrowser;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.jdservices.caso.cases.CaseQuery;
import eu.jdservices.caso.cases.Cases;
import eu.jdservices.caso.intake.SmtpIntake;
import eu.jdservices.caso.support.SmtpDialogue;
import eu.jdservices.caso.support.TestMails;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Without a relay an agent reads in the console what Caso would have sent.
 */
@ConsoleTest
class OutboxViewTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SmtpIntake intake;

	@Autowired
	Cases cases;

	ConsoleBrowser browser;

	@BeforeEach
	void browser() {
		this.browser = new ConsoleBrowser(this.mvc);
	}

	@Test
	void theAcknowledgementOfANewCaseIsListedAndDownloadable() throws Exception {
		String subject = "Teclado sin respuesta " + UUID.randomUUID();
		long number = openCase(subject);
		MockHttpSession session = this.browser.signIn();

		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.browser.page(get("/outbox"), session).contains("-caso-" + number + ".eml"));
		String list = this.browser.page(get("/outbox"), session);
		Matcher link = Pattern.compile("href=\"/outbox/([^\"]+-caso-" + number + "\\.eml)\"").matcher(list);
		assertThat(link.find()).as("link in %s", list).isTrue();
		MockHttpServletResponse download = this.browser.response(get("/outbox/" + link.group(1)), session);

		assertThat(list).contains("cliente@otra-empresa.test", subject, "href=\"/outbox\"");
		assertThat(download.getStatus()).isEqualTo(200);
		assertThat(download.getContentType()).isEqualTo("message/rfc822");
		assertThat(download.getHeader("Content-Disposition")).startsWith("attachment;").contains(link.group(1));
		assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(new String(download.getContentAsByteArray(), StandardCharsets.UTF_8))
			.contains("To: cliente@otra-empresa.test");
	}

	@Test
	void onlyOutboxFilesAreServed() throws Exception {
		MockHttpSession session = this.browser.signIn();

		assertThat(this.browser.response(get("/outbox/00000000-nothing.eml"), session).getStatus()).isEqualTo(404);
		assertThat(this.browser.response(get("/outbox/..%2Fapplication.properties"), session).getStatus()).isIn(400,
				404);
		assertThat(this.browser.response(get("/outbox/notes.txt"), session).getStatus()).isEqualTo(404);
		assertThat(this.mvc.perform(get("/outbox")).andReturn().getResponse().getStatus()).isEqualTo(302);
	}

	private long openCase(String subject) throws Exception {
		byte[] mail = TestMails.mail(TestMails.newMessageId(), "Cliente <cliente@otra-empresa.test>",
				List.of("c@jd-services.eu"), List.of(), subject, "El teclado del puesto 4 no responde.");
		assertThat(SmtpDialogue.send(this.intake.port(), "cliente@otra-empresa.test", mail, "c@jd-services.eu"))
			.startsWith("250");
		CaseQuery bySubject = new CaseQuery(null, null, null, null, subject, null, 0, 5);
		await().atMost(Duration.ofSeconds(10)).until(() -> this.cases.list(bySubject).total() == 1);
		return this.cases.list(bySubject).items().get(0).number();
	}

}
