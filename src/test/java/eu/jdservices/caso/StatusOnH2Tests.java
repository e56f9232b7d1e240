package eu.jdservices.caso;

import org.springframework.test.context.TestPropertySource;

/**
 * The status page scenarios on the embedded H2 database (same application context as
 * {@link SpineOnH2Tests}).
 */
@TestPropertySource(
		properties = "spring.datasource.url=jdbc:h2:mem:spine;MODE=PostgreSQL;LOCK_TIMEOUT=10000;DATABASE_TO_LOWER=TRUE;"
				+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class StatusOnH2Tests extends StatusScenarios {

}
