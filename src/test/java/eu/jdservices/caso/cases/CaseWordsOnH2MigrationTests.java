package eu.jdservices.caso.cases;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An H2 database whose cases had search words before they were kept one per row
 * ({@code V114}) gets a row for each of those words: its cases are found at once after
 * the upgrade.
 */
class CaseWordsOnH2MigrationTests {

	@Test
	void theWordsCasesHadBeforeTheUpgradeAreEachARowOfTheirCase() {
		DriverManagerDataSource dataSource = new DriverManagerDataSource(
				"jdbc:h2:mem:" + UUID.randomUUID()
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
				"sa", "");
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("113").load().migrate();
		JdbcClient jdbc = JdbcClient.create(dataSource);
		for (long number : new long[] { 1001, 1002, 1003 }) {
			jdbc.sql("""
					INSERT INTO cases_case (number, subject, severity, status, requester, language, created_at,
						search_words)
					VALUES (:number, 'Impresora atascada', 'B', 'OPEN', 'eva@huertasur.es', 'es', :at, :words)""")
				.param("number", number)
				.param("at", OffsetDateTime.of(2026, 3, 10, 9, 0, 0, 0, ZoneOffset.UTC))
				.param("words",
						(number == 1001) ? "1001 impresora impresor atascada atasc impresora"
								: (number == 1002) ? "1002 huerta" : null)
				.update();
		}

		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

		assertThat(jdbc.sql("SELECT word FROM cases_case_word WHERE case_number = 1001 ORDER BY word")
			.query(String.class)
			.list()).containsExactly("1001", "atasc", "atascada", "impresor", "impresora");
		assertThat(jdbc.sql("SELECT word FROM cases_case_word WHERE case_number = 1002").query(String.class).list())
			.containsExactly("1002", "huerta");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM cases_case_word WHERE case_number = 1003").query(Long.class).single())
			.as("a case without words yet (the backfill adds them)")
			.isZero();
	}

}
