package eu.jdservices.caso.timers;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * The timers' meters (README "Health and metrics"), of all nodes (the figures come from
 * the database): timers due now, and timers overdue, due for longer than one sweep
 * interval, which the sweep should have fired already.
 */
@Component
class TimersMetrics {

	private final TimerStore timers;

	private final Clock clock;

	TimersMetrics(MeterRegistry registry, TimerStore timers, Clock clock, TimersProperties properties) {
		this.timers = timers;
		this.clock = clock;
		Duration sweepInterval = properties.sweepInterval();
		Gauge.builder("caso.timers.due", () -> countDue(Duration.ZERO))
			.description("Pending timers that are due; NaN without database")
			.register(registry);
		Gauge.builder("caso.timers.overdue", () -> countDue(sweepInterval))
			.description("Pending timers due for longer than one sweep interval (caso.timers.sweep-interval)")
			.register(registry);
	}

	/** Timers due for longer than {@code since}; NaN when the database cannot be read. */
	private double countDue(Duration since) {
		try {
			return this.timers.countDue(OffsetDateTime.now(this.clock).minus(since));
		}
		catch (DataAccessException ex) {
			return Double.NaN;
		}
	}

}
