package eu.jdservices.caso.outbound;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The outbound module's meters (README "Health and metrics"): the outbox's pending and
 * failed mail (of all nodes: the figures come from the database), and the acknowledgement
 * latency, from the customer's mail being stored to its acknowledgement being sent.
 */
@Component
class OutboundMetrics {

	private final JdbcClient jdbc;

	private final Timer acknowledgementLatency;

	OutboundMetrics(MeterRegistry registry, JdbcClient jdbc) {
		this.jdbc = jdbc;
		for (String status : List.of(Outbox.PENDING, Outbox.FAILED)) {
			Gauge.builder("caso.outbox.mails", () -> count(status))
				.tag("status", status)
				.description("Outbound mails waiting to be sent (PENDING) or given up (FAILED); NaN without database")
				.register(registry);
		}
		this.acknowledgementLatency = Timer.builder("caso.acknowledgement.latency")
			.description("From a customer's mail being stored to its acknowledgement being sent")
			.publishPercentileHistogram()
			.minimumExpectedValue(Duration.ofMillis(10))
			.maximumExpectedValue(Duration.ofHours(1))
			.register(registry);
	}

	/**
	 * An acknowledgement was marked sent in the current transaction: its latency is
	 * recorded once that commits (when the acknowledged mail's stored time is known).
	 */
	void acknowledgementSent(long outboxId) {
		this.jdbc.sql("""
				SELECT inbound_stored_at, sent_at FROM outbound_mail
				WHERE id = :id AND inbound_stored_at IS NOT NULL AND sent_at IS NOT NULL""")
			.param("id", outboxId)
			.query((rs, row) -> Duration.between(rs.getObject("inbound_stored_at", OffsetDateTime.class),
					rs.getObject("sent_at", OffsetDateTime.class)))
			.optional()
			.ifPresent(this::record);
	}

	private void record(Duration latency) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					OutboundMetrics.this.acknowledgementLatency.record(latency);
				}
			});
		}
		else {
			this.acknowledgementLatency.record(latency);
		}
	}

	/** An indexed count; NaN when the database cannot be read. */
	private double count(String status) {
		try {
			return this.jdbc.sql("SELECT COUNT(*) FROM outbound_mail WHERE status = :status")
				.param("status", status)
				.query(Long.class)
				.single();
		}
		catch (DataAccessException ex) {
			return Double.NaN;
		}
	}

}
