package eu.jdservices.caso.timers;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * What the holiday library says for Spain, pinned down so that an upgrade that changes it
 * shows up here.
 */
class HolidaysTests {

	@Test
	void spainHasTenNationalHolidaysIn2026() {
		assertThat(holidaysIn(Holidays.spain(), 2026)).containsExactly("2026-01-01", "2026-01-06", "2026-04-03",
				"2026-05-01", "2026-08-15", "2026-10-12", "2026-11-01", "2026-12-06", "2026-12-08", "2026-12-25");
	}

	@Test
	void spainHasTenNationalHolidaysIn2027() {
		assertThat(holidaysIn(Holidays.spain(), 2027)).containsExactly("2027-01-01", "2027-01-06", "2027-03-26",
				"2027-05-01", "2027-08-15", "2027-10-12", "2027-11-01", "2027-12-06", "2027-12-08", "2027-12-25");
	}

	@Test
	void madridAddsMaundyThursdayDosDeMayoAndTheMondaysAfterSundayHolidays() {
		Holidays madrid = Holidays.publicHolidays("ES", "md");

		assertThat(holidaysIn(madrid, 2026)).contains("2026-04-02", "2026-05-02", "2026-11-02", "2026-12-07")
			.hasSize(14);
		assertThat(holidaysIn(madrid, 2027)).contains("2027-03-25", "2027-05-03")
			.doesNotContain("2027-05-02")
			.hasSize(12);
	}

	@Test
	void aragonAddsSanJorge() {
		Holidays aragon = Holidays.publicHolidays("ES", "ar");

		assertThat(holidaysIn(aragon, 2026)).contains("2026-04-02", "2026-04-23", "2026-11-02", "2026-12-07")
			.hasSize(14);
		assertThat(holidaysIn(aragon, 2027)).contains("2027-03-25", "2027-04-23").hasSize(12);
	}

	@Test
	void countryAndRegionCodesIgnoreCase() {
		assertThat(Holidays.publicHolidays("es", "MD").isHoliday(LocalDate.parse("2027-05-03"))).isTrue();
	}

	@Test
	void anUnknownRegionIsRefusedWithTheKnownOnes() {
		assertThatIllegalArgumentException().isThrownBy(() -> Holidays.publicHolidays("ES", "zz"))
			.withMessageContaining("Unknown holiday region 'zz' of ES")
			.withMessageContaining("an, ar, as");
		assertThatIllegalArgumentException().isThrownBy(() -> Holidays.publicHolidays("ES", "md/xyz"))
			.withMessageContaining("[mad]");
	}

	@Test
	void anUnknownCountryIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Holidays.publicHolidays("XX", ""))
			.withMessageContaining("No public holidays of country 'XX'");
	}

	@Test
	void closedDaysCombineWithPublicHolidays() {
		Holidays closed = Holidays.spain().and(Holidays.on(List.of(LocalDate.parse("2026-12-24"))));

		assertThat(closed.isHoliday(LocalDate.parse("2026-12-24"))).isTrue();
		assertThat(closed.isHoliday(LocalDate.parse("2026-12-25"))).isTrue();
		assertThat(closed.isHoliday(LocalDate.parse("2026-12-23"))).isFalse();
		assertThat(Holidays.none().isHoliday(LocalDate.parse("2026-12-25"))).isFalse();
	}

	private static List<String> holidaysIn(Holidays holidays, int year) {
		return Stream.iterate(LocalDate.of(year, 1, 1), (date) -> date.getYear() == year, (date) -> date.plusDays(1))
			.filter(holidays::isHoliday)
			.map(LocalDate::toString)
			.toList();
	}

}
