package eu.jdservices.caso;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.LoadState;
import eu.jdservices.caso.catalogue.Catalogue;
import eu.jdservices.caso.catalogue.Service;
import eu.jdservices.caso.knowledge.Article;
import eu.jdservices.caso.knowledge.Knowledge;
import eu.jdservices.caso.knowledge.Visibility;
import eu.jdservices.caso.status.Impact;
import eu.jdservices.caso.status.Incident;
import eu.jdservices.caso.status.IncidentStatus;
import eu.jdservices.caso.status.Incidents;
import eu.jdservices.caso.status.NewIncident;
import eu.jdservices.caso.status.NewUpdate;
import eu.jdservices.caso.support.DebianChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages customers are sent to (guidelines, knowledge base, status) in a real browser,
 * without signing in: Debian's Chromium driven by Playwright against Caso on a random
 * port. Each page in Spanish and English, a hostile article that must not run anything, a
 * phone's width without sideways scrolling, and the basics of accessibility (one
 * {@code h1}, {@code html[lang]}, a label for every input). Playwright never downloads a
 * browser; without {@code /usr/bin/chromium} the class is skipped, or fails when
 * {@code CI=true}. Screenshots go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:mem:public-browser;MODE=PostgreSQL;LOCK_TIMEOUT=10000;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"caso.intake.smtp.enabled=false", "caso.data-dir=target/test-data/public-browser-${random.uuid}",
		"spring.mail.host=127.0.0.1", "caso.admin.email=admin@jd-services.eu", "caso.admin.password=test-admin-secret",
		"caso.knowledge.searches-per-minute=1000" })
@Timeout(60)
class PublicPagesInBrowserTests {

	static final String AUTHOR = "admin@jd-services.eu";

	static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	static DebianChromium chromium;

	static Browser browser;

	@Autowired
	Knowledge knowledge;

	@Autowired
	Catalogue catalogue;

	@Autowired
	Incidents incidents;

	@LocalServerPort
	int webPort;

	BrowserContext context;

	Page page;

	@BeforeAll
	static void launchChromium() {
		chromium = DebianChromium.launch(PublicPagesInBrowserTests.class);
		browser = chromium.browser();
	}

	@AfterAll
	static void closeChromium() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@BeforeEach
	void openBrowserContext() throws Exception {
		Files.createDirectories(SCREENSHOTS);
		this.context = browser.newContext(new Browser.NewContextOptions().setBaseURL("http://127.0.0.1:" + this.webPort)
			.setLocale("es-ES")
			.setTimezoneId("Europe/Madrid")
			.setViewportSize(1280, 800));
		this.context.setDefaultTimeout(5_000);
		this.context.setDefaultNavigationTimeout(10_000);
		this.page = this.context.newPage();
	}

	@AfterEach
	void closeBrowserContext() {
		if (this.context != null) {
			this.context.close();
		}
	}

	@Test
	void theGuidelinesOpenAtTheCitedRuleInSpanishAndReadInEnglish() {
		open("/guidelines?lang=es#S1.7");

		PlaywrightAssertions.assertThat(this.page.locator("html")).hasAttribute("lang", "es");
		PlaywrightAssertions.assertThat(this.page.locator("h1")).hasText("Directrices para la apertura de casos");
		PlaywrightAssertions.assertThat(this.page.locator("article#S1\\.7")).isVisible();
		PlaywrightAssertions.assertThat(this.page.locator("article#S1\\.7 .rule-id")).hasText("S1.7");
		assertThat(this.page.evaluate("() => document.querySelector(':target')?.id")).as("the cited rule is the target")
			.isEqualTo("S1.7");
		assertThat(this.page.locator("main h2").count()).isGreaterThan(3);
		screenshot("guidelines-es.png");

		open("/guidelines?lang=en");

		PlaywrightAssertions.assertThat(this.page.locator("html")).hasAttribute("lang", "en");
		PlaywrightAssertions.assertThat(this.page.locator("h1")).hasText("Case-opening guidelines");
		PlaywrightAssertions.assertThat(this.page.locator("article#S1\\.7 .rule-id")).hasText("S1.7");
		PlaywrightAssertions.assertThat(this.page.locator("table#S4\\.2")).isVisible();
		screenshot("guidelines-en.png");
	}

	@Test
	void theKnowledgeBaseListsFindsAndShowsAnArticleInBothLanguages() {
		String tag = tag();
		Article article = this.knowledge.create(new Knowledge.ArticleDraft("es", "Cómo conectar la VPN " + tag,
				"Para conectar la **VPN** de la oficina:\n\n1. Abra el cliente.\n2. Escriba su usuario.\n"
						+ "3. Acepte el certificado.\n\nSi falla, reinicie el equipo.",
				"Red", Visibility.PUBLIC, null), AUTHOR);
		this.knowledge.update(article.id(), new Knowledge.ArticleChange("en", "How to connect the VPN " + tag,
				"To connect the office **VPN**:\n\n1. Open the client.\n2. Type your user name.\n"
						+ "3. Accept the certificate.\n\nIf it fails, restart the computer.",
				null, null, null, null), AUTHOR);
		this.knowledge.create(
				new Knowledge.ArticleDraft("es", "Buzón lleno " + tag,
						"Cuando el buzón está lleno, borre los correos grandes.", "Correo", Visibility.PUBLIC, null),
				AUTHOR);
		Article read = this.knowledge.find(article.id()).orElseThrow();
		String slugEs = read.translations().get("es").slug();
		String slugEn = read.translations().get("en").slug();

		open("/kb");
		PlaywrightAssertions.assertThat(this.page.locator("html")).hasAttribute("lang", "es");
		PlaywrightAssertions.assertThat(this.page.locator("h1")).hasText("Base de conocimientos");
		PlaywrightAssertions.assertThat(this.page.locator("main")).containsText("Cómo conectar la VPN " + tag);
		PlaywrightAssertions.assertThat(this.page.getByLabel("¿Qué necesita saber?")).isVisible();
		screenshot("kb-es.png");

		this.page.getByLabel("¿Qué necesita saber?").fill("vpn certificado");
		this.page.click("form.search button[type=submit]");
		this.page.waitForURL("**/kb/search?**");
		PlaywrightAssertions.assertThat(this.page.locator("ol.results")).containsText("Cómo conectar la VPN " + tag);
		PlaywrightAssertions.assertThat(this.page.locator("ol.results")).not().containsText("Buzón lleno " + tag);

		open("/kb/" + slugEs);
		PlaywrightAssertions.assertThat(this.page.locator("html")).hasAttribute("lang", "es");
		PlaywrightAssertions.assertThat(this.page.locator("h1")).hasText("Cómo conectar la VPN " + tag);
		PlaywrightAssertions.assertThat(this.page.locator(".kb-article .body strong")).hasText("VPN");
		PlaywrightAssertions.assertThat(this.page.locator(".kb-article .body ol li")).hasCount(3);
		PlaywrightAssertions.assertThat(this.page.locator("a[hreflang=en]").last())
			.hasText("How to connect the VPN " + tag);
		screenshot("kb-article-es.png");

		open("/kb?lang=en");
		PlaywrightAssertions.assertThat(this.page.locator("html")).hasAttribute("lang", "en");
		PlaywrightAssertions.assertThat(this.page.locator("h1")).hasText("Knowledge base");
		PlaywrightAssertions.assertThat(this.page.locator("main")).containsText("How to connect the VPN " + tag);
		PlaywrightAssertions.assertThat(this.page.locator("main")).not().containsText("Buzón lleno " + tag);
		screenshot("kb-en.png");

		open("/kb/search?lang=en&q=certificates");
		PlaywrightAssertions.assertThat(this.page.locator("ol.results")).containsText("How to connect the VPN " + tag);

		open("/kb/" + slugEn + "?lang=en");
		PlaywrightAssertions.assertThat(this.page.locator("html")).hasAttribute("lang", "en");
		PlaywrightAssertions.assertThat(this.page.locator("h1")).hasText("How to connect the VPN " + tag);
		PlaywrightAssertions.assertThat(this.page.locator(".kb-article .body")).containsText("restart the computer");
	}

	@Test
	void aHostileArticleShowsAsHarmlessTextAndRunsNothing() {
		String tag = tag();
		String body = String.join("\n", "Pasos para *reiniciar* el router.", "",
				"<script>window.__pwned = 1; alert('script')</script>", "",
				"<img src=x onerror=\"window.__pwned = 2; alert('img')\">", "",
				"<iframe src=\"javascript:parent.__pwned = 3\"></iframe>", "",
				"<div onmouseover=\"window.__pwned = 4\" style=\"position:fixed;inset:0\">tapa</div>", "",
				"[pulse aquí](javascript:window.__pwned=5) y [esto también](JaVaScRiPt:alert(6))", "",
				"<a href=\"javascript:window.__pwned=7\">enlace crudo</a>", "",
				"<svg onload=\"window.__pwned = 8\"></svg> <style>body{display:none}</style>", "",
				"![imagen](javascript:alert(9)) <object data=\"javascript:alert(10)\"></object>", "",
				"[Documentación](https://docs.jd-services.eu/router)");
		Article article = this.knowledge.create(new Knowledge.ArticleDraft("es", "Router hostil " + tag, body, "Red",
				Visibility.PUBLIC, "router-hostil-" + tag), AUTHOR);
		String slug = article.translations().get("es").slug();
		List<String> dialogs = new CopyOnWriteArrayList<>();
		this.page.onDialog((dialog) -> {
			dialogs.add(dialog.type() + ": " + dialog.message());
			dialog.dismiss();
		});
		List<String> consoleErrors = new CopyOnWriteArrayList<>();
		this.page.onConsoleMessage((message) -> {
			if ("error".equals(message.type()) || message.text().contains("Content Security Policy")) {
				consoleErrors.add(message.text());
			}
		});
		List<String> pageErrors = new CopyOnWriteArrayList<>();
		this.page.onPageError(pageErrors::add);

		Response response = open("/kb/" + slug);
		this.page.hover(".kb-article .body");
		this.page.mouse().move(10, 10);

		assertThat(response.headers().get("content-security-policy")).contains("default-src 'self'");
		PlaywrightAssertions.assertThat(this.page.locator("h1")).hasText("Router hostil " + tag);
		assertThat(this.page.evaluate("() => window.__pwned")).as("nothing of the article ran").isNull();
		assertThat(dialogs).isEmpty();
		assertThat(this.page
			.locator(".kb-article .body :is(script, iframe, img, svg, object, embed, style, [onerror], [onload],"
					+ " [onmouseover], [style])")
			.count()).isZero();
		assertThat(this.page.locator("script, iframe").count()).as("no script or frame anywhere on the page").isZero();
		assertThat(this.page.locator("a[href^='javascript:' i]").count()).isZero();
		PlaywrightAssertions.assertThat(this.page.locator(".kb-article .body"))
			.containsText("<script>window.__pwned = 1; alert('script')</script>");
		PlaywrightAssertions.assertThat(this.page.locator(".kb-article .body"))
			.containsText("<iframe src=\"javascript:parent.__pwned = 3\"></iframe>");
		PlaywrightAssertions
			.assertThat(this.page.locator(".kb-article .body a[href='https://docs.jd-services.eu/router']"))
			.hasText("Documentación");
		PlaywrightAssertions.assertThat(this.page.locator(".kb-article .body em")).hasText("reiniciar");
		PlaywrightAssertions.assertThat(this.page.locator("body")).isVisible();
		assertThat(consoleErrors).as("nothing from the article even reached the Content-Security-Policy").isEmpty();
		assertThat(pageErrors).isEmpty();
		screenshot("kb-hostile-es.png");
	}

	@Test
	void theStatusPageShowsTheServicesAndTheOpenIncidentInBothLanguages() {
		String tag = tag();
		Fixture fixture = statusFixture(tag);

		open("/status");
		PlaywrightAssertions.assertThat(this.page.locator("html")).hasAttribute("lang", "es");
		PlaywrightAssertions.assertThat(this.page.locator("h1")).hasText("Estado de los servicios");
		PlaywrightAssertions.assertThat(this.page.locator("p.summary[role=status]"))
			.hasText("Algunos servicios tienen problemas o están en mantenimiento.");
		PlaywrightAssertions.assertThat(this.page.locator("#incident-" + fixture.incident().id()))
			.containsText("El correo no entrega " + tag);
		PlaywrightAssertions.assertThat(this.page.locator("#incident-" + fixture.incident().id()))
			.containsText("Hemos encontrado la causa");
		PlaywrightAssertions.assertThat(this.page.locator("#service-mail-" + tag + " .state"))
			.hasText("Interrupción parcial");
		PlaywrightAssertions.assertThat(this.page.locator("#service-erp-" + tag + " .state")).hasText("Operativo");
		PlaywrightAssertions.assertThat(this.page.locator("#service-erp-" + tag + " ol.history li.day")).hasCount(90);
		screenshot("status-es.png");

		open("/status?lang=en");
		PlaywrightAssertions.assertThat(this.page.locator("html")).hasAttribute("lang", "en");
		PlaywrightAssertions.assertThat(this.page.locator("h1")).hasText("Service status");
		PlaywrightAssertions.assertThat(this.page.locator("#service-mail-" + tag + " .state"))
			.hasText("Partial outage");
		PlaywrightAssertions.assertThat(this.page.locator("#service-vpn-" + tag + " .state")).hasText("Operational");
		screenshot("status-en.png");

		this.page.click("#incident-" + fixture.incident().id() + " a[href*='/status/incidents/']");
		this.page.waitForURL("**/status/incidents/" + fixture.incident().id() + "**");
		PlaywrightAssertions.assertThat(this.page.locator("h1")).containsText("El correo no entrega " + tag);
	}

	@Test
	void everyPublicPageFitsAPhoneWithoutSidewaysScrolling() {
		String tag = tag();
		Fixture fixture = statusFixture(tag);
		Article article = this.knowledge.create(new Knowledge.ArticleDraft("es",
				"Una tabla ancha de direcciones del servidor de correo " + tag,
				"| Servidor | Dirección | Puerto | Cifrado | Notas |\n|---|---|---|---|---|\n"
						+ "| smtp | smtp.correo-empresa-muy-largo.jd-services.eu | 587 | STARTTLS | para enviar |\n"
						+ "| imap | imap.correo-empresa-muy-largo.jd-services.eu | 993 | TLS | para recibir |\n\n"
						+ "Una dirección muy larga: https://soporte.jd-services.eu/una/ruta/muy/larga/sin/espacios/"
						+ "que/no/cabe/en/un/telefono/" + "x".repeat(80) + "\n\n"
						+ "```\nping -c 4 smtp.correo-empresa-muy-largo.jd-services.eu && traceroute smtp.correo-empresa-muy-largo.jd-services.eu\n```",
				"Correo", Visibility.PUBLIC, null), AUTHOR);
		String slug = article.translations().get("es").slug();
		this.page.setViewportSize(390, 844);

		List<String> pages = List.of("/guidelines?lang=es", "/guidelines?lang=en", "/kb", "/kb?lang=en",
				"/kb/search?q=correo", "/kb/" + slug, "/status", "/status?lang=en",
				"/status/incidents/" + fixture.incident().id(), "/verify?lang=es");
		for (String path : pages) {
			open(path);
			assertThat((Integer) this.page
				.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth"))
				.as("no sideways scrolling on " + path)
				.isLessThanOrEqualTo(0);
		}
		open("/status");
		screenshot("status-phone.png");
		open("/kb/" + slug);
		screenshot("kb-article-phone.png");
	}

	@Test
	void everyPublicPageHasOneMainHeadingALanguageAndALabelForEveryInput() {
		String tag = tag();
		Fixture fixture = statusFixture(tag);
		Article article = this.knowledge.create(new Knowledge.ArticleDraft("en", "Printer offline " + tag,
				"Restart the printer.", "Printing", Visibility.PUBLIC, null), AUTHOR);

		List<String> pages = List.of("/guidelines?lang=es", "/guidelines?lang=en", "/kb", "/kb?lang=en",
				"/kb/search?q=printer&lang=en", "/kb/search", "/kb/" + article.translations().get("en").slug(),
				"/status", "/status?lang=en", "/status/incidents/" + fixture.incident().id());
		for (String path : pages) {
			open(path);
			assertThat(this.page.locator("h1").count()).as("one h1 on " + path).isEqualTo(1);
			assertThat(this.page.locator("html").getAttribute("lang")).as("html[lang] on " + path).isIn("es", "en");
			assertThat(this.page.locator("main").count()).as("one main on " + path).isEqualTo(1);
			Object unlabelled = this.page.evaluate("""
					() => [...document.querySelectorAll('input, select, textarea')]
						.filter((e) => !['hidden', 'submit', 'button', 'reset'].includes(e.type))
						.filter((e) => e.labels.length === 0 && !e.getAttribute('aria-label')
							&& !e.getAttribute('aria-labelledby'))
						.map((e) => e.name || e.id || e.outerHTML)""");
			assertThat((List<?>) unlabelled).as("inputs without a label on " + path).isEmpty();
			Object nameless = this.page.evaluate("""
					() => [...document.querySelectorAll('a[href], button')]
						.filter((e) => !(e.innerText || e.getAttribute('aria-label') || '').trim())
						.map((e) => e.outerHTML)""");
			assertThat((List<?>) nameless).as("links and buttons without words on " + path).isEmpty();
		}
	}

	@Test
	void aSmallScreenshotOfTheGuidelinesForTheReadme() {
		this.page.setViewportSize(1000, 700);
		open("/guidelines?lang=es");
		PlaywrightAssertions.assertThat(this.page.locator("h1")).isVisible();
		this.page.waitForLoadState(LoadState.NETWORKIDLE);
		Path file = SCREENSHOTS.resolve("readme-guidelines-es.png");
		this.page.screenshot(new Page.ScreenshotOptions().setPath(file));
		assertThat(file).isNotEmptyFile();
	}

	private Fixture statusFixture(String tag) {
		this.catalogue.save(new Service("mail-" + tag, "Correo electrónico " + tag, List.of("correo", "email"), null));
		this.catalogue.save(new Service("erp-" + tag, "ERP " + tag, List.of("facturación", "invoicing"), null));
		this.catalogue.save(new Service("vpn-" + tag, "VPN " + tag, List.of("vpn"), null));
		Incident incident = this.incidents.open(new NewIncident(List.of("mail-" + tag), "El correo no entrega " + tag,
				Impact.PARTIAL_OUTAGE, IncidentStatus.INVESTIGATING,
				"Algunos mensajes salientes se quedan en cola. Estamos investigando.", null, null), AUTHOR);
		this.incidents.post(incident.id(), new NewUpdate(IncidentStatus.IDENTIFIED,
				"Hemos encontrado la causa: un certificado caducado.", false, false), AUTHOR);
		return new Fixture(incident);
	}

	private Response open(String path) {
		Response response = this.page.navigate(path);
		assertThat(response).as(path).isNotNull();
		assertThat(response.status()).as("status of " + path).isEqualTo(200);
		return response;
	}

	private void screenshot(String name) {
		this.page.waitForLoadState(LoadState.NETWORKIDLE);
		this.page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)).setFullPage(true));
		assertThat(SCREENSHOTS.resolve(name)).isNotEmptyFile();
	}

	private static String tag() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	record Fixture(Incident incident) {
	}

}
