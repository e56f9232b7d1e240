package eu.jdservices.caso.timers;

import java.time.LocalDate;
import java.time.Year;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import de.focus_shift.jollyday.core.CalendarHierarchy;
import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;

/**
 * Public holidays from Jollyday. The library's data is read once, here; each year's
 * holidays are computed on first use and kept.
 */
final class JollydayHolidays implements Holidays {

	private final HolidayManager manager;

	private final String[] region;

	private final Map<Integer, Set<LocalDate>> byYear = new ConcurrentHashMap<>();

	JollydayHolidays(String country, String region) {
		if (country == null || country.isBlank()) {
			throw new IllegalArgumentException("No holiday country given");
		}
		String code = country.strip().toLowerCase(Locale.ROOT);
		try {
			this.manager = HolidayManager.getInstance(ManagerParameters.create(code));
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException("No public holidays of country '" + country
					+ "' in the holiday library; use an ISO 3166 code such as ES", ex);
		}
		this.region = (region == null || region.isBlank()) ? new String[0]
				: Arrays.stream(region.strip().toLowerCase(Locale.ROOT).split("/"))
					.map(String::strip)
					.toArray(String[]::new);
		checkRegion(country);
	}

	// Jollyday quietly falls back to the national holidays for a region it does not know
	private void checkRegion(String country) {
		CalendarHierarchy level = this.manager.getCalendarHierarchy();
		for (String part : this.region) {
			CalendarHierarchy next = level.getChildren().get(part);
			if (next == null) {
				throw new IllegalArgumentException("Unknown holiday region '" + String.join("/", this.region) + "' of "
						+ country + ": at '" + part + "' the holiday library knows " + (level.getChildren().isEmpty()
								? "no subdivisions" : new TreeSet<>(level.getChildren().keySet())));
			}
			level = next;
		}
	}

	@Override
	public boolean isHoliday(LocalDate date) {
		return this.byYear.computeIfAbsent(date.getYear(), this::holidaysOf).contains(date);
	}

	// a holiday moved off a Sunday can move into the next year, so look at both sides
	private Set<LocalDate> holidaysOf(int year) {
		return IntStream.rangeClosed(year - 1, year + 1)
			.mapToObj((y) -> this.manager.getHolidays(Year.of(y), HolidayType.PUBLIC_HOLIDAY, this.region))
			.flatMap(Set::stream)
			.map(Holiday::getDate)
			.filter((date) -> date.getYear() == year)
			.collect(Collectors.toUnmodifiableSet());
	}

}
