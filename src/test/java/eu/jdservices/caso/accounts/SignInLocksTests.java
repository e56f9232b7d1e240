package eu.jdservices.caso.accounts;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Repeated failed sign-ins lock the account, and the client address, for a while (OWASP
 * ASVS 2.2.1), on the console form and on HTTP Basic alike; administrators see the locks
 * and lift them.
 */
class SignInLocksTests extends AccountsInConsole {

	@Test
	void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() throws Exception {
		String agent = newAgent(Roles.AGENT);
		for (int i = 0; i < 5; i++) {
			assertThat(signInForm(agent, "wrong-password-" + i, newClient(), new MockHttpSession()).getRedirectedUrl())
				.isEqualTo("/login?error");
		}

		MockHttpServletResponse right = signInForm(agent, PASSWORD, newClient(), new MockHttpSession());

		assertThat(right.getRedirectedUrl()).isEqualTo("/login?locked");
		assertThat(browser().page(get("/login?locked"), new MockHttpSession()))
			.contains("Demasiados intentos fallidos");
		assertThat(api("/api/cases", basic(agent, PASSWORD), newClient()).getStatus()).as("HTTP Basic is refused too")
			.isEqualTo(401);
	}

	@Test
	void wrongPasswordsOverHttpBasicCountTowardsTheSameLock() throws Exception {
		String agent = newAgent(Roles.AGENT);
		assertThat(api("/api/cases", basic(agent, PASSWORD), newClient()).getStatus()).isEqualTo(200);
		for (int i = 0; i < 5; i++) {
			assertThat(api("/api/cases", basic(agent, "wrong-" + i), newClient()).getStatus()).isEqualTo(401);
		}

		assertThat(api("/api/cases", basic(agent, PASSWORD), newClient()).getStatus()).isEqualTo(401);
		assertThat(signInForm(agent, PASSWORD, newClient(), new MockHttpSession()).getRedirectedUrl())
			.isEqualTo("/login?locked");
	}

	@Test
	void aClientThatTriesManyAccountsIsLockedOutForAllOfThem() throws Exception {
		String client = newClient();
		String agent = newAgent(Roles.AGENT);
		for (int i = 0; i < 20; i++) {
			signInForm("nobody-" + i + "@jd-services.eu", "guess-" + i, client, new MockHttpSession());
		}

		assertThat(signInForm(agent, PASSWORD, client, new MockHttpSession()).getRedirectedUrl())
			.as("from that address")
			.isEqualTo("/login?locked");
		assertThat(signInForm(agent, PASSWORD, newClient(), new MockHttpSession()).getRedirectedUrl())
			.as("from elsewhere")
			.isEqualTo("/cases");
	}

	@Test
	void aSuccessfulSignInClearsEarlierFailures() throws Exception {
		String agent = newAgent(Roles.AGENT);
		for (int round = 0; round < 3; round++) {
			for (int i = 0; i < 4; i++) {
				signInForm(agent, "wrong-" + i, newClient(), new MockHttpSession());
			}
			assertThat(signInForm(agent, PASSWORD, newClient(), new MockHttpSession()).getRedirectedUrl())
				.isEqualTo("/cases");
		}
	}

	@Test
	void administratorsSeeTheLockAndLiftIt() throws Exception {
		String agent = newAgent(Roles.AGENT);
		for (int i = 0; i < 5; i++) {
			signInForm(agent, "wrong-" + i, newClient(), new MockHttpSession());
		}
		MockHttpSession admin = browser().signIn();

		assertThat(browser().page(get("/admin/agents"), admin)).contains(agent, "Bloqueado hasta");
		String audit = browser().page(get("/admin/audit"), admin);
		assertThat(audit).contains("Bloqueos de acceso", agent, "Acceso bloqueado", "Inicio de sesión fallido");
		String page = browser().page(get("/admin/agents/" + agent), admin);
		assertThat(page).contains("Bloqueado hasta", "Desbloquear");

		MockHttpServletResponse unlocked = browser().response(post("/admin/agents/" + agent + "/unlock").param("_csrf",
				eu.jdservices.caso.support.ConsoleBrowser.csrf(page)), admin);

		assertThat(unlocked.getRedirectedUrl()).isEqualTo("/admin/agents/" + agent);
		assertThat(signInForm(agent, PASSWORD, newClient(), new MockHttpSession()).getRedirectedUrl())
			.isEqualTo("/cases");
		assertThat(browser().page(get("/admin/audit"), admin)).contains("Acceso desbloqueado");
	}

	@Test
	void agentsMayNotSeeTheAuditLog() throws Exception {
		String agent = newAgent(Roles.AGENT);
		MockHttpSession session = browser().signIn(agent, PASSWORD);

		assertThat(browser().response(get("/admin/audit"), session).getStatus()).isEqualTo(403);
	}

}
