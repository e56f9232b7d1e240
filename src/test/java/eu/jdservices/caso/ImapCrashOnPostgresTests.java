package eu.jdservices.caso;

import java.nio.file.Path;
import java.util.List;

import eu.jdservices.caso.support.EnabledIfPostgres;
import eu.jdservices.caso.support.Postgres;

/**
 * The IMAP crash test on PostgreSQL, in a database of its own (the test JVM's other
 * application contexts would otherwise drain its outbox).
 */
@EnabledIfPostgres
class ImapCrashOnPostgresTests extends ImapCrashScenarios {

	private static final String DATABASE = Postgres.DATABASE + "_imap_crash";

	@Override
	List<String> database(Path folder) {
		String problem = Postgres.recreate(Postgres.HOST_URL, Postgres.USER, DATABASE);
		if (problem != null) {
			throw new IllegalStateException("Could not make the database " + DATABASE + ": " + problem);
		}
		return List.of("--spring.datasource.url=" + Postgres.HOST_URL + DATABASE,
				"--spring.datasource.username=" + Postgres.USER, "--spring.datasource.password=");
	}

	@Override
	void dropDatabase() {
		Postgres.drop(Postgres.HOST_URL, Postgres.USER, DATABASE);
	}

}
