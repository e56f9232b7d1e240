package eu.jdservices.caso.intake.parsing;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lenient parser for the Date header: RFC 5322 and its common deviations (no day name,
 * two-digit years, missing seconds, zone names, comments, trailing junk), asctime and ISO
 * 8601. Gives {@code null} when nothing fits.
 */
final class MailDates {

	private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
			"oct", "nov", "dec");

	private static final Pattern RFC = Pattern.compile("(\\d{1,2})[\\s-]+([a-z]{3})[a-z]*\\.?[\\s-]+(\\d{2,4}),?\\s+"
			+ "(\\d{1,2}):(\\d{1,2})(?::(\\d{1,2}))?(?:\\.\\d+)?\\s*([+-]\\d{1,2}:?\\d{2}|[a-z]{1,5}\\b)?");

	private static final Pattern ASCTIME = Pattern.compile("([a-z]{3})[a-z]*\\s+(\\d{1,2})\\s+"
			+ "(\\d{1,2}):(\\d{1,2})(?::(\\d{1,2}))?\\s+(?:([+-]\\d{4}|[a-z]{1,5})\\s+)?(\\d{4})");

	private static final Map<String, Integer> ZONES = Map.ofEntries(Map.entry("ut", 0), Map.entry("utc", 0),
			Map.entry("gmt", 0), Map.entry("z", 0), Map.entry("est", -5), Map.entry("edt", -4), Map.entry("cst", -6),
			Map.entry("cdt", -5), Map.entry("mst", -7), Map.entry("mdt", -6), Map.entry("pst", -8),
			Map.entry("pdt", -7), Map.entry("cet", 1), Map.entry("cest", 2), Map.entry("met", 1), Map.entry("mest", 2),
			Map.entry("bst", 1), Map.entry("eet", 2), Map.entry("eest", 3), Map.entry("wet", 0), Map.entry("west", 1));

	private MailDates() {
	}

	static OffsetDateTime parse(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.toLowerCase(Locale.ROOT);
		if (text.length() > 200) {
			text = text.substring(0, 200);
		}
		try {
			Matcher rfc = RFC.matcher(text);
			if (rfc.find()) {
				int month = MONTHS.indexOf(rfc.group(2)) + 1;
				if (month > 0) {
					return build(year(rfc.group(3)), month, rfc.group(1), rfc.group(4), rfc.group(5), rfc.group(6),
							rfc.group(7));
				}
			}
			Matcher asctime = ASCTIME.matcher(text);
			if (asctime.find()) {
				int month = MONTHS.indexOf(asctime.group(1)) + 1;
				if (month > 0) {
					return build(Integer.parseInt(asctime.group(7)), month, asctime.group(2), asctime.group(3),
							asctime.group(4), asctime.group(5), asctime.group(6));
				}
			}
			return OffsetDateTime.parse(value.trim());
		}
		catch (DateTimeException | NumberFormatException ex) {
			return null;
		}
	}

	private static int year(String digits) {
		int year = Integer.parseInt(digits);
		if (digits.length() <= 2) {
			return (year < 50) ? 2000 + year : 1900 + year;
		}
		return (digits.length() == 3) ? 1900 + year : year;
	}

	private static OffsetDateTime build(int year, int month, String day, String hour, String minute, String second,
			String zone) {
		LocalDateTime local = LocalDateTime.of(year, month, Integer.parseInt(day), Integer.parseInt(hour),
				Integer.parseInt(minute), (second != null) ? Math.min(59, Integer.parseInt(second)) : 0);
		return OffsetDateTime.of(local, offset(zone));
	}

	private static ZoneOffset offset(String zone) {
		if (zone == null) {
			return ZoneOffset.UTC;
		}
		if (zone.startsWith("+") || zone.startsWith("-")) {
			String digits = zone.substring(1).replace(":", "");
			if (digits.length() == 3) {
				digits = "0" + digits;
			}
			int hours = Integer.parseInt(digits.substring(0, 2));
			int minutes = Integer.parseInt(digits.substring(2, 4));
			if (hours > 18 || minutes > 59) {
				return ZoneOffset.UTC;
			}
			int sign = zone.startsWith("-") ? -1 : 1;
			return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
		}
		Integer hours = ZONES.get(zone);
		return ZoneOffset.ofHours((hours != null) ? hours : 0);
	}

}
