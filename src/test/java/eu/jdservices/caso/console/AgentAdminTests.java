package eu.jdservices.caso.console;

import eu.jdservices.caso.support.ConsoleBrowser;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import eu.jdservices.caso.accounts.Agents;
import eu.jdservices.caso.accounts.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Administrators manage agents and teams in the console; nobody else may.
 */
@ConsoleTest
class AgentAdminTests {

	static final String GOOD_PASSWORD = "a-long-enough-secret";

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
	}

	@Test
	void anAdminCreatesAnAgentWhoCanSignInAndSeesNoAdminLink() throws Exception {
		String team = "Redes " + UUID.randomUUID();
		String email = "nuevo." + UUID.randomUUID() + "@jd-services.eu";
		String teams = this.browser.page(get("/admin/teams"), this.admin);
		assertThat(this.browser
			.response(post("/admin/teams").param("name", team).param("_csrf", ConsoleBrowser.csrf(teams)), this.admin)
			.getRedirectedUrl()).isEqualTo("/admin/teams");
		String form = this.browser.page(get("/admin/agents"), this.admin);

		MockHttpServletResponse answer = this.browser.response(post("/admin/agents").param("email", email)
			.param("name", "Nuevo Agente")
			.param("password", GOOD_PASSWORD)
			.param("role", Roles.AGENT)
			.param("team", team)
			.param("_csrf", ConsoleBrowser.csrf(form)), this.admin);

		assertThat(answer.getRedirectedUrl()).isEqualTo("/admin/agents");
		assertThat(this.browser.page(get("/admin/agents"), this.admin)).contains("Agente creado.", email,
				"Nuevo Agente", team);
		assertThat(this.browser.page(get("/admin/teams"), this.admin)).contains(team);
		assertThat(this.jdbc.sql("SELECT password_hash FROM accounts_agent WHERE email = :email")
			.param("email", email)
			.query(String.class)
			.single()).startsWith("{bcrypt}").doesNotContain(GOOD_PASSWORD);
		MockHttpSession agent = this.browser.signIn(email, GOOD_PASSWORD);
		assertThat(this.browser.page(get("/cases"), agent)).contains(email)
			.doesNotContain("href=\"/admin/agents\"", "Administración");
		assertThat(this.browser.page(get("/cases"), this.admin)).contains("href=\"/admin/agents\"", "Administración");
	}

	@Test
	void whoIsNotAnAdminIsRefusedTheAdministration() throws Exception {
		String email = "jefa." + UUID.randomUUID() + "@jd-services.eu";
		create(email, Roles.TEAM_LEAD);
		MockHttpSession lead = this.browser.signIn(email, GOOD_PASSWORD);
		String csrf = ConsoleBrowser.csrf(this.browser.page(get("/cases"), lead));

		for (String page : new String[] { "/admin/agents", "/admin/teams", "/admin/directory", "/admin/mailboxes",
				"/admin/agents/" + ConsoleBrowser.ADMIN }) {
			assertThat(this.browser.response(get(page), lead).getStatus()).as(page).isEqualTo(403);
		}
		assertThat(this.browser
			.response(post("/admin/agents/" + email).param("name", "Jefa")
				.param("role", Roles.ADMIN)
				.param("enabled", "true")
				.param("_csrf", csrf), lead)
			.getStatus()).isEqualTo(403);
		assertThat(this.agents.find(email).orElseThrow().role()).isEqualTo(Roles.TEAM_LEAD);
		assertThat(this.mvc.perform(get("/admin/agents")).andReturn().getResponse().getStatus()).isEqualTo(302);
		assertThat(this.mvc
			.perform(get("/api/cases").header(HttpHeaders.AUTHORIZATION,
					"Basic " + Base64.getEncoder()
						.encodeToString((email + ":" + GOOD_PASSWORD).getBytes(StandardCharsets.UTF_8))))
			.andReturn()
			.getResponse()
			.getStatus()).as("a team lead uses the API like an agent").isEqualTo(200);
	}

	@Test
	void badInputsShowTheirErrorsAndCreateNothing() throws Exception {
		String email = "corta." + UUID.randomUUID() + "@jd-services.eu";
		String form = this.browser.page(get("/admin/agents"), this.admin);

		String refused = this.browser.page(post("/admin/agents").param("email", "no-es-un-correo")
			.param("name", "Alguien")
			.param("password", "corta")
			.param("role", Roles.AGENT)
			.param("_csrf", ConsoleBrowser.csrf(form)), this.admin);
		String unknownTeam = this.browser.page(post("/admin/agents").param("email", email)
			.param("name", "Alguien")
			.param("password", GOOD_PASSWORD)
			.param("role", Roles.AGENT)
			.param("team", "Equipo que no existe")
			.param("_csrf", ConsoleBrowser.csrf(form)), this.admin);

		assertThat(refused)
			.contains("La dirección de correo no es válida.", "La contraseña debe tener 12 caracteres como mínimo.",
					"value=\"no-es-un-correo\"")
			.doesNotContain("value=\"corta\"");
		assertThat(unknownTeam).contains("El equipo no existe.", "value=\"" + email + "\"");
		assertThat(this.agents.find(email)).isEmpty();
		assertThat(this.agents.find("no-es-un-correo")).isEmpty();
		assertThat(this.browser.page(get("/admin/agents"), this.admin)).doesNotContain(email);
	}

	@Test
	void theLastEnabledAdminCanBeNeitherDemotedNorDisabled() throws Exception {
		String form = this.browser.page(get("/admin/agents/" + ConsoleBrowser.ADMIN), this.admin);

		String demoted = this.browser.page(post("/admin/agents/" + ConsoleBrowser.ADMIN).param("name", "Administrator")
			.param("role", Roles.AGENT)
			.param("enabled", "true")
			.param("_csrf", ConsoleBrowser.csrf(form)), this.admin);
		String disabled = this.browser.page(post("/admin/agents/" + ConsoleBrowser.ADMIN).param("name", "Administrator")
			.param("role", Roles.ADMIN)
			.param("_csrf", ConsoleBrowser.csrf(form)), this.admin);

		assertThat(demoted).contains("Es el último administrador activo");
		assertThat(disabled).contains("Es el último administrador activo");
		assertThat(this.agents.find(ConsoleBrowser.ADMIN).orElseThrow()).satisfies((admin) -> {
			assertThat(admin.role()).isEqualTo(Roles.ADMIN);
			assertThat(admin.enabled()).isTrue();
		});
		assertThat(this.browser.page(get("/admin/agents"), this.admin)).contains("Agentes");
	}

	@Test
	void anAdminChangesAnAgentAndSetsANewPassword() throws Exception {
		String email = "cambia." + UUID.randomUUID() + "@jd-services.eu";
		create(email, Roles.AGENT);
		String form = this.browser.page(get("/admin/agents/" + email), this.admin);

		MockHttpServletResponse changed = this.browser
			.response(post("/admin/agents/" + email).param("name", "Nombre Nuevo")
				.param("role", Roles.TEAM_LEAD)
				.param("enabled", "true")
				.param("_csrf", ConsoleBrowser.csrf(form)), this.admin);
		String afterChange = this.browser.page(get("/admin/agents/" + email), this.admin);
		String tooShort = this.browser.page(post("/admin/agents/" + email + "/password").param("password", "corta")
			.param("_csrf", ConsoleBrowser.csrf(form)), this.admin);
		MockHttpServletResponse reset = this.browser
			.response(post("/admin/agents/" + email + "/password").param("password", "otra-clave-bien-larga")
				.param("_csrf", ConsoleBrowser.csrf(form)), this.admin);

		assertThat(changed.getRedirectedUrl()).isEqualTo("/admin/agents/" + email);
		assertThat(afterChange).contains("Agente guardado.", "value=\"Nombre Nuevo\"");
		assertThat(tooShort).contains("La contraseña debe tener 12 caracteres como mínimo.");
		assertThat(reset.getRedirectedUrl()).isEqualTo("/admin/agents/" + email);
		assertThat(this.browser.page(get("/admin/agents/" + email), this.admin)).contains("Contraseña cambiada.");
		assertThat(this.agents.find(email).orElseThrow().role()).isEqualTo(Roles.TEAM_LEAD);
		assertThat(this.browser.signIn(email, "otra-clave-bien-larga")).isNotNull();
	}

	@Test
	void aTeamNameIsUnique() throws Exception {
		String team = "Sistemas " + UUID.randomUUID();
		String form = this.browser.page(get("/admin/teams"), this.admin);
		this.browser.response(post("/admin/teams").param("name", team).param("_csrf", ConsoleBrowser.csrf(form)),
				this.admin);

		String again = this.browser.page(
				post("/admin/teams").param("name", " " + team + " ").param("_csrf", ConsoleBrowser.csrf(form)),
				this.admin);

		assertThat(again).contains("Ya hay un equipo con ese nombre.");
		assertThat(this.agents.teams()).filteredOn((existing) -> existing.name().equals(team)).hasSize(1);
	}

	private void create(String email, String role) throws Exception {
		String form = this.browser.page(get("/admin/agents"), this.admin);
		assertThat(this.browser
			.response(post("/admin/agents").param("email", email)
				.param("name", "Alguien")
				.param("password", GOOD_PASSWORD)
				.param("role", role)
				.param("_csrf", ConsoleBrowser.csrf(form)), this.admin)
			.getRedirectedUrl()).isEqualTo("/admin/agents");
	}

}
