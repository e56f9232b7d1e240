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
import eu.jdservices.caso.support.AxeCore;
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
 * The console by keyboard and for assistive technology, in Debian's Chromium (never a
 * downloaded browser; skipped without {@code /usr/bin/chromium}, failing when
 * {@code CI=true}): the shortcuts (next case, reply, note, assign to me, help) and
 * axe-core (from npm, served from the page's origin) finding no serious or critical
 * violation on the main pages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:mem:keyboard-browser;MODE=PostgreSQL;LOCK_TIMEOUT=10000;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"caso.intake.smtp.port=0", "caso.outbound.poll-interval=100ms", "spring.mail.host=127.0.0.1",
		"spring.mail.properties.mail.smtp.connectiontimeout=2000", "spring.mail.properties.mail.smtp.timeout=5000",
		"caso.cases.automatic-mails-per-sender-per-hour=100000", "caso.admin.email=admin@jd-services.eu",
		"caso.admin.password=test-admin-secret" })
class KeyboardAndAccessibilityInBrowserTests {

	static final String ADMIN = "admin@jd-services.eu";

	static final String PASSWORD = "test-admin-secret";

	static final String CUSTOMER = "mario.pueyo@talleresebro.es";

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
	CaseActions actions;

	@Autowired
	Directory directory;

	@LocalServerPort
	int webPort;

	BrowserContext context;

	Page page;

	String token;

	@BeforeAll
	static void launchChromium() {
		chromium = DebianChromium.launch(KeyboardAndAccessibilityInBrowserTests.class);
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
		this.token = "zk" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
	}

	@AfterEach
	void closeBrowserContext() {
		if (this.context != null) {
			this.context.close();
		}
	}

	@Test
	void anAgentWorksTheQueueAndACaseByKeyboard() throws Exception {
		long older = openCase("Monitor sin imagen " + this.token);
		long newer = openCase("Teclado sin respuesta " + this.token);
		signIn();
		this.page.navigate("/cases?q=" + this.token);
		PlaywrightAssertions.assertThat(this.page.locator("#queue-table")).isVisible();

		this.page.keyboard().press("?");
		PlaywrightAssertions.assertThat(this.page.locator("#shortcuts")).isVisible();
		PlaywrightAssertions.assertThat(this.page.locator("#shortcuts")).containsText("Asignarme el caso");
		this.page.keyboard().press("Escape");
		PlaywrightAssertions.assertThat(this.page.locator("#shortcuts")).isHidden();

		this.page.keyboard().press("j");
		PlaywrightAssertions.assertThat(this.page.locator("#queue-table tr.selected")).containsText("#" + newer);
		this.page.keyboard().press("j");
		PlaywrightAssertions.assertThat(this.page.locator("#queue-table tr.selected")).containsText("#" + older);
		this.page.keyboard().press("k");
		this.page.keyboard().press("Enter");
		this.page.waitForURL("**/cases/" + newer);

		this.page.keyboard().press("n");
		PlaywrightAssertions.assertThat(this.page.locator("#mode-note")).isChecked();
		PlaywrightAssertions.assertThat(this.page.locator("#text-reply")).isFocused();
		this.page.keyboard().type("n y r se escriben en el texto");
		PlaywrightAssertions.assertThat(this.page.locator("#mode-note")).isChecked();
		this.page.locator("#text-reply").fill("");
		this.page.locator("#text-reply").blur();
		this.page.keyboard().press("r");
		PlaywrightAssertions.assertThat(this.page.locator("#mode-reply")).isChecked();
		this.page.locator("#text-reply").blur();

		this.page.keyboard().press("a");
		PlaywrightAssertions.assertThat(this.page.locator("p.alert[role=status]")).hasText("Cambios guardados.");
		assertThat(this.cases.find(newer).orElseThrow().summary().assignee()).isEqualTo(ADMIN);

		this.page.keyboard().press("j");
		this.page.waitForURL("**/cases/" + older);
		PlaywrightAssertions.assertThat(this.page.locator("h1")).containsText("Caso #" + older);
	}

	@Test
	void axeFindsNoSeriousOrCriticalViolationOnTheMainPages() throws Exception {
		String subject = "Error al recibir llamadas externas en Teams " + this.token;
		long number = openCase(subject);
		this.actions.reply(number, ADMIN, "Estamos revisando la troncal SIP.", false);
		this.actions.reply(number, ADMIN, "Revisar la configuración del SBC.", true);
		this.page.navigate("/login");
		assertThat(AxeCore.seriousViolations(this.page)).as("sign-in page").isEmpty();
		signIn();

		for (String page : List.of("/cases", "/cases?sort=due", "/cases/" + number, "/overview", "/notifications",
				"/canned", "/account")) {
			this.page.navigate(page);
			this.page.waitForLoadState(LoadState.NETWORKIDLE);
			assertThat(AxeCore.seriousViolations(this.page)).as(page).isEmpty();
		}
	}

	private void signIn() {
		this.page.navigate("/login");
		this.page.fill("#username", ADMIN);
		this.page.fill("#password", PASSWORD);
		this.page.click("main form.stacked button[type=submit]");
		this.page.waitForURL("**/cases");
	}

	private long openCase(String subject) throws IOException {
		byte[] mail = TestMails.mail(TestMails.newMessageId(), "Mario Pueyo <" + CUSTOMER + ">",
				List.of("b@jd-services.eu"), List.of(), subject, "Detalles: " + subject);
		assertThat(SmtpDialogue.send(this.intake.port(), CUSTOMER, mail, "b@jd-services.eu")).startsWith("250");
		CaseQuery bySubject = new CaseQuery(null, null, null, null, subject, null, 0, 5);
		await().atMost(SECONDS_15).until(() -> this.cases.list(bySubject).total() == 1);
		return this.cases.list(bySubject).items().get(0).number();
	}

}
