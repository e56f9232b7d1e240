package eu.jdservices.caso.outbound;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import eu.jdservices.caso.support.MigratedH2;
import eu.jdservices.caso.support.MovableClock;
import org.junit.jupiter.api.Test;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxHealthIndicatorTests {

	static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

	final MigratedH2 database = MigratedH2.create();

	final MovableClock clock = new MovableClock(NOW);

	final OutboxHealthIndicator indicator = new OutboxHealthIndicator(this.database.jdbc(), this.clock,
			new OutboundProperties("JD Services", Path.of("outbox"), 2, 50, Duration.ofMillis(500),
					Duration.ofMinutes(5), Duration.ofSeconds(5), Duration.ofMinutes(30), 60, "http://localhost:8080",
					null, Duration.ofMinutes(10), "c@jd-services.eu", new OutboundProperties.Verification(10),
					new OutboundProperties.Dkim(null, null, null), Duration.ofSeconds(10)));

	@Test
	void emptyOutboxIsUp() {
		assertThat(this.indicator.health().getStatus()).isEqualTo(Status.UP);
	}

	@Test
	void mailDueForLessThanTheThresholdIsNoProblem() {
		queued("PENDING", NOW.minus(Duration.ofMinutes(9)));

		assertThat(this.indicator.health().getStatus()).isEqualTo(Status.UP);
	}

	@Test
	void outboxIsDownWhenAMailHasWaitedForASenderLongerThanTheThreshold() {
		queued("PENDING", NOW.minus(Duration.ofMinutes(2)));
		queued("PENDING", NOW.minus(Duration.ofMinutes(11)));

		Health health = this.indicator.health();

		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("oldestDueWaiting", "PT11M").containsEntry("stuckAfter", "PT10M");
	}

	@Test
	void mailWaitingForItsNextAttemptIsNotStuck() {
		queued("PENDING", NOW.plus(Duration.ofMinutes(30)));
		queued("FAILED", NOW.minus(Duration.ofDays(1)));
		queued("SENT", NOW.minus(Duration.ofDays(1)));

		assertThat(this.indicator.health().getStatus()).isEqualTo(Status.UP);
	}

	@Test
	void outboxIsDownWhenTheDatabaseIsDown() {
		this.database.shutDown();

		assertThat(this.indicator.health().getStatus()).isEqualTo(Status.DOWN);
	}

	private void queued(String status, Instant nextAttempt) {
		this.database.jdbc()
			.sql("""
					INSERT INTO outbound_mail (kind, message_id, envelope_from, recipients, raw, status, attempts,
						next_attempt_at, created_at)
					VALUES ('NOTICE', :messageId, 'c@jd-services.eu', 'mario.pueyo@talleresebro.es', X'00', :status,
						0, :next, :next)""")
			.param("messageId", UUID.randomUUID().toString())
			.param("status", status)
			.param("next", OffsetDateTime.ofInstant(nextAttempt, ZoneOffset.UTC))
			.update();
	}

}
