package eu.jdservices.caso;

import eu.jdservices.caso.support.EnabledIfPostgres;
import eu.jdservices.caso.support.Postgres;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The IMAP sign-in scenarios on the local PostgreSQL server.
 */
@EnabledIfPostgres
@TestPropertySource(properties = "logging.file.name=target/test-logs/ImapSignInOnPostgresTests.log")
class ImapSignInOnPostgresTests extends ImapSignInScenarios {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", Postgres::url);
		registry.add("spring.datasource.username", () -> Postgres.USER);
		registry.add("spring.datasource.password", () -> "");
	}

}
