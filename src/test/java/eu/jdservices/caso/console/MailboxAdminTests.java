package eu.jdservices.caso.console;

import java.time.Duration;

import com.icegreen.greenmail.util.ServerSetup;
import eu.jdservices.caso.accounts.Agents;
import eu.jdservices.caso.accounts.NewAgent;
import eu.jdservices.caso.accounts.Roles;
import eu.jdservices.caso.support.ConsoleBrowser;
import eu.jdservices.caso.support.TestImap;
import eu.jdservices.caso.support.TestMails;
import eu.jdservices.caso.support.TestTokenEndpoint;
import jakarta.mail.Flags;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Administrators see the IMAP mailboxes with their state on {@code /admin/mailboxes} and
 * test a mailbox's connection; nobody else may. A context of its own with a GreenMail
 * IMAP server and a token endpoint, both stopped with the class (GreenMail's IMAP
 * handlers spin while a client idles).
 */
@SpringBootTest(properties = {
		"spring.datasource.url=jdbc:h2:mem:console-mailboxes;MODE=PostgreSQL;LOCK_TIMEOUT=10000;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"caso.data-dir=target/test-data/console-mailboxes-${random.uuid}", "caso.intake.smtp.port=0",
		"caso.admin.email=admin@jd-services.eu", "caso.admin.password=test-admin-secret" })
@AutoConfigureMockMvc
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class MailboxAdminTests {

	static final String WRONG_SECRET = "a-client-secret-that-is-wrong";

	static TestImap imap;

	static TestTokenEndpoint tokens;

	@DynamicPropertySource
	static void mailboxes(DynamicPropertyRegistry registry) throws Exception {
		if (imap == null) {
			imap = TestImap.start(ServerSetup.PROTOCOL_IMAP);
			tokens = TestTokenEndpoint.start();
			tokens.client("caso-m365", "the-right-secret", Duration.ofHours(1), (token) -> {
			});
			imap.user("desk", "secret-desk");
			imap.user("wrongpass", "the-real-password");
			imap.user("m365", "no-token");
			for (int i = 0; i < 2; i++) {
				imap.deliver("desk", "INBOX",
						TestMails.from("mario.pueyo@talleresebro.es")
							.to("a@jd-services.eu")
							.subject("Antes de conectar " + i)
							.body("Ya estaba en el buzón.")
							.build(),
						new Flags());
			}
		}
		mailbox(registry, 0, "desk", "secret-desk");
		registry.add("caso.intake.imap.mailboxes[0].address", () -> "a@jd-services.eu");
		mailbox(registry, 1, "wrongpass", "not-the-password");
		mailbox(registry, 2, "m365", null);
		registry.add("caso.intake.imap.mailboxes[2].auth", () -> "XOAUTH2");
		registry.add("caso.intake.imap.mailboxes[2].token-uri", tokens::uri);
		registry.add("caso.intake.imap.mailboxes[2].client-id", () -> "caso-m365");
		registry.add("caso.intake.imap.mailboxes[2].client-secret", () -> WRONG_SECRET);
		registry.add("caso.intake.imap.mailboxes[2].scope", () -> TestTokenEndpoint.SCOPE);
	}

	private static void mailbox(DynamicPropertyRegistry registry, int i, String login, String password) {
		String p = "caso.intake.imap.mailboxes[" + i + "].";
		registry.add(p + "host", () -> "127.0.0.1");
		registry.add(p + "port", () -> imap.imapPort());
		registry.add(p + "security", () -> "NONE");
		registry.add(p + "username", () -> login);
		if (password != null) {
			registry.add(p + "password", () -> password);
		}
		registry.add(p + "idle", () -> "false");
		registry.add(p + "poll-interval", () -> "1s");
	}

	@AfterAll
	static void stopServers() {
		if (imap != null) {
			tokens.close();
			imap.stop();
			imap = null;
		}
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	Agents agents;

	@Autowired
	JdbcClient jdbc;

	ConsoleBrowser browser;

	MockHttpSession admin;

	@BeforeEach
	void signIn() throws Exception {
		this.browser = new ConsoleBrowser(this.mvc);
		this.admin = this.browser.signIn();
		// the desk mailbox has looked at its folder once: mail delivered from now on is
		// new to it (since=NOW)
		await().atMost(Duration.ofSeconds(15))
			.until(() -> this.jdbc.sql("SELECT COUNT(*) FROM intake_imap_progress WHERE mailbox = :mailbox")
				.param("mailbox", key("desk"))
				.query(Integer.class)
				.single() == 1);
	}

	@Test
	void theMailboxesAreListedWithWhatTheyAreDoingAndTheirErrors() throws Exception {
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(text(this.browser.page(get("/admin/mailboxes"), this.admin)))
				.contains("authentication failed for wrongpass at 127.0.0.1")
				.contains("no access token for m365")
				.contains("Conectado"));
		String page = text(this.browser.page(get("/admin/mailboxes"), this.admin));

		assertThat(page).contains("Buzones de entrada (IMAP)", key("desk"), key("wrongpass"), key("m365"),
				"127.0.0.1:" + imap.imapPort() + " (sin cifrar)", "Contraseña", "OAuth 2.0 (XOAUTH2)",
				"INBOX, lo tomado pasa a Caso/Processed", "a@jd-services.eu",
				"Según los destinatarios (To, Cc, Delivered-To)", "Consulta cada 1 s", "Este nodo (", "Con errores",
				"HTTP 401 invalid_client: AADSTS7000215: Invalid client secret provided", "Correos tomados",
				"Pendientes en la carpeta");
		assertThat(page).doesNotContain(WRONG_SECRET, "secret-desk", "not-the-password");
		String html = this.browser.page(get("/admin/mailboxes"), this.admin);
		assertThat(html).as("one h1, the language, a name for every section").contains("<html lang=\"es\"");
		assertThat(html.split("<h1", -1)).hasSize(2);
		assertThat(html.split("<section ", -1).length).isEqualTo(html.split("<h2", -1).length);
		assertThat(this.browser.page(get("/cases"), this.admin)).contains("Administración");
		assertThat(this.browser.page(get("/admin/agents"), this.admin)).contains("href=\"/admin/mailboxes\"");
		assertThat(text(this.browser.page(get("/admin/mailboxes?lang=en"), this.admin)))
			.contains("Intake mailboxes (IMAP)", "Polling every 1 s", "Mails taken", "Test the connection");
	}

	@Test
	void aMailTakenIsCountedAndTheLastFetchShown() throws Exception {
		imap.deliver("desk", "INBOX",
				TestMails.from("mario.pueyo@talleresebro.es")
					.to("a@jd-services.eu")
					.subject("Tomado del buzón")
					.body("Hola,\n\nla VPN no conecta.\n\nGracias.")
					.build(),
				new Flags());

		await().atMost(Duration.ofSeconds(10))
			.until(() -> text(this.browser.page(get("/admin/mailboxes"), this.admin))
				.matches("(?s).*" + java.util.regex.Pattern.quote(key("desk")) + ".*Correos tomados\\s*1\\b.*"
						+ java.util.regex.Pattern.quote(key("wrongpass")) + ".*"));
		assertThat(text(this.browser.page(get("/admin/mailboxes"), this.admin))).contains("ahora mismo");
	}

	@Test
	void theConnectionTestSaysHowManyMessagesWaitAndWhetherTheProcessedFolderIsThere() throws Exception {
		await().atMost(Duration.ofSeconds(10)).until(() -> imap.host().getFolder(imap.user("desk"), "Caso") != null);
		String page = this.browser.page(get("/admin/mailboxes"), this.admin);

		MockHttpServletResponse answer = this.browser
			.response(post("/admin/mailboxes/0/test").param("_csrf", ConsoleBrowser.csrf(page)), this.admin);

		assertThat(answer.getRedirectedUrl()).isEqualTo("/admin/mailboxes#mailbox-0");
		assertThat(text(this.browser.page(get("/admin/mailboxes"), this.admin)))
			.containsPattern("Correcto: \\d+ mensajes en INBOX; carpeta de procesados Caso.Processed presente.");
		assertThat(text(this.browser.page(get("/admin/mailboxes"), this.admin))).as("shown once")
			.doesNotContain("Correcto:");
	}

	@Test
	void aMissingProcessedFolderIsCreatedByTheTest() throws Exception {
		String page = this.browser.page(get("/admin/mailboxes"), this.admin);
		// the m365 mailbox signs in with nothing: its test reports the token endpoint's
		// refusal
		this.browser.response(post("/admin/mailboxes/2/test").param("_csrf", ConsoleBrowser.csrf(page)), this.admin);
		assertThat(text(this.browser.page(get("/admin/mailboxes?lang=en"), this.admin)))
			.contains("Error: no access token for m365: the token endpoint " + tokens.uri()
					+ " refused client caso-m365: HTTP 401 invalid_client: AADSTS7000215")
			.doesNotContain(WRONG_SECRET);

		await().atMost(Duration.ofSeconds(10))
			.until(() -> imap.host().getFolder(imap.user("desk"), "Caso.Processed") != null);
		imap.host().deleteMailbox(imap.user("desk"), "Caso.Processed");
		this.browser.response(post("/admin/mailboxes/0/test").param("_csrf", ConsoleBrowser.csrf(page)), this.admin);

		assertThat(text(this.browser.page(get("/admin/mailboxes?lang=en"), this.admin)))
			.containsPattern("OK: \\d+ messages in INBOX; processed folder Caso.Processed created now.");
		assertThat(imap.host().getFolder(imap.user("desk"), "Caso.Processed")).isNotNull();
	}

	@Test
	void aWrongPasswordIsTheTestsExactError() throws Exception {
		String page = this.browser.page(get("/admin/mailboxes"), this.admin);

		this.browser.response(post("/admin/mailboxes/1/test").param("_csrf", ConsoleBrowser.csrf(page)), this.admin);

		assertThat(text(this.browser.page(get("/admin/mailboxes"), this.admin)))
			.contains("Error: authentication failed for wrongpass at 127.0.0.1: ");
	}

	@Test
	void onlyAnAdminSeesOrTestsTheMailboxesAndATestNeedsTheFormsToken() throws Exception {
		String email = "agente." + java.util.UUID.randomUUID() + "@jd-services.eu";
		this.agents.create(new NewAgent(email, "Agente", "a-long-enough-secret", Roles.AGENT, ""));
		MockHttpSession agent = this.browser.signIn(email, "a-long-enough-secret");
		String csrf = ConsoleBrowser.csrf(this.browser.page(get("/cases"), agent));

		assertThat(this.browser.response(get("/admin/mailboxes"), agent).getStatus()).isEqualTo(403);
		assertThat(this.browser.response(post("/admin/mailboxes/0/test").param("_csrf", csrf), agent).getStatus())
			.isEqualTo(403);
		assertThat(this.browser.response(post("/admin/mailboxes/0/test"), this.admin).getStatus()).isEqualTo(403);
		String page = this.browser.page(get("/admin/mailboxes"), this.admin);
		assertThat(this.browser
			.response(post("/admin/mailboxes/7/test").param("_csrf", ConsoleBrowser.csrf(page)), this.admin)
			.getStatus()).isEqualTo(404);
	}

	private static String key(String login) {
		return login + "@127.0.0.1:" + imap.imapPort() + "/INBOX";
	}

	/** The page's text, entities decoded, tags and runs of blanks each one space. */
	private static String text(String html) {
		return HtmlUtils.htmlUnescape(html.replaceAll("<[^>]+>", " ")).replaceAll("\\s+", " ");
	}

}
