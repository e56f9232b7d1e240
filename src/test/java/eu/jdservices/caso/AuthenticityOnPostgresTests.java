package eu.jdservices.caso;

import eu.jdservices.caso.support.EnabledIfPostgres;
import eu.jdservices.caso.support.Postgres;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The authenticity scenarios on the local PostgreSQL server. The application is closed
 * after them and keeps few connections meanwhile: the other PostgreSQL scenarios of the
 * same test run keep theirs open, and the server allows 100 in all.
 */
@EnabledIfPostgres
@DirtiesContext
class AuthenticityOnPostgresTests extends AuthenticityScenarios {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", Postgres::url);
		registry.add("spring.datasource.username", () -> Postgres.USER);
		registry.add("spring.datasource.password", () -> "");
		registry.add("spring.datasource.hikari.maximum-pool-size", () -> "6");
		registry.add("spring.datasource.hikari.minimum-idle", () -> "1");
	}

}
