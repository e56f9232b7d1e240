package eu.jdservices.caso.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.jdservices.caso.support.ConsoleBrowser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Two-factor sign-in with time-based codes: set up in the console with a QR code and one
 * code, then every console sign-in asks for a code after the password; recovery codes
 * work once; HTTP Basic is refused for such an account (tokens are for scripts).
 */
class TwoFactorTests extends AccountsInConsole {

	static final Pattern SECRET = Pattern.compile("<code id=\"secret\">([A-Z2-7 ]+)</code>");

	static final Pattern RECOVERY = Pattern.compile("<li><code>([a-z2-9]{10})</code></li>");

	@Test
	void anAgentTurnsItOnInTheConsoleAndFromThenOnSignsInWithACode() throws Exception {
		String agent = newAgent(Roles.AGENT);
		MockHttpSession session = browser().signIn(agent, PASSWORD);
		String setUp = browser().page(get("/account/two-factor"), session);
		assertThat(setUp).contains("src=\"data:image/svg+xml;base64,", "Escanee el código QR");
		String secret = group(SECRET, setUp);

		MockHttpServletResponse confirmed = browser().response(
				post("/account/two-factor").param("code", code(secret, 0)).param("_csrf", ConsoleBrowser.csrf(setUp)),
				session);
		assertThat(confirmed.getContentAsString()).contains("Códigos de recuperación");
		assertThat(all(RECOVERY, confirmed.getContentAsString())).hasSize(10);

		MockHttpSession next = new MockHttpSession();
		MockHttpServletResponse password = signInForm(agent, PASSWORD, newClient(), next);
		assertThat(password.getRedirectedUrl()).isEqualTo("/login/code");
		assertThat(browser().response(get("/cases"), next).getRedirectedUrl()).as("not signed in yet")
			.endsWith("/login");
		String codePage = browser().page(get("/login/code"), next);
		assertThat(codePage).contains("Verificación en dos pasos", agent);

		MockHttpServletResponse wrong = browser()
			.response(post("/login/code").param("code", "000000").param("_csrf", ConsoleBrowser.csrf(codePage)), next);
		assertThat(wrong.getContentAsString()).contains("El código no es correcto");
		MockHttpServletResponse right = browser().response(post("/login/code").param("code", code(secret, 1))
			.param("_csrf", ConsoleBrowser.csrf(wrong.getContentAsString())), next);

		assertThat(right.getRedirectedUrl()).isEqualTo("/cases");
		assertThat(browser().page(get("/cases"), next)).contains(agent);
		assertThat(browser().page(get("/admin/audit"), browser().signIn())).contains("password and TOTP",
				"Verificación en dos pasos activada", "wrong second factor");
	}

	@Test
	void aRecoveryCodeSignsInOnceAndACodeIsNeverAcceptedTwice() throws Exception {
		String agent = newAgent(Roles.AGENT);
		String secret = this.twoFactor.start(agent).secret();
		String first = code(secret, 0);
		List<String> recovery = this.twoFactor.confirm(agent, first).orElseThrow();

		assertThat(secondFactor(agent, recovery.get(3)).getRedirectedUrl()).isEqualTo("/cases");
		assertThat(secondFactor(agent, recovery.get(3)).getContentAsString()).contains("El código no es correcto");
		assertThat(secondFactor(agent, first).getContentAsString()).as("already used to confirm")
			.contains("El código no es correcto");
		assertThat(secondFactor(agent, code(secret, 1)).getRedirectedUrl()).isEqualTo("/cases");
		assertThat(this.twoFactor.recoveryCodesLeft(agent)).isEqualTo(9);
	}

	@Test
	void fiveWrongCodesSendTheAgentBackToThePassword() throws Exception {
		String agent = newAgent(Roles.AGENT);
		withTwoFactor(agent);
		MockHttpSession session = new MockHttpSession();
		signInForm(agent, PASSWORD, newClient(), session);
		MockHttpServletResponse answer = null;
		for (int i = 0; i < 5; i++) {
			String page = browser().page(get("/login/code"), session);
			answer = browser().response(
					post("/login/code").param("code", "12345" + i).param("_csrf", ConsoleBrowser.csrf(page)), session);
		}

		assertThat(answer.getRedirectedUrl()).isEqualTo("/login?error");
		assertThat(browser().response(get("/login/code"), session).getRedirectedUrl()).isEqualTo("/login");
	}

	@Test
	void theRightPasswordDoesNotWipeOutWrongCodes() throws Exception {
		String agent = newAgent(Roles.AGENT);
		withTwoFactor(agent);
		for (int round = 0; round < 2; round++) {
			MockHttpSession session = new MockHttpSession();
			assertThat(signInForm(agent, PASSWORD, newClient(), session).getRedirectedUrl()).isEqualTo("/login/code");
			for (int i = 0; i < 3 - round; i++) {
				String page = browser().page(get("/login/code"), session);
				browser().response(
						post("/login/code").param("code", "99999" + i).param("_csrf", ConsoleBrowser.csrf(page)),
						session);
			}
		}

		assertThat(signInForm(agent, PASSWORD, newClient(), new MockHttpSession()).getRedirectedUrl())
			.as("five wrong codes in two rounds lock the account")
			.isEqualTo("/login?locked");
	}

	@Test
	void httpBasicIsRefusedForAnAccountWithTwoFactorButItsTokenWorks() throws Exception {
		String agent = newAgent(Roles.AGENT);
		assertThat(api("/api/cases", basic(agent, PASSWORD), newClient()).getStatus()).isEqualTo(200);
		withTwoFactor(agent);

		assertThat(api("/api/cases", basic(agent, PASSWORD), newClient()).getStatus()).isEqualTo(401);
		String token = this.tokens.create(agent, "script");
		assertThat(api("/api/cases", "Bearer " + token, newClient()).getStatus()).isEqualTo(200);
	}

	@Test
	void anAdministratorTurnsOffTheTwoFactorOfAnAgentWhoLostThePhone() throws Exception {
		String agent = newAgent(Roles.AGENT);
		withTwoFactor(agent);
		MockHttpSession admin = browser().signIn();
		String page = browser().page(get("/admin/agents/" + agent), admin);
		assertThat(page).contains("Verificación en dos pasos: activada.");

		browser().response(
				post("/admin/agents/" + agent + "/two-factor/reset").param("_csrf", ConsoleBrowser.csrf(page)), admin);

		assertThat(signInForm(agent, PASSWORD, newClient(), new MockHttpSession()).getRedirectedUrl())
			.isEqualTo("/cases");
		assertThat(browser().page(get("/admin/audit"), admin)).contains("reset by an administrator");
	}

	@Autowired
	ApiTokens tokens;

	MockHttpServletResponse secondFactor(String agent, String code) throws Exception {
		MockHttpSession session = new MockHttpSession();
		assertThat(signInForm(agent, PASSWORD, newClient(), session).getRedirectedUrl()).isEqualTo("/login/code");
		String page = browser().page(get("/login/code"), session);
		return browser().response(post("/login/code").param("code", code).param("_csrf", ConsoleBrowser.csrf(page)),
				session);
	}

	static String group(Pattern pattern, String html) {
		Matcher matcher = pattern.matcher(html);
		assertThat(matcher.find()).as("%s in the page", pattern).isTrue();
		return matcher.group(1);
	}

	static List<String> all(Pattern pattern, String html) {
		List<String> found = new ArrayList<>();
		Matcher matcher = pattern.matcher(html);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

}
