package eu.jdservices.caso.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The service catalogue and status page API of CONTRACT.md: 201 with the incident's id
 * and page, 400 naming the field at fault, 404 for an unknown incident, 409 for an update
 * of a resolved one.
 */
@SpringBootTest(properties = {
		"spring.datasource.url=jdbc:h2:mem:status-page;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"caso.intake.smtp.enabled=false", "caso.data-dir=target/test-data/status-${random.uuid}",
		"caso.admin.email=admin@jd-services.eu", "caso.admin.password=test-admin-secret",
		"caso.base-url=https://soporte.jd-services.eu" })
@AutoConfigureMockMvc
class StatusApiTests {

	static final String ADMIN = "Basic " + Base64.getEncoder()
		.encodeToString("admin@jd-services.eu:test-admin-secret".getBytes(StandardCharsets.UTF_8));

	@Autowired
	MockMvc mvc;

	@Autowired
	eu.jdservices.caso.accounts.Agents agents;

	@Test
	void aServiceIsCreatedAndChangedByItsKeyAndItsTeamIsCreated() throws Exception {
		String key = "mail-" + tag();
		String team = "Correo " + key;
		MockHttpServletResponse created = json(post("/api/services"), "{\"key\":\"" + key
				+ "\",\"name\":\"Correo\",\"keywords\":[\"email\",\"buzón\"],\"team\":\"" + team + "\"}");
		MockHttpServletResponse changed = json(post("/api/services"),
				"{\"key\":\"" + key + "\",\"name\":\"Correo electrónico\",\"keywords\":[\"email\",\"mail\"]}");

		assertThat(created.getStatus()).isEqualTo(200);
		assertThat(changed.getStatus()).isEqualTo(200);
		String list = text(answer(get("/api/services")));
		assertThat(list).contains("\"key\":\"" + key + "\",\"name\":\"Correo electrónico\"", "\"mail\"")
			.doesNotContain("buzón");
		assertThat(text(answer(get("/api/status")))).contains("\"key\":\"" + key + "\"", "\"state\":\"OPERATIONAL\"");
		assertThat(this.agents.teams()).extracting(eu.jdservices.caso.accounts.Team::name).contains(team);
	}

	@Test
	void anIncidentIsCreatedWithItsPageAndShowsInTheCurrentStatus() throws Exception {
		String key = service();

		MockHttpServletResponse created = json(post("/api/status/incidents"),
				"{\"services\":[\"" + key
						+ "\"],\"title\":\"Correo caído\",\"impact\":\"MAJOR_OUTAGE\",\"status\":\"INVESTIGATING\","
						+ "\"message\":\"Investigamos.\"}");

		assertThat(created.getStatus()).isEqualTo(201);
		assertThat(text(created))
			.matches("\\{\"id\":\\d+,\"url\":\"https://soporte.jd-services.eu/status/incidents/\\d+\"\\}");
		assertThat(text(answer(get("/api/status")))).contains(
				"\"key\":\"" + key + "\",\"name\":\"Servicio " + key + "\",\"state\":\"MAJOR_OUTAGE\"", "Correo caído",
				"Investigamos.");
	}

	@Test
	void anUnknownServiceImpactOrStatusIsRefusedNamingTheField() throws Exception {
		String key = service();

		MockHttpServletResponse unknownService = json(post("/api/status/incidents"), "{\"services\":[\"nope-" + key
				+ "\"],\"title\":\"T\",\"impact\":\"DEGRADED\"," + "\"status\":\"INVESTIGATING\",\"message\":\"M\"}");
		MockHttpServletResponse unknownImpact = json(post("/api/status/incidents"), "{\"services\":[\"" + key
				+ "\"],\"title\":\"T\",\"impact\":\"BAD\",\"status\":\"SLEEPING\",\"message\":\"M\"}");

		assertThat(unknownService.getStatus()).isEqualTo(400);
		assertThat(text(unknownService)).contains("\"fields\":{\"services\"", "nope-" + key);
		assertThat(unknownImpact.getStatus()).isEqualTo(400);
		assertThat(text(unknownImpact)).contains("\"impact\"", "\"status\"");
	}

	@Test
	void anUpdateOfAnUnknownIncidentIsNotFoundAndOfAResolvedOneAConflict() throws Exception {
		String key = service();
		String created = text(json(post("/api/status/incidents"), "{\"services\":[\"" + key
				+ "\"],\"title\":\"VPN\",\"impact\":\"DEGRADED\",\"status\":\"INVESTIGATING\",\"message\":\"M\"}"));
		String id = created.replaceAll("^\\{\"id\":(\\d+),.*$", "$1");

		MockHttpServletResponse resolved = json(post("/api/status/incidents/" + id + "/updates"),
				"{\"status\":\"RESOLVED\",\"message\":\"Resuelto.\",\"notifyCases\":true}");
		MockHttpServletResponse again = json(post("/api/status/incidents/" + id + "/updates"),
				"{\"status\":\"MONITORING\",\"message\":\"Otra vez.\",\"notifyCases\":false}");
		MockHttpServletResponse unknown = json(post("/api/status/incidents/999999/updates"),
				"{\"status\":\"MONITORING\",\"message\":\"M\",\"notifyCases\":false}");

		assertThat(resolved.getStatus()).isEqualTo(200);
		assertThat(text(resolved)).contains("\"status\":\"RESOLVED\"", "Resuelto.");
		assertThat(again.getStatus()).isEqualTo(409);
		assertThat(unknown.getStatus()).isEqualTo(404);
		assertThat(text(answer(get("/api/status"))))
			.contains("\"key\":\"" + key + "\",\"name\":\"Servicio " + key + "\",\"state\":\"OPERATIONAL\"");
	}

	@Test
	void theApiNeedsSignIn() throws Exception {
		assertThat(this.mvc.perform(get("/api/status")).andReturn().getResponse().getStatus()).isEqualTo(401);
	}

	private String service() throws Exception {
		String key = "svc-" + tag();
		assertThat(
				json(post("/api/services"), "{\"key\":\"" + key + "\",\"name\":\"Servicio " + key + "\"}").getStatus())
			.isEqualTo(200);
		return key;
	}

	private MockHttpServletResponse json(MockHttpServletRequestBuilder request, String body) throws Exception {
		return answer(request.contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private MockHttpServletResponse answer(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.header("Authorization", ADMIN).header("Accept-Language", "es"))
			.andReturn()
			.getResponse();
	}

	private static String text(MockHttpServletResponse response) throws Exception {
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	static String tag() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
