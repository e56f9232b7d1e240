package eu.jdservices.caso.console;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
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
 * A day of work in the console, in Debian's Chromium (never a downloaded browser; skipped
 * without {@code /usr/bin/chromium}, failing when {@code CI=true}): the case view's one
 * composer and its modes, canned responses with variables, the draft kept in the browser,
 * the side panel's selects, a customer's mail arriving while the case is open, two agents
 * on one case, and a reply on an outdated view.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:mem:case-work-browser;MODE=PostgreSQL;LOCK_TIMEOUT=10000;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"caso.intake.smtp.port=0", "caso.outbound.poll-interval=100ms", "spring.mail.host=127.0.0.1",
		"spring.mail.properties.mail.smtp.connectiontimeout=2000", "spring.mail.properties.mail.smtp.timeout=5000",
		"caso.cases.automatic-mails-per-sender-per-hour=100000", "caso.admin.email=admin@jd-services.eu",
		"caso.admin.password=test-admin-secret" })
class CaseWorkInBrowserTests {

	static final String ADMIN = "admin@jd-services.eu";

	static final String PASSWORD = "test-admin-secret";

	static final String CUSTOMER = "mario.pueyo@talleresebro.es";

	static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	static final Duration SECONDS_15 = Duration.ofSeconds(15);

	static final TestRelay relay = TestRelay.get();

	/** Long enough for the bell's next question (every 5 s). */
	static final LocatorAssertions.HasTextOptions WITHOUT_RELOAD = new LocatorAssertions.HasTextOptions()
		.setTimeout(15_000);

	/**
	 * Long enough for the other agent's next question about who is on the case (every 3
	 * s, and at once when its agent starts writing), on a loaded machine.
	 */
	static final LocatorAssertions.HasTextOptions NEXT_POLL = new LocatorAssertions.HasTextOptions().setTimeout(10_000);

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

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@LocalServerPort
	int webPort;

	BrowserContext context;

	Page page;

	@BeforeAll
	static void launchChromium() {
		chromium = DebianChromium.launch(CaseWorkInBrowserTests.class);
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
		this.context = newContext();
		this.page = this.context.newPage();
	}

	@AfterEach
	void closeBrowserContext() {
		if (this.context != null) {
			this.context.close();
		}
	}

	@Test
	void theOneComposerSendsAReplyANoteOrARequestForInformationByItsMode() throws Exception {
		long number = openCase("Sin acceso a la VPN " + UUID.randomUUID(), "Desde esta mañana la VPN no conecta.");
		signIn(this.page, ADMIN, PASSWORD);
		this.page.navigate("/cases/" + number);

		Locator composer = this.page.locator("#action-reply");
		PlaywrightAssertions
			.assertThat(composer.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Respuesta a todos")))
			.isChecked();
		PlaywrightAssertions.assertThat(sendButton()).hasText("Responder a todos");

		composer.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Nota interna")).check();
		PlaywrightAssertions.assertThat(sendButton()).hasText("Añadir nota interna");
		PlaywrightAssertions.assertThat(this.page.getByLabel("Nota interna (no se envía al cliente)")).isVisible();
		this.page.fill("#text-reply", "Revisar el certificado del concentrador.");
		sendButton().click();
		PlaywrightAssertions.assertThat(this.page.locator("p.alert[role=status]")).hasText("Nota interna añadida.");
		PlaywrightAssertions.assertThat(this.page.locator("article.message-note pre.text"))
			.hasText("Revisar el certificado del concentrador.");

		composer.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Pedir información")).check();
		PlaywrightAssertions.assertThat(sendButton()).hasText("Pedir información");
		this.page.fill("#text-reply", "¿Qué mensaje de error muestra el cliente VPN?");
		sendButton().click();
		PlaywrightAssertions.assertThat(this.page.locator("p.alert[role=status]"))
			.hasText("Petición de información enviada; el caso espera al cliente.");
		PlaywrightAssertions.assertThat(this.page.locator(".facts dd").first()).hasText("Esperando al cliente");
		assertThat(this.cases.find(number).orElseThrow().summary().status()).isEqualTo(Status.WAITING_FOR_CUSTOMER);
	}

	@Test
	void aCannedResponseIsInsertedWithTheContactsNameAndTheCaseNumber() throws Exception {
		long number = openCase("Buzón lleno " + UUID.randomUUID(), "No puedo recibir correo, el buzón está lleno.");
		signIn(this.page, ADMIN, PASSWORD);
		String title = "Saludo " + UUID.randomUUID().toString().substring(0, 6);

		this.page.navigate("/canned");
		this.page.fill("#canned-title", title);
		this.page.fill("#canned-body", "Hola, {contact.name}:\n\nRevisamos el caso {case.number}.\n\n{agent.name}");
		this.page.click("#canned-form button[type=submit]");
		PlaywrightAssertions.assertThat(this.page.locator("p.alert[role=status]"))
			.hasText("Respuesta predefinida guardada.");
		PlaywrightAssertions.assertThat(this.page.locator("#canned-list")).containsText(title);

		this.page.navigate("/cases/" + number);
		this.page.getByLabel("Respuesta predefinida").selectOption(new SelectOption().setLabel(title));
		this.page.click("#insert-canned");

		PlaywrightAssertions.assertThat(this.page.locator("#text-reply"))
			.hasValue("Hola, Mario Pueyo:\n\nRevisamos el caso " + number + ".\n\n" + adminName());
		PlaywrightAssertions.assertThat(sendButton()).hasText("Responder a todos");
	}

	@Test
	void theDraftIsKeptInTheBrowserUntilItIsSent() throws Exception {
		long number = openCase("Portátil lento " + UUID.randomUUID(), "El portátil tarda diez minutos en arrancar.");
		signIn(this.page, ADMIN, PASSWORD);
		this.page.navigate("/cases/" + number);
		this.page.fill("#text-reply", "Vamos a revisar el disco del portátil.");

		this.page.navigate("/cases");
		this.page.navigate("/cases/" + number);

		PlaywrightAssertions.assertThat(this.page.locator("#text-reply"))
			.hasValue("Vamos a revisar el disco del portátil.");
		PlaywrightAssertions.assertThat(this.page.locator("#draft-note"))
			.hasText("Borrador recuperado de este navegador.");
		sendButton().click();
		PlaywrightAssertions.assertThat(this.page.locator("p.alert[role=status]"))
			.hasText("Respuesta enviada a todos los contactos.");
		this.page.navigate("/cases/" + number);
		PlaywrightAssertions.assertThat(this.page.locator("#text-reply")).hasValue("");
	}

	@Test
	void teamAndAssigneeAreChosenFromTheTeamsAndAgentsCasoKnows() throws Exception {
		String team = "Redes " + UUID.randomUUID().toString().substring(0, 6);
		this.agents.createTeam(team);
		String agent = "lucia-" + UUID.randomUUID().toString().substring(0, 6) + "@jd-services.eu";
		this.agents.create(new NewAgent(agent, "Lucía Gil", "a-long-enough-secret", Roles.AGENT, team));
		long number = openCase("Switch de la planta 1 " + UUID.randomUUID(), "El switch se reinicia solo.");
		signIn(this.page, ADMIN, PASSWORD);
		this.page.navigate("/cases/" + number);

		this.page.getByLabel("Equipo", new Page.GetByLabelOptions().setExact(true))
			.selectOption(new SelectOption().setLabel(team));
		this.page.getByLabel("Asignado a", new Page.GetByLabelOptions().setExact(true))
			.selectOption(new SelectOption().setLabel("Lucía Gil <" + agent + ">"));
		this.page.click("#action-update button[type=submit]");

		PlaywrightAssertions.assertThat(this.page.locator("p.alert[role=status]")).hasText("Cambios guardados.");
		PlaywrightAssertions.assertThat(this.page.locator("#update-team option:checked")).hasText(team);
		PlaywrightAssertions.assertThat(this.page.locator("#update-assignee option:checked"))
			.hasText("Lucía Gil <" + agent + ">");
		assertThat(this.cases.find(number).orElseThrow().summary().assignee()).isEqualTo(agent);
	}

	@Test
	void aCustomerMailAppearsInTheOpenCaseWithoutReloading() throws Exception {
		String subject = "Impresora atascada " + UUID.randomUUID();
		long number = openCase(subject, "La impresora de recepción se atasca.");
		signIn(this.page, ADMIN, PASSWORD);
		this.page.navigate("/cases/" + number);
		this.page.waitForLoadState(LoadState.NETWORKIDLE);
		this.page.evaluate("() => window.__sameDocument = true");

		customerWrites(number, subject, "Ahora además hace un ruido extraño.");

		PlaywrightAssertions
			.assertThat(this.page.locator("article.message-in pre.text")
				.filter(new Locator.FilterOptions().setHasText("Ahora además hace un ruido extraño.")))
			.isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(15_000));
		PlaywrightAssertions.assertThat(this.page.locator("#live-news"))
			.hasText("Ha llegado un mensaje nuevo a este caso; se muestra en la conversación.");
		assertThat(this.page.evaluate("() => window.__sameDocument")).as("no reload").isEqualTo(true);
	}

	@Test
	void twoAgentsOnOneCaseSeeEachOtherAndWhoIsWriting() throws Exception {
		String agent = "pablo-" + UUID.randomUUID().toString().substring(0, 6) + "@jd-services.eu";
		this.agents.create(new NewAgent(agent, "Pablo Ruiz", "a-long-enough-secret", Roles.AGENT, ""));
		long number = openCase("Correo no sincroniza " + UUID.randomUUID(), "El móvil no sincroniza el correo.");
		signIn(this.page, ADMIN, PASSWORD);
		this.page.navigate("/cases/" + number);
		try (BrowserContext other = newContext()) {
			Page pablo = other.newPage();
			signIn(pablo, agent, "a-long-enough-secret");
			pablo.navigate("/cases/" + number);

			PlaywrightAssertions.assertThat(pablo.locator("#collision"))
				.containsText(adminName() + " también está viendo este caso.");
			PlaywrightAssertions.assertThat(this.page.locator("#collision"))
				.hasText("Pablo Ruiz también está viendo este caso.", NEXT_POLL);

			pablo.locator("#text-reply").pressSequentially("Hola Mario, ");
			PlaywrightAssertions.assertThat(this.page.locator("#collision"))
				.hasText("Pablo Ruiz está escribiendo en este caso.", NEXT_POLL);
		}
	}

	@Test
	void aReplyOnAnOutdatedViewWarnsAndIsNotSentUntilTheAgentSendsAgain() throws Exception {
		String subject = "Certificado caducado " + UUID.randomUUID();
		long number = openCase(subject, "El certificado de la web ha caducado.");
		String reply = "Renovamos el certificado esta tarde " + UUID.randomUUID();
		signIn(this.page, ADMIN, PASSWORD);
		this.page.navigate("/cases/" + number);
		this.page.fill("#text-reply", reply);

		customerWrites(number, subject, "Es urgente, los clientes no pueden pagar.");
		await().atMost(SECONDS_15)
			.until(() -> this.cases.find(number)
				.orElseThrow()
				.messages()
				.stream()
				.anyMatch((m) -> m.text() != null && m.text().contains("los clientes no pueden pagar")));
		sendButton().click();

		PlaywrightAssertions.assertThat(this.page.locator("#action-reply .field-error.outdated"))
			.hasText("Ha llegado un mensaje nuevo a este caso mientras escribía: léalo en la conversación. "
					+ "Su texto no se ha enviado; pulse otra vez para enviarlo.");
		PlaywrightAssertions.assertThat(this.page.locator("article.message-in").last())
			.containsText("los clientes no pueden pagar");
		PlaywrightAssertions.assertThat(this.page.locator("#text-reply")).hasValue(reply);
		assertThat(
				relay.withSubjectContaining("[Caso #" + number + "]").stream().filter((m) -> text(m).contains(reply)))
			.as("nothing sent yet")
			.isEmpty();

		sendButton().click();
		PlaywrightAssertions.assertThat(this.page.locator("p.alert[role=status]"))
			.hasText("Respuesta enviada a todos los contactos.");
		await().atMost(SECONDS_15)
			.until(() -> relay.withSubjectContaining("[Caso #" + number + "]")
				.stream()
				.anyMatch((m) -> text(m).contains(reply)));
	}

	@Test
	void anAgentIsToldUnderTheBellAndByMailOfAnAssignmentACustomerReplyAndANearTarget() throws Exception {
		String agent = "pablo-" + UUID.randomUUID().toString().substring(0, 6) + "@jd-services.eu";
		this.agents.create(new NewAgent(agent, "Pablo Ruiz", "a-long-enough-secret", Roles.AGENT, ""));
		String subject = "Copias de seguridad fallan " + UUID.randomUUID();
		long number = openCase(subject, "Las copias de seguridad nocturnas fallan desde el lunes.");
		signIn(this.page, agent, "a-long-enough-secret");
		PlaywrightAssertions.assertThat(this.page.locator("#bell")).hasAttribute("aria-label", "Avisos sin leer: 0");

		this.actions.update(number, ADMIN, null, null, agent);
		PlaywrightAssertions.assertThat(this.page.locator("#bell-count")).hasText("1", WITHOUT_RELOAD);
		PlaywrightAssertions.assertThat(this.page.locator("#bell")).hasAttribute("aria-label", "Avisos sin leer: 1");
		customerWrites(number, subject, "Esta noche ha vuelto a fallar.");
		PlaywrightAssertions.assertThat(this.page.locator("#bell-count")).hasText("2", WITHOUT_RELOAD);
		this.transactions.executeWithoutResult((status) -> this.events
			.publishEvent(new ResponseTargetMissed(number, "B", OffsetDateTime.now().plusHours(1), false)));
		PlaywrightAssertions.assertThat(this.page.locator("#bell-count")).hasText("3", WITHOUT_RELOAD);

		this.page.click("#bell");
		Locator list = this.page.locator("#notifications li");
		PlaywrightAssertions.assertThat(list).hasCount(3);
		PlaywrightAssertions.assertThat(list.nth(0))
			.containsText("Su caso #" + number + " está a punto de incumplir el objetivo de respuesta");
		PlaywrightAssertions.assertThat(list.nth(1)).containsText("El cliente ha respondido en su caso #" + number);
		PlaywrightAssertions.assertThat(list.nth(2)).containsText("Le han asignado el caso #" + number);
		await().atMost(SECONDS_15)
			.until(() -> relay.toWithSubjectStarting(agent, "[Caso #" + number + "]").size() == 3);
		assertThat(relay.toWithSubjectStarting(agent, "[Caso #" + number + "]"))
			.extracting(jakarta.mail.Message::getSubject)
			.containsExactlyInAnyOrder("[Caso #" + number + "] Le han asignado el caso",
					"[Caso #" + number + "] El cliente ha respondido",
					"[Caso #" + number + "] Su caso está a punto de incumplir el objetivo de respuesta");

		list.nth(2).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Abrir el caso")).click();
		this.page.waitForURL("**/cases/" + number);
		PlaywrightAssertions.assertThat(this.page.locator("#bell-count")).hasText("2");
		this.page.click("#bell");
		this.page.click("#read-all");
		PlaywrightAssertions.assertThat(this.page.locator("p.alert[role=status]"))
			.hasText("Todos los avisos marcados como leídos.");
		PlaywrightAssertions.assertThat(this.page.locator("#bell-count")).isHidden();
	}

	@Test
	void anAgentWhoTurnedOffMailForAssignmentsIsToldUnderTheBellOnly() throws Exception {
		String agent = "irene-" + UUID.randomUUID().toString().substring(0, 6) + "@jd-services.eu";
		this.agents.create(new NewAgent(agent, "Irene Sanz", "a-long-enough-secret", Roles.AGENT, ""));
		long first = openCase("Wifi de la sala " + UUID.randomUUID(), "La wifi de la sala de reuniones cae.");
		long second = openCase("Wifi del almacén " + UUID.randomUUID(), "La wifi del almacén cae.");
		signIn(this.page, agent, "a-long-enough-secret");
		this.actions.update(first, ADMIN, null, null, agent);
		await().atMost(SECONDS_15).until(() -> relay.toWithSubjectStarting(agent, "[Caso #" + first + "]").size() == 1);

		this.page.navigate("/account");
		this.page.getByLabel("Cuando me asignan un caso").uncheck();
		this.page.click("#notification-preferences button[type=submit]");
		PlaywrightAssertions.assertThat(this.page.locator("p.alert[role=status]"))
			.hasText("Preferencias de avisos guardadas.");
		PlaywrightAssertions.assertThat(this.page.getByLabel("Cuando me asignan un caso")).not().isChecked();
		PlaywrightAssertions.assertThat(this.page.getByLabel("Cuando el cliente responde en uno de mis casos"))
			.isChecked();
		this.actions.update(second, ADMIN, null, null, agent);

		PlaywrightAssertions.assertThat(this.page.locator("#bell-count")).hasText("2", WITHOUT_RELOAD);
		Thread.sleep(1500);
		assertThat(relay.toWithSubjectStarting(agent, "[Caso #" + second + "]")).as("no mail this time").isEmpty();
	}

	@Test
	void screenshotOfTheCaseView() throws Exception {
		Files.createDirectories(SCREENSHOTS);
		long number = openCase("Error al recibir llamadas externas en Teams",
				"Hola,\n\nDesde esta mañana nadie de la oficina puede recibir llamadas externas en Teams; "
						+ "las internas funcionan.\n\nUn saludo,\nMario Pueyo\nTalleres Ebro SA");
		signIn(this.page, ADMIN, PASSWORD);
		this.page.navigate("/cases/" + number);
		this.page.fill("#text-reply", "Hola, Mario:\n\nEstamos revisando la troncal SIP.");
		this.page.waitForLoadState(LoadState.NETWORKIDLE);
		this.page.evaluate("() => window.scrollTo(0, 0)");
		this.page
			.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("case-view.png")).setFullPage(true));
		assertThat(SCREENSHOTS.resolve("case-view.png")).isNotEmptyFile();
	}

	private Locator sendButton() {
		return this.page.locator("#action-reply .composer-send button:visible");
	}

	private String adminName() {
		return this.agents.find(ADMIN)
			.map((a) -> (a.name() != null && !a.name().isBlank()) ? a.name() : ADMIN)
			.orElse(ADMIN);
	}

	private BrowserContext newContext() {
		BrowserContext created = browser
			.newContext(new Browser.NewContextOptions().setBaseURL("http://127.0.0.1:" + this.webPort)
				.setLocale("es-ES")
				.setTimezoneId("Europe/Madrid")
				.setViewportSize(1280, 900));
		created.setDefaultTimeout(10_000);
		return created;
	}

	private static void signIn(Page page, String agent, String password) {
		page.navigate("/login");
		page.fill("#username", agent);
		page.fill("#password", password);
		page.click("main form.stacked button[type=submit]");
		page.waitForURL("**/cases");
		PlaywrightAssertions.assertThat(page.locator("header.top .agent")).hasText(agent);
	}

	private long openCase(String subject, String body) throws IOException {
		byte[] mail = TestMails.mail(TestMails.newMessageId(), "Mario Pueyo <" + CUSTOMER + ">",
				List.of("b@jd-services.eu"), List.of(), subject, body);
		assertThat(SmtpDialogue.send(this.intake.port(), CUSTOMER, mail, "b@jd-services.eu")).startsWith("250");
		CaseQuery bySubject = new CaseQuery(null, null, null, null, subject, null, 0, 5);
		await().atMost(SECONDS_15).until(() -> this.cases.list(bySubject).total() == 1);
		return this.cases.list(bySubject).items().get(0).number();
	}

	private void customerWrites(long number, String subject, String body) throws IOException {
		byte[] mail = TestMails.mail(TestMails.newMessageId(), "Mario Pueyo <" + CUSTOMER + ">",
				List.of("b@jd-services.eu"), List.of(), "RE: [Caso #" + number + "] " + subject, body);
		assertThat(SmtpDialogue.send(this.intake.port(), CUSTOMER, mail, "b@jd-services.eu")).startsWith("250");
	}

	private static String text(jakarta.mail.Part part) {
		try {
			if (part.isMimeType("text/*")) {
				return String.valueOf(part.getContent());
			}
			StringBuilder text = new StringBuilder();
			if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
				for (int i = 0; i < multipart.getCount(); i++) {
					text.append(text(multipart.getBodyPart(i)));
				}
			}
			return text.toString();
		}
		catch (jakarta.mail.MessagingException | IOException ex) {
			return "";
		}
	}

}
