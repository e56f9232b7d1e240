package eu.jdservices.caso;

import org.springframework.test.context.TestPropertySource;

/**
 * The authenticity scenarios on the embedded H2 database.
 */
@TestPropertySource(
		properties = "spring.datasource.url=jdbc:h2:mem:authenticity;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
				+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class AuthenticityOnH2Tests extends AuthenticityScenarios {

}
