package eu.jdservices.caso.timers;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The provider's business calendar (S2.2, S4.3): weekly office hours in a time zone,
 * closed on holidays. Business time is the time the office is open, measured in real
 * elapsed time (an office open across a daylight-saving change counts the hour that
 * really passed). Pure: time comes from the arguments, nothing is read after
 * construction.
 * <p>
 * A calendar made by {@link #twentyFourSeven()} is always open: business time is elapsed
 * time and business days are calendar days.
 * <p>
 * Every search gives up with an {@link IllegalStateException} after
 * {@value #MAX_CLOSED_DAYS} days in a row without an opening (a misconfigured calendar).
 */
public final class BusinessCalendar {

	/** The provider's time zone unless configured otherwise. */
	public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Madrid");

	/** Three years: longer without an opening is a misconfiguration. */
	static final int MAX_CLOSED_DAYS = 3 * 366;

	private final ZoneId zone;

	private final Map<DayOfWeek, List<OfficeHours>> week;

	private final Holidays holidays;

	private final boolean alwaysOpen;

	private BusinessCalendar(ZoneId zone, Map<DayOfWeek, List<OfficeHours>> week, Holidays holidays,
			boolean alwaysOpen) {
		this.zone = zone;
		this.week = week;
		this.holidays = holidays;
		this.alwaysOpen = alwaysOpen;
	}

	/**
	 * A calendar of office hours.
	 * @param zone the time zone the office hours and holidays are in
	 * @param week office hours per day of the week; a day without entry or with an empty
	 * list is closed; ranges of a day may not overlap (a split day is two ranges)
	 * @param holidays days closed all day
	 * @return the calendar
	 * @throws IllegalArgumentException for overlapping ranges or a week without any hours
	 */
	public static BusinessCalendar of(ZoneId zone, Map<DayOfWeek, List<OfficeHours>> week, Holidays holidays) {
		Objects.requireNonNull(zone, "zone");
		Objects.requireNonNull(holidays, "holidays");
		Map<DayOfWeek, List<OfficeHours>> days = new EnumMap<>(DayOfWeek.class);
		week.forEach((day, ranges) -> days.put(day, sorted(day, ranges)));
		if (days.values().stream().allMatch(List::isEmpty)) {
			throw new IllegalArgumentException("No office hours on any day of the week");
		}
		return new BusinessCalendar(zone, Collections.unmodifiableMap(days), holidays, false);
	}

	private static List<OfficeHours> sorted(DayOfWeek day, List<OfficeHours> ranges) {
		List<OfficeHours> sorted = new ArrayList<>(ranges);
		sorted.sort(Comparator.comparing(OfficeHours::opens));
		for (int i = 1; i < sorted.size(); i++) {
			OfficeHours before = sorted.get(i - 1);
			if (before.untilMidnight() || before.closes().isAfter(sorted.get(i).opens())) {
				throw new IllegalArgumentException(
						"Overlapping office hours on " + day + ": " + before + " and " + sorted.get(i));
			}
		}
		return List.copyOf(sorted);
	}

	/** Always open, in {@link #DEFAULT_ZONE}. */
	public static BusinessCalendar twentyFourSeven() {
		return twentyFourSeven(DEFAULT_ZONE);
	}

	/**
	 * Always open; the zone only decides what a calendar day is for
	 * {@link #addBusinessDays}.
	 * @param zone the time zone
	 * @return the calendar
	 */
	public static BusinessCalendar twentyFourSeven(ZoneId zone) {
		return new BusinessCalendar(Objects.requireNonNull(zone, "zone"), Map.of(), Holidays.none(), true);
	}

	public ZoneId zone() {
		return this.zone;
	}

	public boolean isTwentyFourSeven() {
		return this.alwaysOpen;
	}

	/**
	 * The office hours of a day of the week, in order.
	 * @param day the day
	 * @return its ranges; empty when the office is closed that day (and for a 24x7
	 * calendar, which has no hours)
	 */
	public List<OfficeHours> hoursOn(DayOfWeek day) {
		return this.week.getOrDefault(day, List.of());
	}

	/**
	 * The days of a year on which the office stays closed all day: public holidays and
	 * the provider's own closed days (none for a 24x7 calendar).
	 * @param year the year
	 * @return the days, in order
	 */
	public List<LocalDate> holidaysIn(Year year) {
		List<LocalDate> days = new ArrayList<>();
		for (LocalDate day = year.atDay(1); day.getYear() == year.getValue(); day = day.plusDays(1)) {
			if (!this.alwaysOpen && this.holidays.isHoliday(day)) {
				days.add(day);
			}
		}
		return days;
	}

	/**
	 * Whether the office is open at that moment (opening time included, closing time
	 * not).
	 * @param at the moment
	 * @return {@code true} when open
	 */
	public boolean isOpen(Instant at) {
		if (this.alwaysOpen) {
			return true;
		}
		return spansOn(localDate(at)).stream().anyMatch((span) -> span.contains(at));
	}

	/**
	 * The first open moment at or after {@code from}: {@code from} itself when open.
	 * @param from the moment to search from
	 * @return the next opening
	 */
	public Instant nextOpening(Instant from) {
		return this.alwaysOpen ? from : openSpanFrom(from).start();
	}

	/**
	 * The moment when {@code duration} of business time has passed since {@code start}.
	 * Only open time counts; a start outside office hours begins at the next opening, so
	 * a zero duration gives {@link #nextOpening}. A duration that ends exactly at closing
	 * time gives that closing time, not the next opening.
	 * @param start the start
	 * @param duration business time, not negative
	 * @return the end
	 */
	public Instant addBusinessTime(Instant start, Duration duration) {
		requireNotNegative(duration);
		if (this.alwaysOpen) {
			return start.plus(duration);
		}
		Duration remaining = duration;
		Instant at = start;
		while (true) {
			Span span = openSpanFrom(at);
			Duration open = span.length();
			if (remaining.compareTo(open) <= 0) {
				return span.start().plus(remaining);
			}
			remaining = remaining.minus(open);
			at = span.end();
		}
	}

	/**
	 * The moment {@code days} business days after {@code start}. A business day is a day
	 * with office hours that is not a holiday. The count starts at the next opening
	 * ({@code start} itself when open); the result is the same local time (wall-clock
	 * time in the calendar's zone, so across a daylight-saving change it is an hour more
	 * or less of elapsed time) on the {@code days}-th business day after that opening's
	 * day. When the office is closed at that time on that day (its hours differ), the
	 * result is moved into the day's hours: to its opening when earlier, otherwise to the
	 * closing just before. Zero days gives the next opening.
	 * <p>
	 * On a 24x7 calendar business days are calendar days: the same local time
	 * {@code days} days later.
	 * @param start the start
	 * @param days business days, not negative
	 * @return the end
	 */
	public Instant addBusinessDays(Instant start, int days) {
		if (days < 0) {
			throw new IllegalArgumentException("Negative business days: " + days);
		}
		if (this.alwaysOpen) {
			return start.atZone(this.zone).plusDays(days).toInstant();
		}
		ZonedDateTime opening = nextOpening(start).atZone(this.zone);
		LocalDate date = opening.toLocalDate();
		int counted = 0;
		int closedInARow = 0;
		while (counted < days) {
			date = date.plusDays(1);
			if (spansOn(date).isEmpty()) {
				if (++closedInARow > MAX_CLOSED_DAYS) {
					throw neverOpen(opening.toInstant());
				}
			}
			else {
				counted++;
				closedInARow = 0;
			}
		}
		return days == 0 ? opening.toInstant() : sameTimeWithinHours(date, opening.toLocalTime());
	}

	/**
	 * The business time between two moments: how long the office is open in
	 * {@code [from, to)}. Zero when {@code to} is not after {@code from}.
	 * @param from the start
	 * @param to the end
	 * @return the open time in between
	 */
	public Duration businessTimeBetween(Instant from, Instant to) {
		if (!to.isAfter(from)) {
			return Duration.ZERO;
		}
		if (this.alwaysOpen) {
			return Duration.between(from, to);
		}
		Duration total = Duration.ZERO;
		LocalDate last = localDate(to);
		for (LocalDate date = localDate(from); !date.isAfter(last); date = date.plusDays(1)) {
			for (Span span : spansOn(date)) {
				Instant start = max(span.start(), from);
				Instant end = min(span.end(), to);
				if (end.isAfter(start)) {
					total = total.plus(Duration.between(start, end));
				}
			}
		}
		return total;
	}

	private Instant sameTimeWithinHours(LocalDate date, LocalTime time) {
		Instant wanted = ZonedDateTime.of(date, time, this.zone).toInstant();
		List<Span> spans = spansOn(date);
		Instant result = spans.get(0).start();
		for (Span span : spans) {
			if (span.contains(wanted)) {
				return wanted;
			}
			if (!wanted.isBefore(span.end())) {
				result = span.end();
			}
		}
		return result;
	}

	/** The first open span ending after {@code from}, starting no earlier than it. */
	private Span openSpanFrom(Instant from) {
		LocalDate date = localDate(from);
		for (int day = 0; day <= MAX_CLOSED_DAYS; day++) {
			for (Span span : spansOn(date.plusDays(day))) {
				if (span.end().isAfter(from)) {
					return new Span(max(span.start(), from), span.end());
				}
			}
		}
		throw neverOpen(from);
	}

	private IllegalStateException neverOpen(Instant from) {
		return new IllegalStateException(
				"The business calendar has no opening in the " + MAX_CLOSED_DAYS + " days after "
						+ from.atZone(this.zone).toLocalDate() + ": check the office hours, holidays and closed days");
	}

	private List<Span> spansOn(LocalDate date) {
		List<OfficeHours> ranges = this.week.getOrDefault(date.getDayOfWeek(), List.of());
		if (ranges.isEmpty() || this.holidays.isHoliday(date)) {
			return List.of();
		}
		List<Span> spans = new ArrayList<>(ranges.size());
		for (OfficeHours range : ranges) {
			Instant start = ZonedDateTime.of(date, range.opens(), this.zone).toInstant();
			Instant end = range.untilMidnight() ? date.plusDays(1).atStartOfDay(this.zone).toInstant()
					: ZonedDateTime.of(date, range.closes(), this.zone).toInstant();
			// a range inside a daylight-saving gap has no time
			if (end.isAfter(start)) {
				spans.add(new Span(start, end));
			}
		}
		return spans;
	}

	private LocalDate localDate(Instant at) {
		return at.atZone(this.zone).toLocalDate();
	}

	private static void requireNotNegative(Duration duration) {
		if (duration.isNegative()) {
			throw new IllegalArgumentException("Negative business time: " + duration);
		}
	}

	private static Instant max(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

	private static Instant min(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

	@Override
	public String toString() {
		return this.alwaysOpen ? "24x7 (" + this.zone + ")" : "BusinessCalendar " + this.week + " (" + this.zone + ")";
	}

	/** An open stretch of time, {@code [start, end)}. */
	private record Span(Instant start, Instant end) {

		boolean contains(Instant at) {
			return !at.isBefore(this.start) && at.isBefore(this.end);
		}

		Duration length() {
			return Duration.between(this.start, this.end);
		}

	}

}
