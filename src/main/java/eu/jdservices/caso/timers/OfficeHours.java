package eu.jdservices.caso.timers;

import java.time.LocalTime;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One range of office hours within a day, written {@code HH:mm-HH:mm}
 * ({@code 09:00-18:00}). A range ends after it starts and never crosses midnight;
 * {@code 24:00} is the end of the day ({@code 00:00-24:00} is the whole day). A closing
 * time of {@link LocalTime#MIDNIGHT} stands for that {@code 24:00}.
 *
 * @param opens the first open moment
 * @param closes the first moment closed again; midnight for the end of the day
 */
public record OfficeHours(LocalTime opens, LocalTime closes) {

	private static final Pattern RANGE = Pattern.compile("(\\d{1,2}):(\\d{2})\\s*-\\s*(\\d{1,2}):(\\d{2})");

	public OfficeHours {
		Objects.requireNonNull(opens, "opens");
		Objects.requireNonNull(closes, "closes");
		if (!closes.equals(LocalTime.MIDNIGHT) && !opens.isBefore(closes)) {
			throw new IllegalArgumentException("Office hours " + text(opens, closes)
					+ " end before they start; a range cannot cross midnight: split it in two days");
		}
	}

	/**
	 * Parses {@code HH:mm-HH:mm}; also the conversion Spring Boot uses when binding
	 * {@code caso.timers.calendar.hours.*}.
	 * @param text for example {@code 09:00-14:00}
	 * @return the range
	 * @throws IllegalArgumentException if the text is not a valid range
	 */
	public static OfficeHours valueOf(String text) {
		Matcher m = RANGE.matcher(text.strip());
		if (!m.matches()) {
			throw new IllegalArgumentException("Invalid office hours '" + text
					+ "': write a range like 09:00-18:00 (24:00 for the end of the day)");
		}
		LocalTime opens = time(text, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), false);
		LocalTime closes = time(text, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), true);
		if (closes.equals(LocalTime.MIDNIGHT) && !m.group(3).endsWith("24")) {
			throw new IllegalArgumentException("Invalid office hours '" + text
					+ "': a range ends after it starts; write 24:00 for the end of the day");
		}
		return new OfficeHours(opens, closes);
	}

	private static LocalTime time(String text, int hour, int minute, boolean closing) {
		if (closing && hour == 24 && minute == 0) {
			return LocalTime.MIDNIGHT;
		}
		if (hour > 23 || minute > 59) {
			throw new IllegalArgumentException("Invalid office hours '" + text + "': no such time of day");
		}
		return LocalTime.of(hour, minute);
	}

	/** Whether the range runs until the end of the day (24:00). */
	public boolean untilMidnight() {
		return this.closes.equals(LocalTime.MIDNIGHT);
	}

	@Override
	public String toString() {
		return text(this.opens, this.closes);
	}

	private static String text(LocalTime opens, LocalTime closes) {
		return opens + "-" + (closes.equals(LocalTime.MIDNIGHT) ? "24:00" : closes.toString());
	}

}
