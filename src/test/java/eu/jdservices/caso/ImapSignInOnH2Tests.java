package eu.jdservices.caso;

import org.springframework.test.context.TestPropertySource;

/**
 * The IMAP sign-in scenarios on the embedded H2 database.
 */
@TestPropertySource(properties = {
		"spring.datasource.url=jdbc:h2:mem:imap-sign-in;MODE=PostgreSQL;LOCK_TIMEOUT=10000;DATABASE_TO_LOWER=TRUE;"
				+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"logging.file.name=target/test-logs/ImapSignInOnH2Tests.log" })
class ImapSignInOnH2Tests extends ImapSignInScenarios {

}
