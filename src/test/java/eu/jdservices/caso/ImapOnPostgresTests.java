package eu.jdservices.caso;

import eu.jdservices.caso.support.EnabledIfPostgres;
import eu.jdservices.caso.support.Postgres;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The IMAP mailbox scenarios on the local PostgreSQL server.
 */
@EnabledIfPostgres
class ImapOnPostgresTests extends ImapScenarios {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", Postgres::url);
		registry.add("spring.datasource.username", () -> Postgres.USER);
		registry.add("spring.datasource.password", () -> "");
	}

}
