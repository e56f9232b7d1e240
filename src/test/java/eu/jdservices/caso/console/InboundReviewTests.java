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
import eu.jdservices.caso.intake.Decision;
import eu.jdservices.caso.intake.InboundMails;
import eu.jdservices.caso.intake.InboundRecord;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * An agent reviews the inbound mail no case took: lists it, reads it, downloads the
 * original, discards it or releases it into processing again.
 */
@ConsoleTest
class InboundReviewTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SmtpIntake intake;

	@Autowired
	InboundMails inbound;

	@Autowired
	Cases cases;

	ConsoleBrowser browser;

	@BeforeEach
	void browser() {
		this.browser = new ConsoleBrowser(this.mvc);
	}

	@Test
	void aQuarantinedMailIsListedAndReadableAsLiteralText() throws Exception {
		String subject = "Sin remitente " + UUID.randomUUID();
		String messageId = sendWithoutFrom(subject, "Texto con <script>alert(1)</script> dentro.");
		MockHttpSession session = this.browser.signIn();

		String list = this.browser.page(get("/inbound?decision=QUARANTINED"), session);
		long id = idIn(list, subject);
		String view = this.browser.page(get("/inbound/" + id), session);

		assertThat(list).contains("Correo retenido", "En cuarentena", subject);
		assertThat(view)
			.contains(subject, "En cuarentena", "NO_SENDER", "The mail names no usable sender address (From)",
					"c@jd-services.eu", "&lt;script&gt;alert(1)&lt;/script&gt;", "message-id", messageId,
					"href=\"/inbound/" + id + "/raw\"", "action=\"/inbound/" + id + "/discard\"",
					"action=\"/inbound/" + id + "/release\"")
			.doesNotContain("<script>alert");
		assertThat(this.browser.page(get("/inbound?decision=REJECTED"), session)).doesNotContain(subject);
	}

	@Test
	void theOriginalIsDownloadedExactlyAsReceived() throws Exception {
		String subject = "Original " + UUID.randomUUID();
		byte[] raw = withoutFrom(TestMails.newMessageId(), subject, "Cuerpo del correo.");
		send(raw);
		MockHttpSession session = this.browser.signIn();
		long id = idIn(this.browser.page(get("/inbound?decision=QUARANTINED"), session), subject);

		MockHttpServletResponse download = this.browser.response(get("/inbound/" + id + "/raw"), session);

		assertThat(download.getStatus()).isEqualTo(200);
		assertThat(download.getContentType()).isEqualTo("message/rfc822");
		assertThat(download.getHeader("Content-Disposition")).startsWith("attachment;")
			.contains("inbound-" + id + ".eml");
		assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(new String(download.getContentAsByteArray(), StandardCharsets.UTF_8)).contains(subject,
				"Cuerpo del correo.");
		assertThat(this.browser.response(get("/inbound/987654321/raw"), session).getStatus()).isEqualTo(404);
	}

	@Test
	void aDiscardedMailLeavesTheListAndIsKeptAsIgnored() throws Exception {
		String subject = "Para descartar " + UUID.randomUUID();
		String messageId = sendWithoutFrom(subject, "Nada útil.");
		MockHttpSession session = this.browser.signIn();
		long id = idIn(this.browser.page(get("/inbound?decision=QUARANTINED"), session), subject);
		String view = this.browser.page(get("/inbound/" + id), session);

		MockHttpServletResponse answer = this.browser
			.response(post("/inbound/" + id + "/discard").param("_csrf", ConsoleBrowser.csrf(view)), session);

		assertThat(answer.getRedirectedUrl()).isEqualTo("/inbound/" + id);
		assertThat(this.browser.page(get("/inbound/" + id), session))
			.contains("Correo descartado.", "Descartado", "DISCARDED_BY_AGENT", "Discarded by admin@jd-services.eu")
			.doesNotContain("action=\"/inbound/" + id + "/discard\"");
		assertThat(this.browser.page(get("/inbound?decision=QUARANTINED"), session)).doesNotContain(subject);
		assertThat(this.inbound.findByMessageId(messageId)).extracting(InboundRecord::decision)
			.containsExactly(Decision.IGNORED);
		assertThat(this.browser
			.response(post("/inbound/" + id + "/discard").param("_csrf", ConsoleBrowser.csrf(view)), session)
			.getStatus()).isEqualTo(409);
	}

	@Test
	void aReleasedRejectedMailOpensACaseAnyway() throws Exception {
		String subject = "Buzón de rol " + UUID.randomUUID();
		String messageId = TestMails.newMessageId();
		send(TestMails.mail(messageId, "Info <info@anything.test>", List.of("c@jd-services.eu"), List.of(), subject,
				"El servidor de correo no arranca desde ayer por la tarde."), "info@anything.test");
		await().atMost(Duration.ofSeconds(10)).until(() -> decisionOf(messageId) == Decision.REJECTED);
		MockHttpSession session = this.browser.signIn();
		String list = this.browser.page(get("/inbound?decision=REJECTED"), session);
		long id = idIn(list, subject);
		String view = this.browser.page(get("/inbound/" + id), session);

		MockHttpServletResponse answer = this.browser
			.response(post("/inbound/" + id + "/release").param("_csrf", ConsoleBrowser.csrf(view)), session);

		assertThat(list).contains("Rechazado", "info@anything.test");
		assertThat(view).contains("Se abre un caso aunque una directriz lo rechace.");
		assertThat(answer.getRedirectedUrl()).isEqualTo("/inbound/" + id);
		await().atMost(Duration.ofSeconds(10)).until(() -> decisionOf(messageId) == Decision.CASE_OPENED);
		long number = this.inbound.findByMessageId(messageId).get(0).caseNumber();
		assertThat(this.cases.list(new CaseQuery(null, null, null, null, subject, null, 0, 5)).total()).isOne();
		assertThat(this.browser.page(get("/cases/" + number), session)).contains("RELEASED_BY_AGENT",
				"admin@jd-services.eu");
		assertThat(this.browser.page(get("/inbound?decision=REJECTED"), session)).doesNotContain(subject);
	}

	@Test
	void aReleasedQuarantinedMailIsDecidedAgain() throws Exception {
		String subject = "Otra vez sin remitente " + UUID.randomUUID();
		String messageId = sendWithoutFrom(subject, "Sigue sin remitente.");
		MockHttpSession session = this.browser.signIn();
		long id = idIn(this.browser.page(get("/inbound?decision=QUARANTINED"), session), subject);
		String view = this.browser.page(get("/inbound/" + id), session);

		MockHttpServletResponse answer = this.browser
			.response(post("/inbound/" + id + "/release").param("_csrf", ConsoleBrowser.csrf(view)), session);

		assertThat(answer.getRedirectedUrl()).isEqualTo("/inbound/" + id);
		await().atMost(Duration.ofSeconds(10)).until(() -> decisionOf(messageId) == Decision.QUARANTINED);
		assertThat(this.browser.page(get("/inbound?decision=QUARANTINED"), session)).contains(subject);
	}

	@Test
	void discardingWithoutTheCsrfTokenIsRefused() throws Exception {
		String subject = "Sin token " + UUID.randomUUID();
		String messageId = sendWithoutFrom(subject, "Texto.");
		MockHttpSession session = this.browser.signIn();
		long id = idIn(this.browser.page(get("/inbound?decision=QUARANTINED"), session), subject);

		assertThat(this.browser.response(post("/inbound/" + id + "/discard"), session).getStatus()).isEqualTo(403);
		assertThat(decisionOf(messageId)).isEqualTo(Decision.QUARANTINED);
	}

	@Test
	void theNavigationLinksToHeldMailAndItNeedsSigningIn() throws Exception {
		MockHttpSession session = this.browser.signIn();

		assertThat(this.browser.page(get("/cases"), session)).contains("href=\"/inbound\"", "Correo retenido");
		assertThat(this.browser.page(get("/inbound?lang=en"), session)).contains("Held mail", "Quarantined");
		assertThat(this.mvc.perform(get("/inbound")).andReturn().getResponse().getStatus()).isEqualTo(302);
		assertThat(this.browser.response(get("/inbound?decision=CASE_OPENED"), session).getStatus()).isEqualTo(400);
	}

	private String sendWithoutFrom(String subject, String body) throws Exception {
		String messageId = TestMails.newMessageId();
		send(withoutFrom(messageId, subject, body));
		await().atMost(Duration.ofSeconds(10)).until(() -> decisionOf(messageId) == Decision.QUARANTINED);
		return messageId;
	}

	private Decision decisionOf(String messageId) {
		List<InboundRecord> records = this.inbound.findByMessageId(messageId);
		return records.isEmpty() ? null : records.get(0).decision();
	}

	private void send(byte[] mail) throws Exception {
		send(mail, "cliente@otra-empresa.test");
	}

	private void send(byte[] mail, String envelopeFrom) throws Exception {
		assertThat(SmtpDialogue.send(this.intake.port(), envelopeFrom, mail, "c@jd-services.eu")).startsWith("250");
	}

	private static byte[] withoutFrom(String messageId, String subject, String body) {
		String mail = new String(TestMails.mail(messageId, "Cliente <cliente@otra-empresa.test>",
				List.of("c@jd-services.eu"), List.of(), subject, body), StandardCharsets.UTF_8);
		return mail.replaceFirst("(?m)^From: [^\\r\\n]*\\r\\n", "").getBytes(StandardCharsets.UTF_8);
	}

	private static long idIn(String list, String subject) {
		Matcher link = Pattern.compile("href=\"/inbound/(\\d+)\">" + Pattern.quote(subject) + "<").matcher(list);
		assertThat(link.find()).as("link to %s in %s", subject, list).isTrue();
		return Long.parseLong(link.group(1));
	}

}
