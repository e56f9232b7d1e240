package eu.jdservices.caso.status;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import eu.jdservices.caso.catalogue.Catalogue;
import eu.jdservices.caso.catalogue.Service;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The public status page and its feed as a customer's browser or feed reader sees them:
 * no sign-in, no cookie, Spanish unless English is asked for, each service's state and
 * its bars of days with their words, the open incidents with their updates, the
 * maintenance to come.
 */
@SpringBootTest(properties = {
		"spring.datasource.url=jdbc:h2:mem:status-page;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"caso.intake.smtp.enabled=false", "caso.data-dir=target/test-data/status-${random.uuid}",
		"caso.admin.email=admin@jd-services.eu", "caso.admin.password=test-admin-secret",
		"caso.base-url=https://soporte.jd-services.eu" })
@AutoConfigureMockMvc
class StatusPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Catalogue catalogue;

	@Autowired
	Incidents incidents;

	@Test
	void showsEachServiceWithItsStateAndTheOpenIncidentWithItsUpdatesInSpanishWithoutSignIn() throws Exception {
		String key = "erp-" + tag();
		this.catalogue.save(new Service(key, "ERP " + key, List.of("facturación"), null));
		Incident incident = this.incidents.open(
				new NewIncident(List.of(key), "El ERP no guarda pedidos", Impact.MAJOR_OUTAGE,
						IncidentStatus.INVESTIGATING, "Estamos investigando el fallo.", null, null),
				"admin@jd-services.eu");
		this.incidents.post(incident.id(),
				new NewUpdate(IncidentStatus.IDENTIFIED, "Hemos encontrado la causa: un disco lleno.", false, false),
				"admin@jd-services.eu");

		MockHttpServletResponse page = answer(get("/status"));

		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(html(page)).contains("<html lang=\"es\"", "<h1>Estado de los servicios</h1>",
				"Algunos servicios tienen problemas", "ERP " + key, "Interrupción grave",
				"id=\"incident-" + incident.id() + "\"", "El ERP no guarda pedidos", "Causa identificada",
				"Hemos encontrado la causa: un disco lleno.", "Estamos investigando el fallo.",
				"/status/incidents/" + incident.id());
		assertThat(page.getHeader("Content-Security-Policy")).contains("default-src 'self'", "style-src 'self'");
		assertThat(page.getHeader("Cache-Control")).contains("max-age=30");
		assertThat(page.getHeader("Set-Cookie")).as("no session for the public").isNull();
		assertThat(html(page)).doesNotContain("style=", "<script");
	}

	@Test
	void eachServiceHasNinetyDailyBarsWithTheirWords() throws Exception {
		String key = "vpn-" + tag();
		this.catalogue.save(new Service(key, "VPN " + key, List.of(), null));

		String html = html(answer(get("/status").param("lang", "en")));

		String service = html.substring(html.indexOf("id=\"service-" + key + "\""));
		service = service.substring(0, service.indexOf("</ol>"));
		assertThat(service.split("class=\"day state-", -1)).hasSize(91);
		assertThat(service).contains("class=\"day state-operational\"", "class=\"visually-hidden\"", ": Operational");
	}

	@Test
	void isInEnglishWhenAskedForAndShowsScheduledMaintenanceToCome() throws Exception {
		String key = "backup-" + tag();
		this.catalogue.save(new Service(key, "Backup " + key, List.of(), null));
		OffsetDateTime starts = OffsetDateTime.now().plusDays(2);
		this.incidents.open(
				new NewIncident(List.of(key), "Backup storage upgrade " + key, Impact.MAINTENANCE,
						IncidentStatus.IDENTIFIED, "Backups pause for two hours.", starts, starts.plusHours(2)),
				"admin@jd-services.eu");

		String html = html(answer(get("/status").param("lang", "en").header("Accept-Language", "es")));

		assertThat(html).contains("<html lang=\"en\"", "<h1>Service status</h1>", "Scheduled maintenance",
				"Backup storage upgrade " + key, "Backups pause for two hours.");
		String services = html.substring(html.indexOf("id=\"service-" + key + "\""));
		assertThat(services.substring(0, services.indexOf("</h3>"))).contains("Operational");
	}

	@Test
	void anIncidentHasItsOwnPageAndAnUnknownOneIsNotFound() throws Exception {
		String key = "web-" + tag();
		this.catalogue.save(new Service(key, "Web " + key, List.of(), null));
		Incident incident = this.incidents.open(new NewIncident(List.of(key), "Web lenta", Impact.DEGRADED,
				IncidentStatus.MONITORING, "Vigilamos la web.", null, null), "admin@jd-services.eu");

		MockHttpServletResponse page = answer(get("/status/incidents/" + incident.id()));

		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(html(page)).contains("Incidencia: Web lenta", "Rendimiento degradado", "En observación",
				"Web " + key, "Vigilamos la web.");
		assertThat(page.getHeader("Set-Cookie")).isNull();
		assertThat(answer(get("/status/incidents/999999")).getStatus()).isEqualTo(404);
	}

	@Test
	void theFeedIsAtomWithAnEntryPerUpdate() throws Exception {
		String key = "dns-" + tag();
		this.catalogue.save(new Service(key, "DNS " + key, List.of(), null));
		Incident incident = this.incidents.open(new NewIncident(List.of(key), "DNS failing " + key,
				Impact.PARTIAL_OUTAGE, IncidentStatus.INVESTIGATING, "Some names do not resolve.", null, null),
				"admin@jd-services.eu");
		this.incidents.post(incident.id(),
				new NewUpdate(IncidentStatus.RESOLVED, "All names resolve again.", false, false),
				"admin@jd-services.eu");

		MockHttpServletResponse feed = answer(get("/status/feed.atom").header("Accept-Language", "en"));

		assertThat(feed.getStatus()).isEqualTo(200);
		assertThat(feed.getContentType()).startsWith("application/atom+xml");
		assertThat(feed.getHeader("Set-Cookie")).isNull();
		String xml = html(feed);
		org.w3c.dom.Document document = javax.xml.parsers.DocumentBuilderFactory.newDefaultNSInstance()
			.newDocumentBuilder()
			.parse(new java.io.ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
		assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
		assertThat(document.getDocumentElement().getLocalName()).isEqualTo("feed");
		assertThat(xml).contains("<id>https://soporte.jd-services.eu/status/feed.atom</id>", "<updated>",
				"<title>DNS failing " + key + " · Resolved</title>", "All names resolve again.",
				"<title>DNS failing " + key + " · Investigating</title>",
				"<id>https://soporte.jd-services.eu/status/incidents/" + incident.id() + "#update-");
	}

	private MockHttpServletResponse answer(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse();
	}

	private static String html(MockHttpServletResponse page) throws Exception {
		return page.getContentAsString(StandardCharsets.UTF_8);
	}

	static String tag() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
