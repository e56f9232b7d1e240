package eu.jdservices.caso.meetings;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * When a reminder of a meeting goes: its lead time before the start, except that a
 * reminder of a non-A case never goes at night in the contacts' zone — one due in the
 * night goes when the night starts, the evening before. A reminder whose time has passed
 * does not go.
 */
final class ReminderTimes {

	private final LocalTime nightStarts;

	private final LocalTime nightEnds;

	ReminderTimes(LocalTime nightStarts, LocalTime nightEnds) {
		this.nightStarts = nightStarts;
		this.nightEnds = nightEnds;
	}

	Optional<Instant> due(Instant start, Duration before, ZoneId zone, boolean severityA, Instant now) {
		ZonedDateTime at = start.minus(before).atZone(zone);
		if (!severityA && isNight(at.toLocalTime())) {
			ZonedDateTime evening = at.toLocalTime().isBefore(this.nightEnds) ? at.minusDays(1) : at;
			at = evening.with(this.nightStarts);
		}
		Instant due = at.toInstant();
		return due.isAfter(now) && due.isBefore(start) ? Optional.of(due) : Optional.empty();
	}

	private boolean isNight(LocalTime time) {
		return time.isAfter(this.nightStarts) || time.isBefore(this.nightEnds);
	}

}
