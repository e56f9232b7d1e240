package eu.jdservices.caso.outbound;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import eu.jdservices.caso.support.MigratedH2;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class OutboundMetricsTests {

	static final Instant STORED = Instant.parse("2026-11-25T10:00:00Z");

	final MigratedH2 database = MigratedH2.create();

	final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	final OutboundMetrics metrics = new OutboundMetrics(this.registry, this.database.jdbc());

	@Test
	void gaugesCountPendingAndFailedMail() {
		mail("PENDING", null, null);
		mail("PENDING", null, null);
		mail("FAILED", null, null);
		mail("SENT", STORED, STORED.plusSeconds(1));

		assertThat(outbox("PENDING")).isEqualTo(2);
		assertThat(outbox("FAILED")).isEqualTo(1);
	}

	@Test
	void gaugesAreNotANumberWhileTheDatabaseIsDown() {
		this.database.shutDown();

		assertThat(outbox("PENDING")).isNaN();
		assertThat(outbox("FAILED")).isNaN();
	}

	@Test
	void acknowledgementLatencyRunsFromStoredToSent() {
		long id = mail("SENT", STORED, STORED.plusMillis(1500));

		this.metrics.acknowledgementSent(id);

		Timer latency = this.registry.get("caso.acknowledgement.latency").timer();
		assertThat(latency.count()).isEqualTo(1);
		assertThat(latency.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(1500);
	}

	@Test
	void mailWithoutAStoredTimeIsNotMeasured() {
		long id = mail("SENT", null, STORED);

		this.metrics.acknowledgementSent(id);

		assertThat(this.registry.get("caso.acknowledgement.latency").timer().count()).isZero();
	}

	@Test
	void latencyCountsOnlyOnceTheSendingIsCommitted() {
		long id = mail("SENT", STORED, STORED.plusSeconds(2));
		TransactionTemplate transactions = new TransactionTemplate(
				new DataSourceTransactionManager(this.database.dataSource()));

		transactions.executeWithoutResult((status) -> {
			this.metrics.acknowledgementSent(id);
			status.setRollbackOnly();
		});
		assertThat(this.registry.get("caso.acknowledgement.latency").timer().count()).isZero();

		transactions.executeWithoutResult((status) -> this.metrics.acknowledgementSent(id));
		assertThat(this.registry.get("caso.acknowledgement.latency").timer().count()).isEqualTo(1);
	}

	private double outbox(String status) {
		return this.registry.get("caso.outbox.mails").tag("status", status).gauge().value();
	}

	private long mail(String status, Instant inboundStoredAt, Instant sentAt) {
		this.database.jdbc()
			.sql("""
					INSERT INTO outbound_mail (kind, message_id, envelope_from, recipients, raw, status, attempts,
						next_attempt_at, created_at, sent_at, inbound_stored_at)
					VALUES ('ACKNOWLEDGEMENT', :messageId, 'c@jd-services.eu', 'mario.pueyo@talleresebro.es', X'00',
						:status, 0, :now, :now, :sentAt, :storedAt)""")
			.param("messageId", UUID.randomUUID().toString())
			.param("status", status)
			.param("now", at(STORED))
			.param("sentAt", at(sentAt))
			.param("storedAt", at(inboundStoredAt))
			.update();
		return this.database.jdbc().sql("SELECT MAX(id) FROM outbound_mail").query(Long.class).single();
	}

	private static OffsetDateTime at(Instant instant) {
		return (instant != null) ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC) : null;
	}

}
