package eu.jdservices.caso.support;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * An agent's browser on the console: signs in with the form and reads pages and their
 * CSRF tokens.
 */
public record ConsoleBrowser(MockMvc mvc) {

	public static final String ADMIN = "admin@jd-services.eu";

	public static final String PASSWORD = "test-admin-secret";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	public MockHttpSession signIn() throws Exception {
		return signIn(ADMIN, PASSWORD);
	}

	public MockHttpSession signIn(String username, String password) throws Exception {
		MockHttpSession session = new MockHttpSession();
		String form = page(get("/login"), session);
		MockHttpServletResponse answer = this.mvc
			.perform(post("/login").session(session)
				.param("username", username)
				.param("password", password)
				.param("_csrf", csrf(form)))
			.andReturn()
			.getResponse();
		assertThat(answer.getRedirectedUrl()).isEqualTo("/cases");
		return session;
	}

	public MockHttpServletResponse response(AbstractMockHttpServletRequestBuilder<?> request, MockHttpSession session)
			throws Exception {
		return this.mvc.perform(request.session(session)).andReturn().getResponse();
	}

	public String page(AbstractMockHttpServletRequestBuilder<?> request, MockHttpSession session) throws Exception {
		MockHttpServletResponse response = response(request, session);
		assertThat(response.getStatus()).as("status of %s", response.getRedirectedUrl()).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	public static String csrf(String html) {
		Matcher token = CSRF.matcher(html);
		assertThat(token.find()).as("CSRF token in the form").isTrue();
		return token.group(1);
	}

}
