package eu.jdservices.caso.console;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.SelectOption;
import eu.jdservices.caso.accounts.Agents;
import eu.jdservices.caso.accounts.NewAgent;
import eu.jdservices.caso.accounts.Roles;
import eu.jdservices.caso.cases.CaseActions;
import eu.jdservices.caso.cases.CaseActions;
import eu.jdservices.caso.cases.CaseQuery;
import eu.jdservices.caso.cases.Cases;
import eu.jdservices.caso.cases.Status;
import eu.jdservices.caso.directory.Directory;
import eu.jdservices.caso.intake.SmtpIntake;
import eu.jdservices.caso.support.DebianChromium;
import eu.jdservices.caso.support.SmtpDialogue;
import eu.jdservices.caso.support.TestMails;
import eu.jdservices.caso.support.TestRelay;
import eu.jdservices.caso.support.TestSetup;
import eu.jdservices.caso.timers.ResponseTargetMissed;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The queue in Debian's Chromium (never a downloaded browser; skipped without
 * {@code /usr/bin/chromium}, failing when {@code CI=true}): sorted by due time, severity
 * and last update, saved views per agent, assigning and closing marked cases at once,
 * counts, "breaching soon" and the list refreshing by themselves; the team leads'
 * overview with its charts and CSV.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:mem:queue-browser;MODE=PostgreSQL;LOCK_TIMEOUT=10000;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"caso.intake.smtp.port=0", "caso.outbound.poll-interval=100ms", "spring.mail.host=127.0.0.1",
		"spring.mail.properties.mail.smtp.connectiontimeout=2000", "spring.mail.properties.mail.smtp.timeout=5000",
		"caso.cases.automatic-mails-per-sender-per-hour=100000", "caso.admin.email=admin@jd-services.eu",
		"caso.admin.password=test-admin-secret" })
class QueueInBrowserTests {

	static final String ADMIN = "admin@jd-services.eu";

	static final String PASSWORD = "test-admin-secret";

	static final String CUSTOMER = "mario.pueyo@talleresebro.es";

	static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	static final Duration SECONDS_15 = Duration.ofSeconds(15);

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
	CaseActions actions;

	@LocalServerPort
	int webPort;

	BrowserContext context;

	Page page;

	String token;

	@BeforeAll
	static void launchChromium() {
		chromium = DebianChromium.launch(QueueInBrowserTests.class);
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
			.setViewportSize(1280, 900));
		this.context.setDefaultTimeout(10_000);
		this.page = this.context.newPage();
		// a word only this test's cases have, to see them alone in the queue
		this.token = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
	}

	@AfterEach
	void closeBrowserContext() {
		if (this.context != null) {
			this.context.close();
		}
	}

	@Test
	void theQueueSortsByDueTimeSeverityAndLastUpdate() throws Exception {
		long minimal = openCase("c@jd-services.eu", "Cambiar el fondo de pantalla " + this.token);
		long critical = openCase("a@jd-services.eu", "Servidor caído " + this.token);
		long moderate = openCase("b@jd-services.eu", "Correo lento " + this.token);
		signIn();

		queue("");
		assertThat(numbers()).containsExactly(moderate, critical, minimal);
		this.page.locator("#queue-sort").selectOption("severity");
		submitFilters();
		PlaywrightAssertions.assertThat(this.page.locator("#queue-sort")).hasValue("severity");
		assertThat(numbers()).containsExactly(critical, moderate, minimal);

		this.page.locator("#queue-sort").selectOption("due");
		submitFilters();
		PlaywrightAssertions.assertThat(this.page.locator("#queue-sort")).hasValue("due");
		assertThat(numbers()).as("A answers within an hour, day and night").first().isEqualTo(critical);

		customerWrites(minimal, "Cambiar el fondo de pantalla " + this.token, "¿Hay novedades?");
		await().atMost(SECONDS_15).until(() -> this.cases.find(minimal).orElseThrow().messages().size() >= 3);
		this.page.locator("#queue-sort").selectOption("updated");
		submitFilters();
		PlaywrightAssertions.assertThat(this.page.locator("#queue-sort")).hasValue("updated");
		assertThat(numbers()).first().isEqualTo(minimal);
	}

	@Test
	void anAgentSavesAViewAndOpensItAgainLater() throws Exception {
		long critical = openCase("a@jd-services.eu", "Cortafuegos bloquea la web " + this.token);
		openCase("c@jd-services.eu", "Alta de usuario " + this.token);
		signIn();
		queue("&sort=severity&severity=A");
		assertThat(numbers()).containsExactly(critical);

		String name = "Urgentes " + this.token.substring(2, 6);
		this.page.fill("#view-name", name);
		this.page.click("#save-view button[type=submit]");
		PlaywrightAssertions.assertThat(this.page.locator("p.alert[role=status]")).hasText("Vista guardada.");

		this.page.navigate("/cases");
		this.page.locator(".saved-views")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name))
			.click();
		this.page.waitForURL((url) -> url.contains("severity=A") && url.contains("sort=severity"));
		assertThat(numbers()).containsExactly(critical);
		PlaywrightAssertions.assertThat(this.page.locator("#queue-sort")).hasValue("severity");
	}

	@Test
	void markedCasesAreAssignedAndClosedAtOnce() throws Exception {
		String agent = "nuria-" + UUID.randomUUID().toString().substring(0, 6) + "@jd-services.eu";
		this.agents.create(new NewAgent(agent, "Nuria Vidal", "a-long-enough-secret", Roles.AGENT, ""));
		long first = openCase("c@jd-services.eu", "Licencia de Office " + this.token);
		long second = openCase("c@jd-services.eu", "Licencia de Visio " + this.token);
		long third = openCase("c@jd-services.eu", "Licencia de Project " + this.token);
		signIn();
		queue("");

		this.page.getByLabel("Marcar el caso #" + first).check();
		this.page.getByLabel("Marcar el caso #" + second).check();
		this.page.getByLabel("Asignar los marcados a").selectOption(agent);
		this.page.click("#bulk-assign");
		PlaywrightAssertions.assertThat(this.page.locator("p.alert[role=status]"))
			.hasText("Casos asignados: 2. No se pudo: 0.");
		assertThat(this.cases.find(first).orElseThrow().summary().assignee()).isEqualTo(agent);
		assertThat(this.cases.find(second).orElseThrow().summary().assignee()).isEqualTo(agent);
		assertThat(this.cases.find(third).orElseThrow().summary().assignee()).isNull();

		List<String> confirmations = new CopyOnWriteArrayList<>();
		this.page.onDialog((dialog) -> {
			confirmations.add(dialog.message());
			dialog.accept();
		});
		this.page.getByLabel("Marcar el caso #" + first).check();
		this.page.getByLabel("Marcar el caso #" + third).check();
		this.page.click("#bulk-close");
		PlaywrightAssertions.assertThat(this.page.locator("p.alert[role=status]"))
			.hasText("Casos cerrados: 2. No se pudo: 0.");
		assertThat(confirmations)
			.containsExactly("¿Cerrar todos los casos marcados? Sus contactos recibirán el aviso de cierre.");
		assertThat(this.cases.find(first).orElseThrow().summary().status()).isEqualTo(Status.CLOSED);
		assertThat(this.cases.find(second).orElseThrow().summary().status()).isEqualTo(Status.OPEN);
		assertThat(this.cases.find(third).orElseThrow().summary().status()).isEqualTo(Status.CLOSED);
	}

	@Test
	void theCountsAndTheListRefreshByThemselves() throws Exception {
		openCase("b@jd-services.eu", "Impresora sin tóner " + this.token);
		signIn();
		queue("");
		this.page.evaluate("() => window.__sameDocument = true");
		PlaywrightAssertions.assertThat(this.page.locator("#count-OPEN")).hasText("1");

		openCase("b@jd-services.eu", "Escáner sin red " + this.token);

		PlaywrightAssertions.assertThat(this.page.locator("#count-OPEN"))
			.hasText("2", new LocatorAssertions.HasTextOptions().setTimeout(20_000));
		PlaywrightAssertions.assertThat(this.page.locator("#queue-table"))
			.containsText("Escáner sin red", new LocatorAssertions.ContainsTextOptions().setTimeout(20_000));
		assertThat(this.page.evaluate("() => window.__sameDocument")).as("no reload").isEqualTo(true);
	}

	@Test
	void aTeamLeadSeesTheOverviewAsChartsAndDownloadsItAsCsv() throws Exception {
		Files.createDirectories(SCREENSHOTS);
		long critical = openCase("a@jd-services.eu", "Centralita caída " + this.token);
		openCase("b@jd-services.eu", "VPN intermitente " + this.token);
		openCase("c@jd-services.eu", "Nuevo buzón compartido " + this.token);
		this.actions.reply(critical, ADMIN, "Estamos en ello.", false);
		signIn();

		this.page.click("header.top >> text=Resumen");
		this.page.waitForURL("**/overview");
		PlaywrightAssertions.assertThat(this.page.locator("h1")).hasText("Resumen para jefes de equipo");
		PlaywrightAssertions.assertThat(this.page.locator("#chart-open svg title"))
			.hasText("Casos abiertos por gravedad");
		PlaywrightAssertions.assertThat(this.page.locator("#chart-open rect.bar")).hasCount(3);
		PlaywrightAssertions.assertThat(this.page.locator("#chart-targets rect.bar")).hasCount(3);
		PlaywrightAssertions.assertThat(this.page.locator("#chart-incoming rect.bar")).hasCount(30);
		assertThat(Integer.parseInt(this.page.locator("#chart-open text.bar-value").first().textContent()))
			.as("open A cases")
			.isGreaterThanOrEqualTo(1);
		PlaywrightAssertions.assertThat(this.page.locator("#median-A td").nth(1)).not().hasText("—");
		PlaywrightAssertions.assertThat(this.page.locator("#targets-A td").nth(1)).containsText("100 %");
		assertThat(this.page.locator("script:not([src])").count()).as("drawn by the server, no script").isZero();
		this.page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("overview.png")));

		Download download = this.page.waitForDownload(() -> this.page.click("#overview-csv"));
		String csv = Files.readString(download.path());
		assertThat(csv).startsWith("figure,team,severity,days,value\n")
			.contains("response_targets_met_percent,,A,30,100\n")
			.containsPattern("open_cases,[^\n]*,A,,\\d+\n")
			.contains("incoming_mail,,,");
	}

	@Test
	void anAgentWhoIsNotALeadHasNoOverview() throws Exception {
		String agent = "eva-" + UUID.randomUUID().toString().substring(0, 6) + "@jd-services.eu";
		this.agents.create(new NewAgent(agent, "Eva Mora", "a-long-enough-secret", Roles.AGENT, ""));
		this.page.navigate("/login");
		this.page.fill("#username", agent);
		this.page.fill("#password", "a-long-enough-secret");
		this.page.click("main form.stacked button[type=submit]");
		this.page.waitForURL("**/cases");

		PlaywrightAssertions.assertThat(this.page.locator("header.top")).not().containsText("Resumen");
		assertThat(this.page.navigate("/overview").status()).isEqualTo(403);
	}

	@Test
	void screenshotOfTheQueue() throws Exception {
		Files.createDirectories(SCREENSHOTS);
		openCase("a@jd-services.eu", "Servidor de correo caído");
		openCase("b@jd-services.eu", "Error al recibir llamadas externas en Teams");
		openCase("c@jd-services.eu", "Alta de un usuario nuevo en el ERP");
		signIn();
		this.page.navigate("/cases?sort=due");
		this.page.waitForLoadState(LoadState.NETWORKIDLE);
		this.page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("queue-view.png")));
		assertThat(SCREENSHOTS.resolve("queue-view.png")).isNotEmptyFile();
	}

	private void queue(String more) {
		this.page.navigate("/cases?q=" + this.token + more);
		PlaywrightAssertions.assertThat(this.page.locator("#queue-table")).isVisible();
	}

	private List<Long> numbers() {
		return this.page.locator("#queue-table tbody tr td:nth-child(2) a")
			.allTextContents()
			.stream()
			.map((text) -> Long.parseLong(text.replace("#", "").strip()))
			.toList();
	}

	private void signIn() {
		this.page.navigate("/login");
		this.page.fill("#username", ADMIN);
		this.page.fill("#password", PASSWORD);
		this.page.click("main form.stacked button[type=submit]");
		this.page.waitForURL("**/cases");
	}

	private long openCase(String to, String subject) throws IOException {
		byte[] mail = TestMails.mail(TestMails.newMessageId(), "Mario Pueyo <" + CUSTOMER + ">", List.of(to), List.of(),
				subject, "Detalles: " + subject);
		assertThat(SmtpDialogue.send(this.intake.port(), CUSTOMER, mail, to)).startsWith("250");
		CaseQuery bySubject = new CaseQuery(null, null, null, null, subject, null, 0, 5);
		await().atMost(SECONDS_15).until(() -> this.cases.list(bySubject).total() == 1);
		return this.cases.list(bySubject).items().get(0).number();
	}

	private void customerWrites(long number, String subject, String body) throws IOException {
		byte[] mail = TestMails.mail(TestMails.newMessageId(), "Mario Pueyo <" + CUSTOMER + ">",
				List.of("c@jd-services.eu"), List.of(), "RE: [Caso #" + number + "] " + subject, body);
		assertThat(SmtpDialogue.send(this.intake.port(), CUSTOMER, mail, "c@jd-services.eu")).startsWith("250");
	}

	/**
	 * Sends the queue's filters and waits until the answer has replaced the queue (htmx
	 * updates the page in place: the old table would still be read).
	 */
	private void submitFilters() {
		this.page.evaluate("() => document.querySelector('table.queue')?.setAttribute('data-old', 'true')");
		this.page.click("form.filters button[type=submit]");
		this.page.waitForFunction("() => !document.querySelector('table.queue[data-old]')");
	}

}
