package eu.jdservices.caso.accounts;

import java.util.UUID;

import eu.jdservices.caso.support.ConsoleBrowser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * With {@code caso.admin.two-factor.required-for-admins=true} an administrator without
 * two-factor sign-in sets it up during the next sign-in, before reaching anything else.
 */
@SpringBootTest(properties = {
		"spring.datasource.url=jdbc:h2:mem:accounts-required-2fa;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"caso.intake.smtp.port=0", "caso.admin.email=admin@jd-services.eu", "caso.admin.password=test-admin-secret",
		"caso.admin.two-factor.required-for-admins=true" })
@AutoConfigureMockMvc
class RequiredTwoFactorTests {

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("caso.data-dir", () -> "target/test-data/" + UUID.randomUUID());
	}

	@Autowired
	MockMvc mvc;

	@Test
	void anAdministratorWithoutItSetsItUpBeforeReachingTheConsole() throws Exception {
		ConsoleBrowser browser = new ConsoleBrowser(this.mvc);
		MockHttpSession session = new MockHttpSession();
		String form = browser.page(get("/login"), session);
		MockHttpServletResponse password = browser.response(post("/login").param("username", ConsoleBrowser.ADMIN)
			.param("password", ConsoleBrowser.PASSWORD)
			.param("_csrf", ConsoleBrowser.csrf(form)), session);
		assertThat(password.getRedirectedUrl()).isEqualTo("/login/two-factor");
		assertThat(browser.response(get("/admin/agents"), session).getRedirectedUrl()).endsWith("/login");

		String setUp = browser.page(get("/login/two-factor"), session);
		assertThat(setUp).contains("Los administradores deben usar la verificación en dos pasos");
		String secret = TwoFactorTests.group(TwoFactorTests.SECRET, setUp);
		MockHttpServletResponse confirmed = browser
			.response(post("/login/two-factor").param("code", AccountsInConsole.code(secret, 0))
				.param("_csrf", ConsoleBrowser.csrf(setUp)), session);

		assertThat(TwoFactorTests.all(TwoFactorTests.RECOVERY, confirmed.getContentAsString())).hasSize(10);
		assertThat(browser.page(get("/admin/agents"), session)).contains(ConsoleBrowser.ADMIN);
	}

}
