package eu.jdservices.caso;

import org.springframework.test.context.TestPropertySource;

/**
 * The meetings scenarios on the embedded H2 database.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:meetings;MODE=PostgreSQL;LOCK_TIMEOUT=10000;"
		+ "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class MeetingsOnH2Tests extends MeetingScenarios {

}
