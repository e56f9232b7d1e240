package eu.jdservices.caso.console;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.jdservices.caso.cases.CaseDetails;
import eu.jdservices.caso.cases.CaseQuery;
import eu.jdservices.caso.cases.Cases;
import eu.jdservices.caso.cases.Direction;
import eu.jdservices.caso.intake.ParsedMail;
import eu.jdservices.caso.intake.SmtpIntake;
import eu.jdservices.caso.support.SmtpDialogue;
import eu.jdservices.caso.support.TestMails;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The agents' console as an agent's browser sees it: signing in, the queue, a case with
 * its thread, the action forms, the security headers and the language.
 */
@ConsoleTest
class ConsoleTests {

	static final String ADMIN = "admin@jd-services.eu";

	static final String PASSWORD = "test-admin-secret";

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	SmtpIntake intake;

	@Autowired
	Cases cases;

	@Test
	void openingTheConsoleUnsignedLeadsToTheSignInPage() throws Exception {
		MockHttpServletResponse start = this.mvc.perform(get("/")).andReturn().getResponse();

		assertThat(start.getStatus()).isEqualTo(302);
		assertThat(start.getRedirectedUrl()).endsWith("/login");
		assertThat(page(get("/login"), null)).contains("name=\"username\"", "name=\"password\"", "name=\"_csrf\"");
	}

	@Test
	void theAdministratorSignsInWithTheFormAndSeesTheQueue() throws Exception {
		MockHttpSession session = signIn(ADMIN, PASSWORD);

		String queue = page(get("/cases"), session);

		assertThat(queue).contains("Cola de casos", ADMIN);
	}

	@Test
	void signingOutEndsTheSession() throws Exception {
		MockHttpSession session = signIn(ADMIN, PASSWORD);
		String queue = page(get("/cases"), session);

		MockHttpServletResponse answer = this.mvc.perform(post("/logout").session(session).param("_csrf", csrf(queue)))
			.andReturn()
			.getResponse();

		assertThat(answer.getRedirectedUrl()).isEqualTo("/login?logout");
		assertThat(page(get("/login?logout"), null)).contains("Ha cerrado la sesión.");
		assertThat(this.mvc.perform(get("/cases").session(session)).andReturn().getResponse().getStatus())
			.isEqualTo(302);
	}

	@Test
	void aWrongPasswordShowsAnErrorOnTheSignInPage() throws Exception {
		MockHttpSession session = new MockHttpSession();
		String form = page(get("/login"), session);

		MockHttpServletResponse answer = this.mvc
			.perform(post("/login").session(session)
				.param("username", ADMIN)
				.param("password", "wrong")
				.param("_csrf", csrf(form)))
			.andReturn()
			.getResponse();

		assertThat(answer.getRedirectedUrl()).isEqualTo("/login?error");
		assertThat(page(get("/login?error"), session)).contains("El correo o la contraseña no son correctos.");
		assertThat(this.mvc.perform(get("/cases").session(session)).andReturn().getResponse().getStatus())
			.isEqualTo(302);
	}

	@Test
	void theQueueListsACaseOpenedByMail() throws Exception {
		String unique = UUID.randomUUID().toString();
		long number = openCase("Impresora de la planta 2 sin conexión " + unique,
				"La impresora no responde desde esta mañana.");
		MockHttpSession session = signIn(ADMIN, PASSWORD);

		String queue = page(get("/cases"), session);

		assertThat(queue).contains("#" + number, "Impresora de la planta 2 sin conexión", "Abierto",
				"href=\"/cases/" + number + "\"", "Vence");
		assertThat(queue).containsPattern("en \\d+ (min|h|d)</time>");
		assertThat(page(get("/cases?order=asc&severity=C&q=" + unique), session)).contains("#" + number);
		assertThat(page(get("/cases?severity=A&q=" + unique), session))
			.doesNotContain("href=\"/cases/" + number + "\"");
	}

	@Test
	void theCaseViewShowsMailContentAsLiteralText() throws Exception {
		long number = openCase("Página de inicio rota " + UUID.randomUUID(),
				"Vemos esto en la página: <script>alert(1)</script> y <img src=x onerror=alert(1)>");
		MockHttpSession session = signIn(ADMIN, PASSWORD);

		String view = page(get("/cases/" + number), session);

		assertThat(view).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(1)&gt;")
			.doesNotContain("<script>alert", "<img src=x");
		assertThat(view).contains("Del cliente", "cliente@otra-empresa.test");
	}

	@Test
	void aMailWithMoreTextThanCasoReadsShowsItsBeginningAndLinksTheWholeOriginal() throws Exception {
		String line = "ERROR 2026-12-01 10:15:02 backup job srv-01 failed: disk quota exceeded on /var/backups\n";
		String log = line.repeat(2 * ParsedMail.MAX_TEXT / line.length());
		long number = openCase("Registro de copias fallidas " + UUID.randomUUID(), "Les pego el registro:\n" + log);
		MockHttpSession session = signIn(ADMIN, PASSWORD);

		String view = page(get("/cases/" + number), session);

		CaseDetails.Message mail = messages(number).get(0);
		assertThat(mail.textCut()).isTrue();
		assertThat(mail.fullText()).hasSizeLessThanOrEqualTo(ParsedMail.MAX_TEXT).endsWith("/var/backups");
		assertThat(view).contains(
				"Este correo tiene más texto del que Caso lee: aquí se muestran sus primeros" + " 262.144 caracteres",
				"href=\"/inbound/" + mail.intakeId() + "/raw\"", "Descargar el correo original");
		assertThat(this.mvc.perform(get("/inbound/" + mail.intakeId() + "/raw").session(session))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)
			.replace("\r\n", "\n")).hasSizeGreaterThan(log.length())
			.contains(log.substring(log.length() - 2 * line.length()));
		assertThat(messages(openCase("Impresora sin papel " + UUID.randomUUID(), "No tiene papel.")).get(0).textCut())
			.isFalse();
	}

	@Test
	void aMailWithMorePartsThanCasoKeepsSaysHowManyAreLeftOut() throws Exception {
		String subject = "Fotos del rack " + UUID.randomUUID();
		StringBuilder raw = new StringBuilder("From: Cliente <cliente@otra-empresa.test>\r\nTo: c@jd-services.eu\r\n"
				+ "Subject: " + subject + "\r\nMessage-ID: <" + TestMails.newMessageId() + ">\r\nMIME-Version: 1.0\r\n"
				+ "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n"
				+ "Les mando las fotos del rack.\r\n");
		for (int i = 0; i < ParsedMail.MAX_ATTACHMENTS + 1_500; i++) {
			raw.append("--b\r\nContent-Type: image/png\r\nContent-Disposition: attachment; filename=f")
				.append(i)
				.append(".png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n");
		}
		assertThat(SmtpDialogue.send(this.intake.port(), "cliente@otra-empresa.test",
				raw.append("--b--\r\n").toString().getBytes(StandardCharsets.US_ASCII), "c@jd-services.eu"))
			.startsWith("250");
		CaseQuery bySubject = new CaseQuery(null, null, null, null, subject, null, 0, 5);
		await().atMost(Duration.ofSeconds(20)).until(() -> this.cases.list(bySubject).total() == 1);
		long number = this.cases.list(bySubject).items().get(0).number();
		MockHttpSession session = signIn(ADMIN, PASSWORD);

		String view = page(get("/cases/" + number), session);

		CaseDetails.Message mail = messages(number).get(0);
		assertThat(mail.attachments()).hasSize(ParsedMail.MAX_ATTACHMENTS);
		assertThat(mail.partsLeftOut()).isEqualTo(1_500);
		assertThat(view).contains(
				"Este correo tiene 1.500 partes adjuntas más de las 1.000 que Caso guarda con un mensaje",
				"href=\"/inbound/" + mail.intakeId() + "/raw\"");
	}

	@Test
	void theCaseViewShowsFindingsWithTheirGuidelineRuleAndDueTimes() throws Exception {
		long number = openCase("Licencias de Office caducadas " + UUID.randomUUID(), "Nos caducan las licencias.");
		MockHttpSession session = signIn(ADMIN, PASSWORD);

		String view = page(get("/cases/" + number), session);

		assertThat(view).contains("Caso #" + number, "UNKNOWN_SENDER", "Regla S1.4", "Nuestra respuesta vence",
				"cliente@otra-empresa.test");
	}

	@Test
	void aReplyThroughTheFormIsSentAndRecorded() throws Exception {
		long number = openCase("Copias de seguridad fallidas " + UUID.randomUUID(), "Las copias fallan cada noche.");
		MockHttpSession session = signIn(ADMIN, PASSWORD);
		String view = page(get("/cases/" + number), session);

		MockHttpServletResponse answer = this.mvc
			.perform(post("/cases/" + number + "/reply").session(session)
				.param("text", "Estamos revisando el servidor de copias.")
				.param("_csrf", csrf(view)))
			.andReturn()
			.getResponse();

		assertThat(answer.getRedirectedUrl()).isEqualTo("/cases/" + number);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> messages(number).stream()
				.anyMatch((message) -> message.direction() == Direction.OUT
						&& message.text().contains("Estamos revisando el servidor de copias.")));
		assertThat(page(get("/cases/" + number), session)).contains("Respuesta enviada a todos los contactos.",
				"Estamos revisando el servidor de copias.");
	}

	@Test
	void anEmptyReplyIsSentBackWithAMessageAndRecordsNothing() throws Exception {
		long number = openCase("Correo lento en Outlook " + UUID.randomUUID(), "Outlook tarda minutos en abrir.");
		MockHttpSession session = signIn(ADMIN, PASSWORD);
		String view = page(get("/cases/" + number), session);
		int before = messages(number).size();

		MockHttpServletResponse answer = this.mvc.perform(
				post("/cases/" + number + "/reply").session(session).param("text", "   ").param("_csrf", csrf(view)))
			.andReturn()
			.getResponse();

		assertThat(answer.getStatus()).isEqualTo(422);
		assertThat(answer.getContentAsString(StandardCharsets.UTF_8)).contains("Escriba el texto antes de enviar.");
		assertThat(messages(number)).hasSize(before);
	}

	@Test
	void aFormWithoutTheCsrfTokenIsRefused() throws Exception {
		long number = openCase("VPN caída en la oficina " + UUID.randomUUID(), "No conecta la VPN.");
		MockHttpSession session = signIn(ADMIN, PASSWORD);
		int before = messages(number).size();

		MockHttpServletResponse answer = this.mvc
			.perform(post("/cases/" + number + "/note").session(session).param("text", "nota"))
			.andReturn()
			.getResponse();

		assertThat(answer.getStatus()).isEqualTo(403);
		assertThat(messages(number)).hasSize(before);
	}

	@Test
	void consolePagesCarryAStrictContentSecurityPolicy() throws Exception {
		MockHttpSession session = signIn(ADMIN, PASSWORD);

		for (MockHttpServletResponse response : List.of(this.mvc.perform(get("/login")).andReturn().getResponse(),
				this.mvc.perform(get("/cases").session(session)).andReturn().getResponse())) {
			assertThat(response.getHeader("Content-Security-Policy")).contains("default-src 'self'",
					"script-src 'self'", "style-src 'self'", "frame-ancestors 'none'", "base-uri 'none'",
					"form-action 'self'");
			assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
			assertThat(response.getHeader("Referrer-Policy")).isEqualTo("same-origin");
		}
	}

	@Test
	void htmxAndTheStyleSheetAreServedLocallyWithoutSigningIn() throws Exception {
		String login = page(get("/login"), null);
		Matcher script = Pattern.compile("<script src=\"(/webjars/htmx\\.org/[^\"]+)\"").matcher(login);
		assertThat(script.find()).as("htmx script in %s", login).isTrue();

		assertThat(this.mvc.perform(get(script.group(1))).andReturn().getResponse().getStatus()).isEqualTo(200);
		assertThat(this.mvc.perform(get("/css/console.css")).andReturn().getResponse().getStatus()).isEqualTo(200);
	}

	@Test
	void theApiStillAnswersWithHttpBasicOnly() throws Exception {
		assertThat(this.mvc.perform(get("/api/cases")).andReturn().getResponse().getStatus()).isEqualTo(401);

		MockHttpServletResponse answer = this.mvc.perform(get("/api/cases").header(HttpHeaders.AUTHORIZATION, basic()))
			.andReturn()
			.getResponse();

		assertThat(answer.getStatus()).isEqualTo(200);
		assertThat(answer.getContentAsString()).contains("\"total\"");
	}

	@Test
	void theApiAnswersInTheLanguageOfAcceptLanguage() throws Exception {
		String english = this.mvc
			.perform(post("/api/cases/987654/replies").header(HttpHeaders.AUTHORIZATION, basic())
				.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
				.contentType("application/json")
				.content("{\"text\":\"hello\"}"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String spanish = this.mvc
			.perform(post("/api/cases/987654/replies").header(HttpHeaders.AUTHORIZATION, basic())
				.contentType("application/json")
				.content("{\"text\":\"hola\"}"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(english).contains("There is no case #987654");
		assertThat(spanish).contains("No existe el caso #987654");
	}

	@Test
	void theConsoleIsInSpanishByDefaultAndInEnglishOnRequest() throws Exception {
		MockHttpSession session = new MockHttpSession();
		assertThat(page(get("/login"), session)).contains("Acceso de agentes", "lang=\"es\"");

		MockHttpServletResponse english = this.mvc.perform(get("/login?lang=en").session(session))
			.andReturn()
			.getResponse();

		assertThat(english.getStatus()).as("redirect %s", english.getRedirectedUrl()).isEqualTo(200);
		assertThat(english.getContentAsString(StandardCharsets.UTF_8)).contains("Agent sign-in", "lang=\"en\"");
		assertThat(english.getCookie("caso-lang")).isNotNull();
		assertThat(this.mvc.perform(get("/login").cookie(english.getCookie("caso-lang")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("Agent sign-in");
	}

	private long openCase(String subject, String body) throws IOException {
		byte[] mail = TestMails.mail(TestMails.newMessageId(), "Cliente <cliente@otra-empresa.test>",
				List.of("c@jd-services.eu"), List.of(), subject, body);
		assertThat(SmtpDialogue.send(this.intake.port(), "cliente@otra-empresa.test", mail, "c@jd-services.eu"))
			.startsWith("250");
		CaseQuery bySubject = new CaseQuery(null, null, null, null, subject, null, 0, 5);
		await().atMost(Duration.ofSeconds(10)).until(() -> this.cases.list(bySubject).total() == 1);
		return this.cases.list(bySubject).items().get(0).number();
	}

	private List<CaseDetails.Message> messages(long number) {
		return this.cases.find(number).orElseThrow().messages();
	}

	private MockHttpSession signIn(String username, String password) throws Exception {
		MockHttpSession session = new MockHttpSession();
		String form = page(get("/login"), session);
		MockHttpServletResponse answer = this.mvc
			.perform(post("/login").session(session)
				.param("username", username)
				.param("password", password)
				.param("_csrf", csrf(form)))
			.andReturn()
			.getResponse();
		assertThat(answer.getRedirectedUrl()).isEqualTo("/cases");
		return session;
	}

	private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			MockHttpSession session) throws Exception {
		if (session != null) {
			request.session(session);
		}
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).as("status of %s", response.getRedirectedUrl()).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	private static String csrf(String html) {
		Matcher token = CSRF.matcher(html);
		assertThat(token.find()).as("CSRF token in the form").isTrue();
		return token.group(1);
	}

	private static String basic() {
		return "Basic " + Base64.getEncoder().encodeToString((ADMIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
	}

}
