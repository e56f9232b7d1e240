package eu.jdservices.caso.outbound;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Health {@code outbox} (part of readiness): DOWN when the outbox is stuck, that is when
 * the oldest due mail has waited for a sender longer than
 * {@code caso.outbound.stuck-after}. A relay that refuses or is down does not make it
 * stuck: such mail is retried later and is not due meanwhile.
 */
@Component
class OutboxHealthIndicator extends AbstractHealthIndicator {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Duration stuckAfter;

	OutboxHealthIndicator(JdbcClient jdbc, Clock clock, OutboundProperties properties) {
		super("Outbox health check failed");
		this.jdbc = jdbc;
		this.clock = clock;
		this.stuckAfter = properties.stuckAfter();
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		OffsetDateTime now = OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC);
		Optional<OffsetDateTime> oldestDue = this.jdbc.sql("""
				SELECT next_attempt_at FROM outbound_mail WHERE status = 'PENDING' AND next_attempt_at <= :now
				ORDER BY next_attempt_at LIMIT 1""").param("now", now).query(OffsetDateTime.class).optional();
		Duration waiting = oldestDue.map((due) -> Duration.between(due, now)).orElse(Duration.ZERO);
		if (waiting.compareTo(this.stuckAfter) > 0) {
			builder.down();
		}
		else {
			builder.up();
		}
		builder.withDetail("oldestDueWaiting", waiting.toString()).withDetail("stuckAfter", this.stuckAfter.toString());
	}

}
