package eu.jdservices.caso.timers;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Moments written as local time in Madrid, and calendars built from office hours written
 * as text.
 */
final class CalendarFixtures {

	static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

	private CalendarFixtures() {
	}

	/** {@code 2026-12-24T16:00} in Madrid. */
	static Instant madrid(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(MADRID).toInstant();
	}

	/** Monday to Friday 09:00-18:00 in Madrid, closed on these holidays. */
	static BusinessCalendar officeHours(Holidays holidays) {
		return BusinessCalendar.of(MADRID, mondayToFriday("09:00-18:00"), holidays);
	}

	/** The default calendar: Monday to Friday 09:00-18:00, Spanish national holidays. */
	static BusinessCalendar spain() {
		return officeHours(Holidays.spain());
	}

	static Map<DayOfWeek, List<OfficeHours>> mondayToFriday(String... ranges) {
		Map<DayOfWeek, List<OfficeHours>> week = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
				DayOfWeek.FRIDAY)) {
			week.put(day, hours(ranges));
		}
		return week;
	}

	static Map<DayOfWeek, List<OfficeHours>> everyDay(String... ranges) {
		Map<DayOfWeek, List<OfficeHours>> week = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek day : DayOfWeek.values()) {
			week.put(day, hours(ranges));
		}
		return week;
	}

	static List<OfficeHours> hours(String... ranges) {
		return Arrays.stream(ranges).map(OfficeHours::valueOf).toList();
	}

}
