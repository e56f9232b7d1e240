package eu.jdservices.caso.accounts;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator on first start: from
 * {@code CASO_ADMIN_EMAIL}/{@code CASO_ADMIN_PASSWORD}, or with a random password printed
 * once in the log.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	private final AgentStore agents;

	private final PasswordEncoder encoder;

	private final AdminProperties properties;

	AdminBootstrap(AgentStore agents, PasswordEncoder encoder, AdminProperties properties) {
		this.agents = agents;
		this.encoder = encoder;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.agents.anyWithRole(Roles.ADMIN)) {
			return;
		}
		String email = this.properties.email().trim().toLowerCase(Locale.ROOT);
		String password = this.properties.password();
		boolean generated = password == null || password.isBlank();
		if (generated) {
			byte[] random = new byte[18];
			new SecureRandom().nextBytes(random);
			password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		}
		this.agents
			.insert(new AgentStore.Agent(email, "Administrator", this.encoder.encode(password), Roles.ADMIN, true));
		if (generated) {
			log.warn("""

					=====================================================================
					 First administrator created: {}
					 Generated password (shown only this once): {}
					 Set CASO_ADMIN_EMAIL and CASO_ADMIN_PASSWORD to choose them instead.
					=====================================================================""", email, password);
		}
		else {
			log.info("First administrator created: {}", email);
		}
	}

}
