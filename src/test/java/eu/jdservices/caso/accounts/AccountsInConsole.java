package eu.jdservices.caso.accounts;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import eu.jdservices.caso.support.ConsoleBrowser;
import org.apache.commons.codec.binary.Base32;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What the tests of sign-in hardening share: one application (H2 in memory) with the
 * console behind MockMvc, fresh agents, sign-in attempts from chosen client addresses,
 * and time-based codes computed the way an authenticator app does.
 */
@SpringBootTest(properties = {
		"spring.datasource.url=jdbc:h2:mem:accounts-hardening;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"caso.intake.smtp.port=0", "caso.admin.email=admin@jd-services.eu", "caso.admin.password=test-admin-secret" })
@AutoConfigureMockMvc
abstract class AccountsInConsole {

	static final String PASSWORD = "a-long-enough-secret";

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("caso.data-dir", () -> "target/test-data/" + UUID.randomUUID());
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	Agents agents;

	@Autowired
	TwoFactor twoFactor;

	@Autowired
	JdbcClient jdbc;

	ConsoleBrowser browser() {
		return new ConsoleBrowser(this.mvc);
	}

	/** A new agent with {@link #PASSWORD}. */
	String newAgent(String role) {
		String email = "agent-" + UUID.randomUUID().toString().substring(0, 8) + "@jd-services.eu";
		this.agents.create(new NewAgent(email, "Ana Test", PASSWORD, role, ""));
		return email;
	}

	/** A client address of its own for each test, so that address locks do not mix. */
	static String newClient() {
		return "192.0.2." + (1 + (int) (Math.random() * 250)) + "." + UUID.randomUUID().toString().substring(0, 4);
	}

	static RequestPostProcessor from(String client) {
		return (request) -> {
			request.setRemoteAddr(client);
			return request;
		};
	}

	/** Posts the sign-in form from a client; the answer's redirect says how it went. */
	MockHttpServletResponse signInForm(String email, String password, String client, MockHttpSession session)
			throws Exception {
		String form = browser().page(get("/login"), session);
		return this.mvc
			.perform(post("/login").session(session)
				.with(from(client))
				.param("username", email)
				.param("password", password)
				.param("_csrf", ConsoleBrowser.csrf(form)))
			.andReturn()
			.getResponse();
	}

	MockHttpServletResponse api(String path, String authorization, String client) throws Exception {
		return this.mvc.perform(get(path).with(from(client)).header(HttpHeaders.AUTHORIZATION, authorization))
			.andReturn()
			.getResponse();
	}

	static String basic(String email, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The code an authenticator app shows for a secret, {@code steps} periods from now.
	 */
	static String code(String base32Secret, int steps) throws Exception {
		TimeBasedOneTimePasswordGenerator totp = new TimeBasedOneTimePasswordGenerator();
		return totp.generateOneTimePasswordString(
				new SecretKeySpec(new Base32().decode(base32Secret.replace(" ", "")), totp.getAlgorithm()),
				Instant.now().plus(totp.getTimeStep().multipliedBy(steps)));
	}

	/** Turns two-factor sign-in on for an agent; returns the secret. */
	String withTwoFactor(String email) throws Exception {
		String secret = this.twoFactor.start(email).secret();
		this.twoFactor.confirm(email, code(secret, 0)).orElseThrow();
		return secret;
	}

}
