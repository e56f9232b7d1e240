package eu.jdservices.caso.meetings;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When a meeting's reminder goes.
 */
class ReminderTimesTests {

	static final ReminderTimes TIMES = new ReminderTimes(LocalTime.of(21, 0), LocalTime.of(8, 0));

	static final ZoneId CANARY = ZoneId.of("Atlantic/Canary");

	static final Instant NOW = Instant.parse("2030-03-01T09:00:00Z");

	@Test
	void aReminderGoesItsLeadTimeBeforeTheStart() {
		assertThat(TIMES.due(Instant.parse("2030-03-05T10:00:00Z"), Duration.ofHours(24), CANARY, false, NOW))
			.contains(Instant.parse("2030-03-04T10:00:00Z"));
	}

	@Test
	void aNonACasesReminderDueAtNightGoesWhenTheNightStartsTheEveningBefore() {
		// 08:30 in the Canaries; an hour before is 07:30, at night
		assertThat(TIMES.due(Instant.parse("2030-03-05T08:30:00Z"), Duration.ofHours(1), CANARY, false, NOW))
			.contains(Instant.parse("2030-03-04T21:00:00Z"));
		// 23:30 the day before a meeting at 23:30
		assertThat(TIMES.due(Instant.parse("2030-03-05T23:30:00Z"), Duration.ofHours(24), CANARY, false, NOW))
			.contains(Instant.parse("2030-03-04T21:00:00Z"));
	}

	@Test
	void aSeverityACasesReminderGoesAtNightToo() {
		assertThat(TIMES.due(Instant.parse("2030-03-05T08:30:00Z"), Duration.ofHours(1), CANARY, true, NOW))
			.contains(Instant.parse("2030-03-05T07:30:00Z"));
	}

	@Test
	void aReminderWhoseTimeHasPassedDoesNotGo() {
		assertThat(TIMES.due(Instant.parse("2030-03-01T10:00:00Z"), Duration.ofHours(24), CANARY, false, NOW))
			.isEmpty();
	}

}
