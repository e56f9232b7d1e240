package eu.jdservices.caso.accounts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.jdservices.caso.support.ConsoleBrowser;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Personal API tokens: created in the console and shown once, stored only as a hash, used
 * as {@code Authorization: Bearer} with the agent's role, shown with their last use,
 * revoked.
 */
class ApiTokensTests extends AccountsInConsole {

	static final Pattern TOKEN = Pattern.compile("<code>(caso_[A-Za-z0-9_-]{43})</code>");

	@Test
	void anAgentCreatesATokenInTheConsoleAndAScriptUsesItInsteadOfThePassword() throws Exception {
		String agent = newAgent(Roles.AGENT);
		MockHttpSession session = browser().signIn(agent, PASSWORD);
		String token = createToken(session, "informe nocturno");

		assertThat(api("/api/cases", "Bearer " + token, newClient()).getStatus()).isEqualTo(200);
		assertThat(api("/api/directory/contacts/nadie@example.com", "Bearer " + token, newClient()).getStatus())
			.isEqualTo(404);

		String account = browser().page(get("/account"), session);
		assertThat(account).contains("informe nocturno", token.substring(0, 9) + "…")
			.as("shown once only")
			.doesNotContain(token);
		assertThat(account).doesNotContain("nunca");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM accounts_api_token WHERE token_hash = :token")
			.param("token", token)
			.query(Long.class)
			.single()).as("the token itself is not stored").isZero();
	}

	@Test
	void aTokenActsWithItsAgentsRole() throws Exception {
		String agent = newAgent(Roles.AGENT);
		String token = createToken(browser().signIn(agent, PASSWORD), "script");

		MockHttpServletResponse prometheus = api("/actuator/prometheus", "Bearer " + token, newClient());
		assertThat(prometheus.getStatus()).as("agents may not scrape").isEqualTo(403);

		String adminToken = createToken(browser().signIn(), "monitoring");
		assertThat(api("/actuator/prometheus", "Bearer " + adminToken, newClient()).getStatus()).isEqualTo(200);
	}

	@Test
	void aRevokedTokenNoLongerWorks() throws Exception {
		String agent = newAgent(Roles.AGENT);
		MockHttpSession session = browser().signIn(agent, PASSWORD);
		String token = createToken(session, "antiguo");
		String page = browser().page(get("/account"), session);
		Matcher revoke = Pattern.compile("action=\"(/account/tokens/\\d+/revoke)\"").matcher(page);
		assertThat(revoke.find()).isTrue();

		MockHttpServletResponse revoked = browser()
			.response(post(revoke.group(1)).param("_csrf", ConsoleBrowser.csrf(page)), session);

		assertThat(revoked.getRedirectedUrl()).isEqualTo("/account");
		MockHttpServletResponse refused = api("/api/cases", "Bearer " + token, newClient());
		assertThat(refused.getStatus()).isEqualTo(401);
		assertThat(refused.getHeader("WWW-Authenticate")).startsWith("Bearer error=\"invalid_token\"");
		assertThat(browser().page(get("/account"), session)).contains("Revocado el");
	}

	@Test
	void madeUpTokensAreRefusedAndCountAsFailuresOfTheClient() throws Exception {
		String client = newClient();
		for (int i = 0; i < 20; i++) {
			assertThat(api("/api/cases", "Bearer caso_made-up-" + i, client).getStatus()).isEqualTo(401);
		}
		String agent = newAgent(Roles.AGENT);
		String token = createToken(browser().signIn(agent, PASSWORD), "bueno");

		assertThat(api("/api/cases", "Bearer " + token, client).getStatus()).as("that address is locked out")
			.isEqualTo(401);
		assertThat(api("/api/cases", "Bearer " + token, newClient()).getStatus()).isEqualTo(200);
	}

	@Test
	void tokenCreationIsAudited() throws Exception {
		String agent = newAgent(Roles.AGENT);
		createToken(browser().signIn(agent, PASSWORD), "auditado");

		assertThat(browser().page(get("/admin/audit"), browser().signIn())).contains("Token de la API creado", agent,
				"auditado");
	}

	String createToken(MockHttpSession session, String name) throws Exception {
		String page = browser().page(get("/account"), session);
		MockHttpServletResponse created = browser()
			.response(post("/account/tokens").param("name", name).param("_csrf", ConsoleBrowser.csrf(page)), session);
		assertThat(created.getRedirectedUrl()).isEqualTo("/account");
		String shown = browser().page(get("/account"), session);
		assertThat(shown).contains("Cópielo ahora");
		Matcher token = TOKEN.matcher(shown);
		assertThat(token.find()).as("the new token on the page").isTrue();
		return token.group(1);
	}

}
