package eu.jdservices.caso.timers;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import eu.jdservices.caso.support.EnabledIfPostgres;
import eu.jdservices.caso.support.MigratedH2;
import eu.jdservices.caso.support.Postgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The queue sorted by due time reads the order of next due times a slice at a time: the
 * slices, read one after the other from where the last ended, give every case with a due
 * time once, in the same order on H2 and PostgreSQL, also when several cases are due at
 * the same time and when a due time changes.
 */
@EnabledIfPostgres
class DueOrderOnBothDatabasesTests {

	private static final String DATABASE = "caso_test_due_order_" + ProcessHandle.current().pid();

	private static final OffsetDateTime NINE = OffsetDateTime.of(2026, 3, 10, 9, 0, 0, 0, ZoneOffset.UTC);

	private static DeadlineStore h2;

	private static DeadlineStore postgres;

	@BeforeAll
	static void theSameDueTimesInBoth() {
		h2 = new DeadlineStore(MigratedH2.create().jdbc());
		assertThat(Postgres.recreate(Postgres.HOST_URL, Postgres.USER, DATABASE)).isNull();
		DataSource dataSource = new DriverManagerDataSource(Postgres.HOST_URL + DATABASE, Postgres.USER, "");
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
		postgres = new DeadlineStore(JdbcClient.create(dataSource));
		for (DeadlineStore store : List.of(h2, postgres)) {
			store.opened(1001, NINE.plusHours(3));
			store.opened(1002, NINE.plusHours(1));
			store.opened(1003, NINE.plusHours(1)); // due with 1002
			store.opened(1004, NINE.plusHours(2));
			store.customerResponseDue(1004, NINE.plusMinutes(30)); // the customer's is
																	// sooner
			store.opened(1005, NINE.plusHours(1)); // due with 1002 and 1003
			store.responseTarget(1005, ResponseTarget.SOON);
			store.opened(1006, NINE.plusHours(4));
			store.responseDue(1006, null); // answered: no due time left
			store.customerResponseDue(1007, NINE.plusHours(5)); // only the customer's
			store.responseTarget(1001, ResponseTarget.SOON);
		}
	}

	@AfterAll
	static void dropThePostgresDatabase() {
		Postgres.drop(Postgres.HOST_URL, Postgres.USER, DATABASE);
	}

	@Test
	void slicesOfTwoGiveEveryCaseWithADueTimeOnceSoonestFirst() {
		for (DeadlineStore store : List.of(h2, postgres)) {
			assertThat(all(store, null, false)).as(store == h2 ? "H2" : "PostgreSQL")
				.containsExactly(1004L, 1002L, 1003L, 1005L, 1001L, 1007L);
		}
	}

	@Test
	void latestFirstIsTheSameOrderTurnedRound() {
		for (DeadlineStore store : List.of(h2, postgres)) {
			assertThat(all(store, null, true)).as(store == h2 ? "H2" : "PostgreSQL")
				.containsExactly(1007L, 1001L, 1005L, 1003L, 1002L, 1004L);
		}
	}

	@Test
	void onlyTheCasesWhoseResponseTargetStandsSo() {
		for (DeadlineStore store : List.of(h2, postgres)) {
			assertThat(all(store, ResponseTarget.SOON, false)).as(store == h2 ? "H2" : "PostgreSQL")
				.containsExactly(1005L, 1001L);
		}
	}

	@Test
	void aSliceSaysWhenEachCaseIsDue() {
		for (DeadlineStore store : List.of(h2, postgres)) {
			assertThat(store.byNextDue(null, false, null, 1)).singleElement().satisfies((first) -> {
				assertThat(first.caseNumber()).isEqualTo(1004L);
				assertThat(first.dueAt().toInstant()).isEqualTo(NINE.plusMinutes(30).toInstant());
			});
		}
	}

	private static List<Long> all(DeadlineStore store, ResponseTarget state, boolean latestFirst) {
		List<Long> numbers = new ArrayList<>();
		DuePosition after = null;
		for (int slices = 0; slices < 10; slices++) {
			List<DuePosition> slice = store.byNextDue(state, latestFirst, after, 2);
			slice.forEach((position) -> numbers.add(position.caseNumber()));
			if (slice.size() < 2) {
				break;
			}
			after = slice.get(slice.size() - 1);
		}
		return numbers;
	}

}
