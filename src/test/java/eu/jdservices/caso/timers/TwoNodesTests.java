package eu.jdservices.caso.timers;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import eu.jdservices.caso.CasoApplication;
import eu.jdservices.caso.support.EnabledIfPostgres;
import eu.jdservices.caso.support.Postgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two Caso nodes on one PostgreSQL database sweep the same timers at the same time: each
 * timer fires exactly once.
 */
@EnabledIfPostgres
class TwoNodesTests {

	static ConfigurableApplicationContext first;

	static ConfigurableApplicationContext second;

	@BeforeAll
	static void startTwoNodes() {
		first = node();
		second = node();
	}

	@AfterAll
	static void stopNodes() {
		if (first != null) {
			first.close();
		}
		if (second != null) {
			second.close();
		}
	}

	static ConfigurableApplicationContext node() {
		// command-line arguments: they win over application.properties
		return new SpringApplicationBuilder(CasoApplication.class).run("--spring.datasource.url=" + Postgres.url(),
				"--spring.datasource.username=" + Postgres.USER, "--spring.datasource.password=", "--server.port=0",
				"--caso.intake.smtp.enabled=false", "--caso.timers.sweep-interval=1h",
				"--caso.admin.password=test-admin-secret", "--caso.data-dir=target/test-data/" + UUID.randomUUID());
	}

	@Test
	void everyDueTimerFiresOnceWhenTwoNodesSweepTogether() throws Exception {
		JdbcClient jdbc = first.getBean(JdbcClient.class);
		String tag = "two-nodes-" + UUID.randomUUID();
		OffsetDateTime past = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5);
		int timers = 500;
		for (int i = 0; i < timers; i++) {
			jdbc.sql("""
					INSERT INTO timers_timer (case_number, kind, severity, window_start, window_end, due_at, pending)
					VALUES (:number, 'RESPONSE_SOON', 'C', :past, :past, :past, TRUE)""")
				.param("number", -1_000_000L - i)
				.param("past", past)
				.update();
		}
		long pendingBefore = jdbc.sql("SELECT COUNT(*) FROM timers_timer WHERE pending = TRUE AND due_at <= :now")
			.param("now", OffsetDateTime.now(ZoneOffset.UTC))
			.query(Long.class)
			.single();

		// the first node claims a batch and holds it (its transaction still open) while
		// the second sweeps
		CountDownLatch claimed = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		TransactionTemplate firstTransactions = first.getBean(TransactionTemplate.class);
		TimerStore firstStore = first.getBean(TimerStore.class);
		CompletableFuture<Integer> byFirst = CompletableFuture.supplyAsync(() -> firstTransactions.execute((status) -> {
			int size = firstStore.claimDue(OffsetDateTime.now(ZoneOffset.UTC), 100, "first").size();
			claimed.countDown();
			await(release);
			return size;
		}));
		claimed.await();
		int bySecond = second.getBean(TimerSweep.class).sweep();
		release.countDown();
		int fired = byFirst.get() + bySecond;

		assertThat(byFirst.get()).isEqualTo(100);
		assertThat(bySecond).as("the second node skips what the first holds").isEqualTo((int) pendingBefore - 100);
		assertThat(fired).isEqualTo((int) pendingBefore);
		List<Long> unfired = jdbc.sql("""
				SELECT case_number FROM timers_timer WHERE case_number <= -1000000 AND fired_at IS NULL""")
			.query(Long.class)
			.list();
		assertThat(unfired).as("timers left unfired (%s)", tag).isEmpty();

	}

	static void await(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
