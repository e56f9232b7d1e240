package eu.jdservices.caso.intake;

import java.time.Clock;
import java.util.List;

import eu.jdservices.caso.support.MigratedH2;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.subethamail.smtp.server.SessionHandler;

import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class IntakeMetricsTests {

	final MigratedH2 database = MigratedH2.create();

	final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	final IntakeProperties properties = IntakeFixtures.properties(2, java.util.List.of());

	final TriageBacklog backlog = new TriageBacklog(this.properties);

	final IntakeMetrics metrics = new IntakeMetrics(this.registry, this.backlog, this.properties);

	final IntakeStore store = new IntakeStore(this.database.jdbc(), Clock.systemUTC(), this.metrics);

	@Test
	void everyRecordedDecisionCountsOnceUnderItsFirstReasonAndOnceForEachReason() {
		this.store.decide(stored(), "ana@x.es", Decision.CASE_OPENED,
				List.of(Reason.VAGUE_SUBJECT, Reason.UNKNOWN_SENDER), null, 1001L);
		this.store.decide(stored(), "ana@x.es", Decision.CASE_OPENED, List.of(), null, 1002L);

		assertThat(received("CASE_OPENED", "VAGUE_SUBJECT")).isEqualTo(1);
		assertThat(received("CASE_OPENED", "none")).isEqualTo(1);
		assertThat(this.registry.find("caso.mail.received").tag("reason", "UNKNOWN_SENDER").counter()).isNull();
		assertThat(reasons("CASE_OPENED", "VAGUE_SUBJECT")).isEqualTo(1);
		assertThat(reasons("CASE_OPENED", "UNKNOWN_SENDER")).isEqualTo(1);
	}

	@Test
	void decisionRolledBackIsNotCounted() {
		long id = stored();
		TransactionTemplate transactions = new TransactionTemplate(
				new DataSourceTransactionManager(this.database.dataSource()));

		transactions.executeWithoutResult((status) -> {
			this.store.decide(id, "ana@x.es", Decision.CASE_OPENED, List.of(), null, 1001L);
			status.setRollbackOnly();
		});
		assertThat(this.registry.find("caso.mail.received").counter()).isNull();

		transactions.executeWithoutResult((status) -> this.store.decide(id, "ana@x.es", Decision.QUARANTINED,
				List.of(Reason.UNPARSEABLE), null, null));
		assertThat(received("QUARANTINED", "UNPARSEABLE")).isEqualTo(1);
	}

	@Test
	void triageBacklogIsShownWithItsLimit() {
		this.backlog.added(1);

		assertThat(this.registry.get("caso.triage.backlog").gauge().value()).isEqualTo(1);
		assertThat(this.registry.get("caso.triage.backlog.limit").gauge().value()).isEqualTo(2);
	}

	@Test
	void smtpSessionsAreCountedAndTheOpenOnesShown() {
		SessionHandler sessions = this.metrics.smtpSessions();

		assertThat(sessions.accept(null).accepted()).isTrue();
		sessions.accept(null);
		sessions.onSessionEnd(null);

		assertThat(this.registry.get("caso.smtp.sessions").counter().count()).isEqualTo(2);
		assertThat(this.registry.get("caso.smtp.sessions.open").gauge().value()).isEqualTo(1);
	}

	private long stored() {
		return this.store.insert(new IntakeStore.Envelope("ana@x.es", List.of("c@x.es"), "127.0.0.1", "client"),
				"Subject: x\r\n\r\nx\r\n".getBytes(), null, true);
	}

	private double received(String decision, String reason) {
		return this.registry.get("caso.mail.received")
			.tag("decision", decision)
			.tag("reason", reason)
			.counter()
			.count();
	}

	private double reasons(String decision, String reason) {
		return this.registry.get("caso.mail.reasons").tag("decision", decision).tag("reason", reason).counter().count();
	}

}
