package eu.jdservices.caso.timers;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import eu.jdservices.caso.support.MigratedH2;
import eu.jdservices.caso.support.MovableClock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

class TimersMetricsTests {

	static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

	final MigratedH2 database = MigratedH2.create();

	final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	final TimersProperties properties = new Binder(
			new MapConfigurationPropertySource(Map.of("caso.timers.sweep-interval", "5s")))
		.bindOrCreate("caso.timers", TimersProperties.class);

	@Test
	void countsTimersDueAndThoseTheSweepShouldHaveFiredAlready() {
		new TimersMetrics(this.registry, new TimerStore(this.database.jdbc()), new MovableClock(NOW), this.properties);
		timer(NOW.plus(Duration.ofMinutes(1)), true);
		timer(NOW.minusSeconds(2), true);
		timer(NOW.minusSeconds(30), true);
		timer(NOW.minus(Duration.ofHours(2)), true);
		timer(NOW.minus(Duration.ofHours(3)), false);

		assertThat(gauge("caso.timers.due")).isEqualTo(3);
		assertThat(gauge("caso.timers.overdue")).as("due for more than one sweep interval").isEqualTo(2);
	}

	@Test
	void gaugesAreNotANumberWhileTheDatabaseIsDown() {
		new TimersMetrics(this.registry, new TimerStore(this.database.jdbc()), new MovableClock(NOW), this.properties);
		this.database.shutDown();

		assertThat(gauge("caso.timers.due")).isNaN();
		assertThat(gauge("caso.timers.overdue")).isNaN();
	}

	private double gauge(String name) {
		return this.registry.get(name).gauge().value();
	}

	private void timer(Instant due, boolean pending) {
		OffsetDateTime at = OffsetDateTime.ofInstant(due, ZoneOffset.UTC);
		this.database.jdbc()
			.sql("""
					INSERT INTO timers_timer (case_number, kind, severity, window_start, window_end, due_at, pending)
					VALUES (1001, 'RESPONSE_BREACHED', 'B', :at, :at, :at, :pending)""")
			.param("at", at)
			.param("pending", pending)
			.update();
	}

}
