package eu.jdservices.caso.console;

import eu.jdservices.caso.support.ConsoleBrowser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import eu.jdservices.caso.cases.CaseDetails;
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
 * An agent downloads the attachments of a case from the case view.
 */
@ConsoleTest
class AttachmentDownloadsTests {

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
	void theCaseViewLinksEachAttachmentAndTheLinkDownloadsIt() throws Exception {
		long number = openCaseWith("Factura del soporte " + UUID.randomUUID(), "informe técnico.pdf", "application/pdf",
				"%PDF-1.4 contenido".getBytes(StandardCharsets.US_ASCII));
		CaseDetails.Attachment attachment = attachments(number).get(0);
		MockHttpSession session = this.browser.signIn();

		String view = this.browser.page(get("/cases/" + number), session);
		MockHttpServletResponse download = this.browser
			.response(get("/cases/" + number + "/attachments/" + attachment.id()), session);

		assertThat(view).contains("href=\"/cases/" + number + "/attachments/" + attachment.id() + "\"",
				"informe técnico.pdf");
		assertThat(download.getStatus()).isEqualTo(200);
		assertThat(download.getContentAsByteArray())
			.isEqualTo("%PDF-1.4 contenido".getBytes(StandardCharsets.US_ASCII));
		assertThat(download.getContentType()).isEqualTo("application/pdf");
		assertThat(download.getHeader("Content-Disposition")).startsWith("attachment;")
			.contains("filename*=UTF-8''informe%20t%C3%A9cnico.pdf");
		assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
	}

	@Test
	void anHtmlAttachmentIsServedAsBytesNeverAsAPage() throws Exception {
		long number = openCaseWith("Página sospechosa " + UUID.randomUUID(), "pagina.html", "text/html",
				"<script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII));
		long id = attachments(number).get(0).id();
		MockHttpSession session = this.browser.signIn();

		MockHttpServletResponse download = this.browser.response(get("/cases/" + number + "/attachments/" + id),
				session);

		assertThat(download.getStatus()).isEqualTo(200);
		assertThat(download.getContentType()).isEqualTo("application/octet-stream");
		assertThat(download.getHeader("Content-Disposition")).startsWith("attachment;");
	}

	@Test
	void anAttachmentOfAnotherCaseIsNotFound() throws Exception {
		long first = openCaseWith("Escáner averiado " + UUID.randomUUID(), "foto.png", "image/png",
				new byte[] { 1, 2 });
		long second = openCaseWith("Monitor roto " + UUID.randomUUID(), "otra.png", "image/png", new byte[] { 3, 4 });
		long idOfFirst = attachments(first).get(0).id();
		MockHttpSession session = this.browser.signIn();

		assertThat(this.browser.response(get("/cases/" + second + "/attachments/" + idOfFirst), session).getStatus())
			.isEqualTo(404);
		assertThat(this.browser.response(get("/cases/" + first + "/attachments/" + idOfFirst), session).getStatus())
			.isEqualTo(200);
	}

	@Test
	void downloadingNeedsASignedInAgent() throws Exception {
		long number = openCaseWith("Disco lleno " + UUID.randomUUID(), "log.txt", "text/plain",
				"disco".getBytes(StandardCharsets.US_ASCII));
		long id = attachments(number).get(0).id();

		assertThat(
				this.mvc.perform(get("/cases/" + number + "/attachments/" + id)).andReturn().getResponse().getStatus())
			.isEqualTo(302);
	}

	private List<CaseDetails.Attachment> attachments(long number) {
		return this.cases.find(number)
			.orElseThrow()
			.messages()
			.stream()
			.flatMap((message) -> message.attachments().stream())
			.toList();
	}

	private long openCaseWith(String subject, String fileName, String contentType, byte[] content) throws IOException {
		String boundary = "b-" + UUID.randomUUID();
		String mail = "From: Cliente <cliente@otra-empresa.test>\r\n" + "To: c@jd-services.eu\r\n" + "Subject: "
				+ "=?UTF-8?B?" + Base64.getEncoder().encodeToString(subject.getBytes(StandardCharsets.UTF_8)) + "?=\r\n"
				+ "Date: Wed, 25 Nov 2026 11:40:00 +0100\r\n" + "Message-ID: <" + TestMails.newMessageId() + ">\r\n"
				+ "MIME-Version: 1.0\r\n" + "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\r\n\r\n"
				+ "--" + boundary + "\r\n" + "Content-Type: text/plain; charset=UTF-8\r\n\r\n"
				+ "Adjunto el fichero con los detalles del problema.\r\n" + "--" + boundary + "\r\n" + "Content-Type: "
				+ contentType + "\r\n" + "Content-Disposition: attachment; filename*=UTF-8''"
				+ java.net.URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20") + "\r\n"
				+ "Content-Transfer-Encoding: base64\r\n\r\n" + Base64.getMimeEncoder().encodeToString(content) + "\r\n"
				+ "--" + boundary + "--\r\n";
		assertThat(SmtpDialogue.send(this.intake.port(), "cliente@otra-empresa.test",
				mail.getBytes(StandardCharsets.UTF_8), "c@jd-services.eu"))
			.startsWith("250");
		CaseQuery bySubject = new CaseQuery(null, null, null, null, subject, null, 0, 5);
		await().atMost(Duration.ofSeconds(10)).until(() -> this.cases.list(bySubject).total() == 1);
		return this.cases.list(bySubject).items().get(0).number();
	}

}
