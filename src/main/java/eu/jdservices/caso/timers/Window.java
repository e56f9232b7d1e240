package eu.jdservices.caso.timers;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long a party has to act, and on which clock. Written as a whole number and a unit:
 * <ul>
 * <li>{@code 30m}, {@code 1h}, {@code 2d}: elapsed time on the 24x7 clock (a day is 24
 * hours); also an ISO-8601 duration such as {@code PT1H};</li>
 * <li>{@code 90bm}, {@code 4bh}: business minutes and hours, time the office is
 * open;</li>
 * <li>{@code 1bd}, {@code 3bd}: business days, the same time of day that many business
 * days later (see {@link BusinessCalendar#addBusinessDays}).</li>
 * </ul>
 * A window is never zero or negative.
 */
public sealed interface Window permits Window.Elapsed, Window.BusinessTime, Window.BusinessDays {

	/**
	 * When the window closes.
	 * @param start when it opened
	 * @param calendar the business calendar (not used by elapsed windows)
	 * @return the end
	 */
	Instant end(Instant start, BusinessCalendar calendar);

	/**
	 * When a fraction of the window has passed, measured on the window's own clock: for
	 * business days, that fraction of the business time up to the end. {@code 0.5} is the
	 * middle of the window.
	 * @param fraction between 0 and 1
	 * @param start when the window opened
	 * @param calendar the business calendar
	 * @return the moment
	 */
	Instant at(double fraction, Instant start, BusinessCalendar calendar);

	/**
	 * Parses the syntax above; also the conversion Spring Boot uses when binding
	 * {@code caso.timers.windows.*}.
	 * @param text for example {@code 1h}, {@code 4bh}, {@code 1bd} or {@code PT1H}
	 * @return the window
	 * @throws IllegalArgumentException if the text is not a window
	 */
	static Window valueOf(String text) {
		String value = text.strip().toLowerCase(Locale.ROOT);
		if (value.startsWith("p")) {
			try {
				return new Elapsed(Duration.parse(value.toUpperCase(Locale.ROOT)));
			}
			catch (DateTimeParseException ex) {
				throw invalid(text);
			}
		}
		Matcher m = Pattern.compile("(\\d{1,9})\\s*(m|h|d|bm|bh|bd)").matcher(value);
		if (!m.matches()) {
			throw invalid(text);
		}
		long amount = Long.parseLong(m.group(1));
		return switch (m.group(2)) {
			case "m" -> new Elapsed(Duration.ofMinutes(amount));
			case "h" -> new Elapsed(Duration.ofHours(amount));
			case "d" -> new Elapsed(Duration.ofDays(amount));
			case "bm" -> new BusinessTime(Duration.ofMinutes(amount));
			case "bh" -> new BusinessTime(Duration.ofHours(amount));
			default -> new BusinessDays(Math.toIntExact(amount));
		};
	}

	private static IllegalArgumentException invalid(String text) {
		return new IllegalArgumentException("Invalid window '" + text + "': write a number and a unit: m, h or d "
				+ "(elapsed, 24x7), bm or bh (business minutes or hours), bd (business days); or ISO-8601 like PT1H");
	}

	private static void requirePositive(Duration duration) {
		Objects.requireNonNull(duration, "duration");
		if (duration.isZero() || duration.isNegative()) {
			throw new IllegalArgumentException("A window is longer than zero: " + duration);
		}
	}

	private static Duration fraction(Duration duration, double fraction) {
		if (!(fraction >= 0 && fraction <= 1)) {
			throw new IllegalArgumentException("A fraction of a window is between 0 and 1: " + fraction);
		}
		return Duration.ofMillis(Math.round(duration.toMillis() * fraction));
	}

	private static String text(Duration duration, String prefix) {
		if (duration.toSecondsPart() == 0 && duration.toNanosPart() == 0) {
			if (duration.toMinutes() % 60 != 0) {
				return duration.toMinutes() + prefix + "m";
			}
			if (prefix.isEmpty() && duration.toHours() % 24 == 0) {
				return duration.toDays() + "d";
			}
			return duration.toHours() + prefix + "h";
		}
		return duration.toString();
	}

	/**
	 * Elapsed time on the 24x7 clock.
	 *
	 * @param duration how long
	 */
	record Elapsed(Duration duration) implements Window {

		public Elapsed {
			requirePositive(duration);
		}

		@Override
		public Instant end(Instant start, BusinessCalendar calendar) {
			return start.plus(this.duration);
		}

		@Override
		public Instant at(double fraction, Instant start, BusinessCalendar calendar) {
			return start.plus(fraction(this.duration, fraction));
		}

		@Override
		public String toString() {
			return text(this.duration, "");
		}

	}

	/**
	 * Time the office is open.
	 *
	 * @param duration how much business time
	 */
	record BusinessTime(Duration duration) implements Window {

		public BusinessTime {
			requirePositive(duration);
			if (duration.toSecondsPart() != 0 || duration.toNanosPart() != 0) {
				throw new IllegalArgumentException("Business time is counted in whole minutes: " + duration);
			}
		}

		@Override
		public Instant end(Instant start, BusinessCalendar calendar) {
			return calendar.addBusinessTime(start, this.duration);
		}

		@Override
		public Instant at(double fraction, Instant start, BusinessCalendar calendar) {
			return calendar.addBusinessTime(start, fraction(this.duration, fraction));
		}

		@Override
		public String toString() {
			return text(this.duration, "b");
		}

	}

	/**
	 * Business days.
	 *
	 * @param days how many
	 */
	record BusinessDays(int days) implements Window {

		public BusinessDays {
			if (days <= 0) {
				throw new IllegalArgumentException("A window is longer than zero: " + days + "bd");
			}
		}

		@Override
		public Instant end(Instant start, BusinessCalendar calendar) {
			return calendar.addBusinessDays(start, this.days);
		}

		@Override
		public Instant at(double fraction, Instant start, BusinessCalendar calendar) {
			Instant opening = calendar.nextOpening(start);
			Duration open = calendar.businessTimeBetween(opening, end(start, calendar));
			return calendar.addBusinessTime(opening, fraction(open, fraction));
		}

		@Override
		public String toString() {
			return this.days + "bd";
		}

	}

}
