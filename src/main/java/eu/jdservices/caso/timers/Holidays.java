package eu.jdservices.caso.timers;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;

/**
 * The days on which the office stays closed whatever its weekly hours say: public
 * holidays and the provider's own closed days.
 */
@FunctionalInterface
public interface Holidays {

	/**
	 * Whether the office is closed all of that day.
	 * @param date a local date of the calendar's time zone
	 * @return {@code true} on a holiday
	 */
	boolean isHoliday(LocalDate date);

	/** No holidays at all. */
	static Holidays none() {
		return date -> false;
	}

	/**
	 * Exactly these days.
	 * @param dates closed days
	 * @return the holidays
	 */
	static Holidays on(Collection<LocalDate> dates) {
		Set<LocalDate> days = Set.copyOf(dates);
		return days::contains;
	}

	/**
	 * The public holidays of a country, and of one of its subdivisions, from the holiday
	 * library Jollyday. Holidays that fall on a Sunday and are moved to the Monday count
	 * on the Monday.
	 * @param country ISO 3166 code ({@code ES})
	 * @param region subdivision code as Jollyday names it ({@code md} for Madrid,
	 * {@code ar} for Aragón; deeper levels separated by {@code /}, {@code md/mad} for the
	 * city of Madrid); blank for the national holidays only
	 * @return the holidays
	 * @throws IllegalArgumentException for an unknown country or region
	 */
	static Holidays publicHolidays(String country, String region) {
		return new JollydayHolidays(country, region);
	}

	/** The national public holidays of Spain. */
	static Holidays spain() {
		return publicHolidays("ES", "");
	}

	/**
	 * Closed on the days of either.
	 * @param other more closed days
	 * @return both combined
	 */
	default Holidays and(Holidays other) {
		return date -> isHoliday(date) || other.isHoliday(date);
	}

}
