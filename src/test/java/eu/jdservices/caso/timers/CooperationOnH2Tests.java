package eu.jdservices.caso.timers;

import org.springframework.test.context.TestPropertySource;

/**
 * The cooperation scenarios on H2.
 */
@TestPropertySource(
		properties = "spring.datasource.url=jdbc:h2:mem:cooperation;MODE=PostgreSQL;LOCK_TIMEOUT=10000;DATABASE_TO_LOWER=TRUE;"
				+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class CooperationOnH2Tests extends CooperationScenarios {

}
