package eu.jdservices.caso.console;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.LoadState;
import eu.jdservices.caso.accounts.Agents;
import eu.jdservices.caso.accounts.NewAgent;
import eu.jdservices.caso.accounts.Roles;
import eu.jdservices.caso.accounts.TwoFactor;
import eu.jdservices.caso.cases.CaseQuery;
import eu.jdservices.caso.cases.Cases;
import eu.jdservices.caso.directory.Directory;
import eu.jdservices.caso.intake.SmtpIntake;
import eu.jdservices.caso.support.DebianChromium;
import eu.jdservices.caso.support.SmtpDialogue;
import eu.jdservices.caso.support.TestMails;
import eu.jdservices.caso.support.TestRelay;
import eu.jdservices.caso.support.TestSetup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The agents' console in a real browser: Debian's Chromium driven by Playwright against
 * Caso on a random port, cases opened by mail over SMTP, replies arriving at a GreenMail
 * relay. Playwright never downloads a browser; without {@code /usr/bin/chromium} the
 * class is skipped, or fails when {@code CI=true}. Screenshots of the main pages go to
 * {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:mem:console-browser;MODE=PostgreSQL;LOCK_TIMEOUT=10000;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"caso.intake.smtp.port=0", "caso.outbound.poll-interval=100ms", "spring.mail.host=127.0.0.1",
		"spring.mail.properties.mail.smtp.connectiontimeout=2000", "spring.mail.properties.mail.smtp.timeout=5000",
		"caso.admin.email=admin@jd-services.eu", "caso.admin.password=test-admin-secret" })
class ConsoleInBrowserTests {

	static final String ADMIN = "admin@jd-services.eu";

	static final String PASSWORD = "test-admin-secret";

	static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	static final Duration SECONDS_10 = Duration.ofSeconds(10);

	static final TestRelay relay = TestRelay.get();

	static DebianChromium chromium;

	static Browser browser;

	@DynamicPropertySource
	static void relay(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", relay::port);
		registry.add("caso.data-dir", () -> "target/test-data/" + UUID.randomUUID());
	}

	@Autowired
	SmtpIntake intake;

	@Autowired
	Cases cases;

	@Autowired
	Directory directory;

	@Autowired
	Agents agents;

	@Autowired
	TwoFactor twoFactor;

	@LocalServerPort
	int webPort;

	BrowserContext context;

	Page page;

	@BeforeAll
	static void launchChromium() {
		chromium = DebianChromium.launch(ConsoleInBrowserTests.class);
		browser = chromium.browser();
	}

	@AfterAll
	static void closeChromium() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@BeforeEach
	void openBrowserContext() throws IOException {
		relay.start();
		TestSetup.importSampleDirectory(this.directory);
		this.context = browser.newContext(new Browser.NewContextOptions().setBaseURL("http://127.0.0.1:" + this.webPort)
			.setLocale("es-ES")
			.setTimezoneId("Europe/Madrid")
			.setViewportSize(1280, 800));
		this.context.setDefaultTimeout(10_000);
		this.page = this.context.newPage();
	}

	@AfterEach
	void closeBrowserContext() {
		if (this.context != null) {
			this.context.close();
		}
	}

	@Test
	void anAgentFindsACaseRepliesAndClosesIt() throws Exception {
		String subject = "Impresora de la planta 2 sin conexión " + UUID.randomUUID();
		long number = openCase("Cliente", "cliente@otra-empresa.test", "c@jd-services.eu", subject,
				"La impresora no responde desde esta mañana.");
		String reply = "Hemos reiniciado el servidor de impresion, pruebe de nuevo.";

		signIn();
		this.page.fill("form.filters input[name=q]", subject);
		this.page.click("form.filters button[type=submit]");
		// the filtered queue replaces the page in place: its one row, not the full
		// queue's, is clicked
		PlaywrightAssertions.assertThat(this.page.locator("table.queue tbody tr")).hasCount(1);
		this.page.click("table.queue a[href='/cases/" + number + "']");
		this.page.waitForURL("**/cases/" + number);
		PlaywrightAssertions.assertThat(this.page.locator("h1")).containsText("Caso #" + number);
		PlaywrightAssertions.assertThat(status()).hasText("Abierto");

		this.page.evaluate("() => window.__sameDocument = true");
		this.page.fill("#text-reply", reply);
		sendReply();

		PlaywrightAssertions.assertThat(this.page.locator("p.alert[role=status]"))
			.hasText("Respuesta enviada a todos los contactos.");
		assertThat(this.page.evaluate("() => window.__sameDocument")).as("updated in place by htmx, no page load")
			.isEqualTo(true);
		PlaywrightAssertions
			.assertThat(this.page.locator("article.message-out pre.text")
				.filter(new Locator.FilterOptions().setHasText(reply)))
			.isVisible();
		await().atMost(SECONDS_10).until(() -> sentReplies(number, reply).size() == 1);
		MimeMessage sent = sentReplies(number, reply).get(0);
		assertThat(sent.getSubject()).startsWith("[Caso #" + number + "]");
		assertThat(sent.getRecipients(Message.RecipientType.TO)).extracting((a) -> ((InternetAddress) a).getAddress())
			.contains("cliente@otra-empresa.test");

		List<String> confirmations = new CopyOnWriteArrayList<>();
		this.page.onDialog((dialog) -> {
			confirmations.add(dialog.message());
			dialog.accept();
		});
		this.page.click("#details-close summary");
		this.page.fill("#text-close", "Resuelto tras reiniciar el servidor de impresión.");
		this.page.click("#action-close button[type=submit]");

		PlaywrightAssertions.assertThat(this.page.locator("p.alert[role=status]")).hasText("Caso cerrado.");
		assertThat(confirmations).as("closing asks first")
			.containsExactly("¿Cerrar el caso #" + number + "? Los contactos recibirán el aviso de cierre.");
		PlaywrightAssertions.assertThat(status()).hasText("Cerrado");
	}

	@Test
	void aHostileMailShowsAsHarmlessText() throws Exception {
		String subject = "Página rota " + UUID.randomUUID();
		String body = String.join("\n", "Vemos esto en la web:", "<script>window.__pwned=1</script>",
				"<img src=x onerror=\"window.__pwned=1\">", "<a href=\"javascript:window.__pwned=1\">pulse aquí</a>",
				"<style>body{display:none}</style>", "<div style=\"position:fixed;inset:0;background:red\">tapa</div>");
		long number = openCase("Cliente", "cliente@otra-empresa.test", "c@jd-services.eu", subject, body);
		List<String> dialogs = new CopyOnWriteArrayList<>();
		this.page.onDialog((dialog) -> {
			dialogs.add(dialog.type() + ": " + dialog.message());
			dialog.dismiss();
		});
		List<String> cspReports = new CopyOnWriteArrayList<>();
		this.page.onConsoleMessage((message) -> {
			if (message.text().contains("Content Security Policy")) {
				cspReports.add(message.text());
			}
		});

		signIn();
		this.page.navigate("/cases/" + number);
		this.page.waitForLoadState(LoadState.NETWORKIDLE);

		assertThat(this.page.evaluate("() => window.__pwned")).isNull();
		assertThat(this.page.locator("script:not([src])").count()).isZero();
		assertThat(this.page.locator("main script, main img, main style, main a[href^='javascript:']").count())
			.isZero();
		assertThat(this.page.locator("style").count()).isZero();
		PlaywrightAssertions.assertThat(this.page.locator("body")).isVisible();
		PlaywrightAssertions.assertThat(this.page.locator("article.message-in pre.text").first())
			.containsText("<script>window.__pwned=1</script>");
		PlaywrightAssertions.assertThat(this.page.locator("article.message-in pre.text").first())
			.containsText("<img src=x onerror=\"window.__pwned=1\">");
		PlaywrightAssertions.assertThat(this.page.locator("article.message-in pre.text").first())
			.containsText("<style>body{display:none}</style>");
		PlaywrightAssertions.assertThat(this.page.locator("article.message-in pre.text").first()).isVisible();
		assertThat(dialogs).isEmpty();
		assertThat(cspReports).as("nothing from the mail even reached the Content-Security-Policy").isEmpty();
	}

	/**
	 * The reply form also holds the quote and article buttons: send with the one that
	 * says so.
	 */
	private void sendReply() {
		this.page.locator("#action-reply")
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Responder a todos").setExact(true))
			.click();
	}

	@Test
	void screenshotsOfTheMainPages() throws Exception {
		Files.createDirectories(SCREENSHOTS);
		String subject = "Error al recibir llamadas externas en Teams";
		long number = openCase("Mario Pueyo", "mario.pueyo@talleresebro.es", "b@jd-services.eu", subject,
				"Hola,\n\nDesde esta mañana nadie de la oficina puede recibir llamadas externas en Teams; "
						+ "las internas funcionan.\n\nUn saludo,\nMario Pueyo\nTalleres Ebro SA");

		this.page.navigate("/login");
		PlaywrightAssertions.assertThat(this.page.locator("h1")).hasText("Acceso de agentes");
		screenshot("login.png");

		signIn();
		PlaywrightAssertions.assertThat(this.page.locator("table.queue")).containsText(subject);
		screenshot("queue.png");

		this.page.navigate("/cases/" + number);
		this.page.fill("#text-reply",
				"Estamos revisando la configuración de la troncal SIP. Le avisamos en cuanto esté resuelto.");
		sendReply();
		PlaywrightAssertions.assertThat(this.page.locator("article.message-out").last()).containsText("troncal SIP");
		screenshot("case.png");

		assertThat(SCREENSHOTS.resolve("login.png")).isNotEmptyFile();
		assertThat(SCREENSHOTS.resolve("queue.png")).isNotEmptyFile();
		assertThat(SCREENSHOTS.resolve("case.png")).isNotEmptyFile();
	}

	@Test
	void anAgentWithTwoFactorSignInEntersTheCodeOfTheAuthenticatorApp() throws Exception {
		String agent = "totp-" + UUID.randomUUID().toString().substring(0, 8) + "@jd-services.eu";
		this.agents.create(new NewAgent(agent, "Teresa Otp", "a-long-enough-secret", Roles.AGENT, ""));
		String secret = this.twoFactor.start(agent).secret();
		this.twoFactor.confirm(agent, totp(secret, 0)).orElseThrow();

		this.page.navigate("/login");
		this.page.fill("#username", agent);
		this.page.fill("#password", "a-long-enough-secret");
		this.page.click("main form.stacked button[type=submit]");
		this.page.waitForURL("**/login/code");
		PlaywrightAssertions.assertThat(this.page.locator("h1")).hasText("Verificación en dos pasos");
		screenshot("login-code.png");
		this.page.fill("#code", "000000");
		this.page.click("main form.stacked button[type=submit]");
		PlaywrightAssertions.assertThat(this.page.locator("p.alert.error")).containsText("El código no es correcto");
		this.page.fill("#code", totp(secret, 1));
		this.page.click("main form.stacked button[type=submit]");

		this.page.waitForURL("**/cases");
		PlaywrightAssertions.assertThat(this.page.locator("header.top .agent")).hasText(agent);
	}

	@Test
	void theVerificationPageReadsWellOnAPhone() {
		this.page.setViewportSize(390, 844);
		this.page.navigate("/verify?code=K7QF-2M9X-C4TR-8WPA&lang=es");

		PlaywrightAssertions.assertThat(this.page.locator("html")).hasAttribute("lang", "es");
		PlaywrightAssertions.assertThat(this.page.locator("h2#result-heading"))
			.hasText("Este correo no lo enviamos nosotros");
		PlaywrightAssertions.assertThat(this.page.getByLabel("Código de verificación")).isVisible();
		assertThat((Integer) this.page.evaluate("() => document.documentElement.scrollWidth"))
			.as("no sideways scrolling")
			.isLessThanOrEqualTo(390);
		screenshot("verify-phone.png");
	}

	@Test
	void anAgentSchedulesACallFromTheCaseAndCancelsItAfterConfirming() throws Exception {
		String subject = "Revisar la centralita " + UUID.randomUUID();
		String customer = "cliente@otra-empresa.test";
		long number = openCase("Cliente", customer, "b@jd-services.eu", subject, "La centralita se reinicia sola.");
		String day = java.time.LocalDate.now().plusWeeks(2).toString();

		signIn();
		this.page.navigate("/cases/" + number);
		this.page.locator("#meetings summary")
			.filter(new Locator.FilterOptions().setHasText("Programar una reunión"))
			.click();
		this.page.selectOption("#meeting-kind", "CALL");
		this.page.fill("#meeting-start", day + "T10:00");
		this.page.fill("#meeting-duration", "20");
		this.page.fill("#meeting-phone", "+34 976 000 000");
		this.page.click("#meeting-schedule button[type=submit]");

		PlaywrightAssertions.assertThat(this.page.locator("p.alert[role=status]"))
			.hasText("Reunión programada y enviada la invitación.");
		Locator meeting = this.page.locator("#meetings article.meeting");
		PlaywrightAssertions.assertThat(meeting).containsText(day + " 10:00 – 10:20");
		PlaywrightAssertions.assertThat(meeting.locator("td.response")).hasText("Sin respuesta");
		await().atMost(SECONDS_10)
			.until(() -> !relay.toWithSubjectStarting(customer, "[Caso #" + number + "] Invitación").isEmpty());

		java.util.List<String> asked = new java.util.concurrent.CopyOnWriteArrayList<>();
		this.page.onceDialog((dialog) -> {
			asked.add(dialog.message());
			dialog.accept();
		});
		this.page.evaluate("() => window.__sameDocument = true");
		meeting.locator("summary").click();
		meeting.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cancelar la reunión")).click();

		PlaywrightAssertions.assertThat(this.page.locator("p.alert[role=status]")).containsText("Reunión cancelada");
		assertThat(asked).singleElement().asString().startsWith("¿Cancelar la reunión?");
		assertThat(this.page.evaluate("() => window.__sameDocument")).as("updated in place by htmx, no page load")
			.isEqualTo(true);
		PlaywrightAssertions.assertThat(this.page.locator("#meetings table.past-meetings")).containsText("Cancelada");
		await().atMost(SECONDS_10)
			.until(() -> !relay.toWithSubjectStarting(customer, "[Caso #" + number + "] Cancelada").isEmpty());
	}

	private static String totp(String secret, int steps) throws Exception {
		com.eatthepath.otp.TimeBasedOneTimePasswordGenerator generator = new com.eatthepath.otp.TimeBasedOneTimePasswordGenerator();
		return generator.generateOneTimePasswordString(
				new javax.crypto.spec.SecretKeySpec(new org.apache.commons.codec.binary.Base32().decode(secret),
						generator.getAlgorithm()),
				java.time.Instant.now().plus(generator.getTimeStep().multipliedBy(steps)));
	}

	private void signIn() {
		this.page.navigate("/login");
		this.page.fill("#username", ADMIN);
		this.page.fill("#password", PASSWORD);
		this.page.click("main form.stacked button[type=submit]");
		this.page.waitForURL("**/cases");
		PlaywrightAssertions.assertThat(this.page.locator("header.top .agent")).hasText(ADMIN);
	}

	private Locator status() {
		return this.page.locator(".facts dd").first();
	}

	private void screenshot(String name) {
		this.page.waitForLoadState(LoadState.NETWORKIDLE);
		this.page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)));
	}

	private long openCase(String name, String sender, String to, String subject, String body) throws IOException {
		byte[] mail = TestMails.mail(TestMails.newMessageId(), name + " <" + sender + ">", List.of(to), List.of(),
				subject, body);
		assertThat(SmtpDialogue.send(this.intake.port(), sender, mail, to)).startsWith("250");
		CaseQuery bySubject = new CaseQuery(null, null, null, null, subject, null, 0, 5);
		await().atMost(SECONDS_10).until(() -> this.cases.list(bySubject).total() == 1);
		return this.cases.list(bySubject).items().get(0).number();
	}

	private static List<MimeMessage> sentReplies(long number, String text) {
		return relay.withSubjectContaining("[Caso #" + number + "]").stream().filter((message) -> {
			try {
				return text(message).contains(text);
			}
			catch (MessagingException | IOException ex) {
				return false;
			}
		}).toList();
	}

	private static String text(Part part) throws MessagingException, IOException {
		if (part.isMimeType("text/*")) {
			return String.valueOf(part.getContent());
		}
		StringBuilder text = new StringBuilder();
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart child = multipart.getBodyPart(i);
				text.append(text(child));
			}
		}
		return text.toString();
	}

}
