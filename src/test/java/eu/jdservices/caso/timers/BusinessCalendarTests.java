package eu.jdservices.caso.timers;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static eu.jdservices.caso.timers.CalendarFixtures.MADRID;
import static eu.jdservices.caso.timers.CalendarFixtures.everyDay;
import static eu.jdservices.caso.timers.CalendarFixtures.hours;
import static eu.jdservices.caso.timers.CalendarFixtures.madrid;
import static eu.jdservices.caso.timers.CalendarFixtures.mondayToFriday;
import static eu.jdservices.caso.timers.CalendarFixtures.officeHours;
import static eu.jdservices.caso.timers.CalendarFixtures.spain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class BusinessCalendarTests {

	final BusinessCalendar calendar = spain();

	@Nested
	class OfficeHoursAndWeekends {

		@Test
		void isOpenFromOpeningUntilJustBeforeClosing() {
			assertThat(calendar.isOpen(madrid("2026-11-17T08:59:59"))).isFalse();
			assertThat(calendar.isOpen(madrid("2026-11-17T09:00"))).isTrue();
			assertThat(calendar.isOpen(madrid("2026-11-17T17:59:59"))).isTrue();
			assertThat(calendar.isOpen(madrid("2026-11-17T18:00"))).isFalse();
		}

		@Test
		void isClosedAllWeekend() {
			assertThat(calendar.isOpen(madrid("2026-11-14T12:00"))).isFalse();
			assertThat(calendar.isOpen(madrid("2026-11-15T12:00"))).isFalse();
			assertThat(calendar.nextOpening(madrid("2026-11-14T12:00"))).isEqualTo(madrid("2026-11-16T09:00"));
		}

		@Test
		void nextOpeningOfAnOpenMomentIsThatMoment() {
			assertThat(calendar.nextOpening(madrid("2026-11-17T11:23"))).isEqualTo(madrid("2026-11-17T11:23"));
		}

		@Test
		void businessHoursFromFridayAfternoonGoOnOnMonday() {
			assertThat(calendar.addBusinessTime(madrid("2026-11-13T16:00"), Duration.ofHours(3)))
				.isEqualTo(madrid("2026-11-16T10:00"));
		}

		@Test
		void aFullDayOfBusinessTimeEndsAtClosingNotAtTheNextOpening() {
			assertThat(calendar.addBusinessTime(madrid("2026-11-16T09:00"), Duration.ofHours(9)))
				.isEqualTo(madrid("2026-11-16T18:00"));
			assertThat(calendar.addBusinessTime(madrid("2026-11-16T09:00"), Duration.ofHours(9).plusMinutes(1)))
				.isEqualTo(madrid("2026-11-17T09:01"));
		}

		@Test
		void businessTimeAcrossAWeekSkipsBothWeekends() {
			assertThat(calendar.addBusinessTime(madrid("2026-11-13T12:00"), Duration.ofHours(45)))
				.isEqualTo(madrid("2026-11-20T12:00"));
		}

		@Test
		void oneBusinessDayFromFridayIsMondayAtTheSameTime() {
			assertThat(calendar.addBusinessDays(madrid("2026-11-13T11:00"), 1)).isEqualTo(madrid("2026-11-16T11:00"));
		}

		@Test
		void fiveBusinessDaysAreOneWeek() {
			assertThat(calendar.addBusinessDays(madrid("2026-11-18T15:45"), 5)).isEqualTo(madrid("2026-11-25T15:45"));
		}

		@Test
		void zeroBusinessDaysFromAnOpenMomentIsThatMoment() {
			assertThat(calendar.addBusinessDays(madrid("2026-11-18T15:45"), 0)).isEqualTo(madrid("2026-11-18T15:45"));
		}

	}

	@Nested
	class SpanishNationalHolidays {

		@Test
		void isClosedOnNationalHolidays() {
			for (String day : List.of("2026-10-12", "2026-12-08", "2026-12-25", "2027-01-01", "2027-01-06",
					"2027-03-26")) {
				assertThat(calendar.isOpen(madrid(day + "T12:00"))).as(day).isFalse();
			}
		}

		@Test
		void isOpenOnWorkingDaysAroundThem() {
			for (String day : List.of("2026-12-07", "2026-12-09", "2026-12-24", "2026-12-31", "2027-01-07",
					"2027-03-25")) {
				assertThat(calendar.isOpen(madrid(day + "T12:00"))).as(day).isTrue();
			}
		}

		@Test
		void businessDaysSkipTheInmaculada() {
			assertThat(calendar.addBusinessDays(madrid("2026-12-07T10:00"), 1)).isEqualTo(madrid("2026-12-09T10:00"));
		}

		@Test
		void threeBusinessDaysFromChristmasEveSkipChristmasAndTheWeekend() {
			assertThat(calendar.addBusinessDays(madrid("2026-12-24T16:00"), 3)).isEqualTo(madrid("2026-12-30T16:00"));
		}

		@Test
		void businessHoursFromChristmasEveGoOnAfterChristmasAndTheWeekend() {
			assertThat(calendar.addBusinessTime(madrid("2026-12-24T16:00"), Duration.ofHours(4)))
				.isEqualTo(madrid("2026-12-28T11:00"));
		}

		@Test
		void businessDaysSkipNewYearAndEpiphany() {
			Instant newYearsEve = madrid("2026-12-31T10:00");

			assertThat(calendar.addBusinessDays(newYearsEve, 1)).isEqualTo(madrid("2027-01-04T10:00"));
			assertThat(calendar.addBusinessDays(newYearsEve, 2)).isEqualTo(madrid("2027-01-05T10:00"));
			assertThat(calendar.addBusinessDays(newYearsEve, 3)).isEqualTo(madrid("2027-01-07T10:00"));
		}

		@Test
		void nextOpeningAfterChristmasIsTheMondayAfter() {
			assertThat(calendar.nextOpening(madrid("2026-12-25T10:00"))).isEqualTo(madrid("2026-12-28T09:00"));
		}

	}

	@Nested
	class StartsOutsideOfficeHours {

		@Test
		void anEarlyMorningStartBeginsAtOpening() {
			Instant early = madrid("2026-11-17T07:30");

			assertThat(calendar.addBusinessTime(early, Duration.ofHours(1))).isEqualTo(madrid("2026-11-17T10:00"));
			assertThat(calendar.addBusinessDays(early, 1)).isEqualTo(madrid("2026-11-18T09:00"));
		}

		@Test
		void anEveningStartBeginsAtTheNextMorningsOpening() {
			Instant evening = madrid("2026-11-17T20:00");

			assertThat(calendar.addBusinessTime(evening, Duration.ofHours(1))).isEqualTo(madrid("2026-11-18T10:00"));
			assertThat(calendar.addBusinessDays(evening, 1)).isEqualTo(madrid("2026-11-19T09:00"));
		}

		@Test
		void aStartAtClosingTimeBeginsAtTheNextOpening() {
			assertThat(calendar.addBusinessTime(madrid("2026-11-17T18:00"), Duration.ofMinutes(30)))
				.isEqualTo(madrid("2026-11-18T09:30"));
		}

		@Test
		void aWeekendStartBeginsOnMonday() {
			Instant saturday = madrid("2026-11-14T11:00");

			assertThat(calendar.addBusinessTime(saturday, Duration.ofHours(2))).isEqualTo(madrid("2026-11-16T11:00"));
			assertThat(calendar.addBusinessDays(saturday, 1)).isEqualTo(madrid("2026-11-17T09:00"));
		}

		@Test
		void aHolidayStartBeginsOnTheNextWorkingDay() {
			Instant inmaculada = madrid("2026-12-08T10:00");

			assertThat(calendar.addBusinessTime(inmaculada, Duration.ofHours(1))).isEqualTo(madrid("2026-12-09T10:00"));
			assertThat(calendar.addBusinessDays(inmaculada, 1)).isEqualTo(madrid("2026-12-10T09:00"));
		}

		@Test
		void nothingAddedToAClosedMomentIsTheNextOpening() {
			assertThat(calendar.addBusinessTime(madrid("2026-11-17T20:00"), Duration.ZERO))
				.isEqualTo(madrid("2026-11-18T09:00"));
			assertThat(calendar.addBusinessDays(madrid("2026-11-17T20:00"), 0)).isEqualTo(madrid("2026-11-18T09:00"));
		}

	}

	@Nested
	class SplitDaysAndUnequalDays {

		final BusinessCalendar split = BusinessCalendar.of(MADRID, mondayToFriday("09:00-14:00", "15:00-18:00"),
				Holidays.spain());

		@Test
		void isClosedOverLunch() {
			assertThat(split.isOpen(madrid("2026-11-17T13:59"))).isTrue();
			assertThat(split.isOpen(madrid("2026-11-17T14:30"))).isFalse();
			assertThat(split.nextOpening(madrid("2026-11-17T14:30"))).isEqualTo(madrid("2026-11-17T15:00"));
		}

		@Test
		void businessTimeSkipsLunch() {
			assertThat(split.addBusinessTime(madrid("2026-11-17T13:00"), Duration.ofHours(2)))
				.isEqualTo(madrid("2026-11-17T16:00"));
			assertThat(split.businessTimeBetween(madrid("2026-11-17T00:00"), madrid("2026-11-18T00:00")))
				.isEqualTo(Duration.ofHours(8));
		}

		@Test
		void aBusinessDayFromTheAfternoonEndsTheNextAfternoon() {
			assertThat(split.addBusinessDays(madrid("2026-11-17T15:30"), 1)).isEqualTo(madrid("2026-11-18T15:30"));
		}

		@Test
		void aBusinessDayEndingAfterAShortDaysClosingEndsAtThatClosing() {
			Map<DayOfWeek, List<OfficeHours>> week = mondayToFriday("09:00-18:00");
			week.put(DayOfWeek.FRIDAY, hours("09:00-15:00"));
			BusinessCalendar shortFridays = BusinessCalendar.of(MADRID, week, Holidays.none());

			assertThat(shortFridays.addBusinessDays(madrid("2026-11-19T17:00"), 1))
				.isEqualTo(madrid("2026-11-20T15:00"));
		}

		@Test
		void aBusinessDayEndingBeforeALateOpeningEndsAtThatOpening() {
			Map<DayOfWeek, List<OfficeHours>> week = mondayToFriday("09:00-18:00");
			week.put(DayOfWeek.MONDAY, hours("10:00-18:00"));
			BusinessCalendar lateMondays = BusinessCalendar.of(MADRID, week, Holidays.none());

			assertThat(lateMondays.addBusinessDays(madrid("2026-11-13T09:30"), 1))
				.isEqualTo(madrid("2026-11-16T10:00"));
		}

		@Test
		void aBusinessDayEndingInALunchBreakEndsAtTheCloseBeforeIt() {
			Map<DayOfWeek, List<OfficeHours>> week = mondayToFriday("09:00-18:00");
			week.put(DayOfWeek.WEDNESDAY, hours("09:00-14:00", "15:00-18:00"));
			BusinessCalendar splitWednesdays = BusinessCalendar.of(MADRID, week, Holidays.none());

			assertThat(splitWednesdays.addBusinessDays(madrid("2026-11-17T14:30"), 1))
				.isEqualTo(madrid("2026-11-18T14:00"));
		}

		@Test
		void overlappingHoursAreRefused() {
			assertThatIllegalArgumentException().isThrownBy(
					() -> BusinessCalendar.of(MADRID, mondayToFriday("09:00-14:00", "13:00-18:00"), Holidays.none()))
				.withMessageContaining("Overlapping office hours on MONDAY: 09:00-14:00 and 13:00-18:00");
		}

		@Test
		void aWeekWithoutHoursIsRefused() {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> BusinessCalendar.of(MADRID, Map.of(DayOfWeek.MONDAY, List.of()), Holidays.none()))
				.withMessageContaining("No office hours");
		}

	}

	@Nested
	class RegionalHolidays {

		final BusinessCalendar madridRegion = officeHours(Holidays.publicHolidays("ES", "md"));

		final BusinessCalendar aragon = officeHours(Holidays.publicHolidays("ES", "ar"));

		@Test
		void madridClosesOnTheMondayAfterDosDeMayoOnASunday() {
			assertThat(madridRegion.isOpen(madrid("2027-05-03T10:00"))).isFalse();
			assertThat(calendar.isOpen(madrid("2027-05-03T10:00"))).isTrue();
			assertThat(madridRegion.addBusinessDays(madrid("2027-04-30T10:00"), 1))
				.isEqualTo(madrid("2027-05-04T10:00"));
			assertThat(calendar.addBusinessDays(madrid("2027-04-30T10:00"), 1)).isEqualTo(madrid("2027-05-03T10:00"));
		}

		@Test
		void madridClosesOnTheMondaysAfterSundayHolidaysOf2026() {
			for (String day : List.of("2026-04-02", "2026-11-02", "2026-12-07")) {
				assertThat(madridRegion.isOpen(madrid(day + "T12:00"))).as(day).isFalse();
				assertThat(calendar.isOpen(madrid(day + "T12:00"))).as(day).isTrue();
			}
		}

		@Test
		void aragonClosesOnSanJorge() {
			assertThat(aragon.isOpen(madrid("2026-04-23T12:00"))).isFalse();
			assertThat(aragon.isOpen(madrid("2027-04-23T12:00"))).isFalse();
			assertThat(madridRegion.isOpen(madrid("2027-04-23T12:00"))).isTrue();
			assertThat(aragon.addBusinessDays(madrid("2027-04-22T12:00"), 1)).isEqualTo(madrid("2027-04-26T12:00"));
		}

		@Test
		void theCityOfMadridAddsSanIsidroAndLaAlmudena() {
			BusinessCalendar city = officeHours(Holidays.publicHolidays("ES", "md/mad"));

			assertThat(city.isOpen(madrid("2026-05-15T12:00"))).isFalse();
			assertThat(city.isOpen(madrid("2026-11-09T12:00"))).isFalse();
			assertThat(madridRegion.isOpen(madrid("2026-05-15T12:00"))).isTrue();
		}

	}

	@Nested
	class ClosedDays {

		final BusinessCalendar withClosedDays = officeHours(Holidays.spain()
			.and(Holidays.on(List.of(LocalDate.parse("2026-12-24"), LocalDate.parse("2026-12-31")))));

		@Test
		void isClosedOnConfiguredDays() {
			assertThat(withClosedDays.isOpen(madrid("2026-12-24T10:00"))).isFalse();
			assertThat(withClosedDays.isOpen(madrid("2026-12-31T10:00"))).isFalse();
			assertThat(withClosedDays.isOpen(madrid("2026-12-30T10:00"))).isTrue();
		}

		@Test
		void businessDaysSkipClosedDaysHolidaysAndWeekendsTogether() {
			assertThat(withClosedDays.addBusinessDays(madrid("2026-12-23T10:00"), 1))
				.isEqualTo(madrid("2026-12-28T10:00"));
			assertThat(withClosedDays.addBusinessDays(madrid("2026-12-30T10:00"), 1))
				.isEqualTo(madrid("2027-01-04T10:00"));
		}

	}

	@Nested
	class DaylightSavingChanges {

		@Test
		void businessDaysKeepTheLocalTimeWhenClocksGoForward() {
			Instant end = calendar.addBusinessDays(madrid("2027-03-25T10:00"), 1);

			assertThat(end).isEqualTo(madrid("2027-03-29T10:00"));
			assertThat(Duration.between(madrid("2027-03-25T10:00"), end)).isEqualTo(Duration.ofHours(4 * 24 - 1));
		}

		@Test
		void businessDaysKeepTheLocalTimeWhenClocksGoBack() {
			Instant end = calendar.addBusinessDays(madrid("2026-10-23T10:00"), 1);

			assertThat(end).isEqualTo(Instant.parse("2026-10-26T09:00:00Z"));
			assertThat(Duration.between(madrid("2026-10-23T10:00"), end)).isEqualTo(Duration.ofHours(3 * 24 + 1));
		}

		@Test
		void businessHoursOverTheChangeCountOnlyOfficeHours() {
			assertThat(calendar.addBusinessTime(madrid("2027-03-25T17:00"), Duration.ofHours(2)))
				.isEqualTo(Instant.parse("2027-03-29T08:00:00Z"));
			assertThat(calendar.addBusinessTime(madrid("2026-10-23T17:00"), Duration.ofHours(2)))
				.isEqualTo(Instant.parse("2026-10-26T09:00:00Z"));
			assertThat(calendar.businessTimeBetween(madrid("2026-10-23T17:00"), madrid("2026-10-26T10:00")))
				.isEqualTo(Duration.ofHours(2));
		}

		@Test
		void anOfficeOpenAllDayHasAShortDayInMarchAndALongDayInOctober() {
			BusinessCalendar allDay = BusinessCalendar.of(MADRID, everyDay("00:00-24:00"), Holidays.none());

			assertThat(allDay.businessTimeBetween(madrid("2027-03-28T00:00"), madrid("2027-03-29T00:00")))
				.isEqualTo(Duration.ofHours(23));
			assertThat(allDay.businessTimeBetween(madrid("2026-10-25T00:00"), madrid("2026-10-26T00:00")))
				.isEqualTo(Duration.ofHours(25));
			assertThat(allDay.addBusinessTime(madrid("2027-03-28T01:30"), Duration.ofHours(1)))
				.isEqualTo(madrid("2027-03-28T03:30"));
			assertThat(allDay.addBusinessDays(madrid("2027-03-27T10:00"), 1)).isEqualTo(madrid("2027-03-28T10:00"));
		}

		@Test
		void nightHoursOverTheChangeCountTheTimeThatReallyPasses() {
			Map<DayOfWeek, List<OfficeHours>> week = Map.of(DayOfWeek.SUNDAY, hours("01:00-04:00"));
			BusinessCalendar nights = BusinessCalendar.of(MADRID, week, Holidays.none());

			assertThat(nights.businessTimeBetween(madrid("2027-03-28T00:00"), madrid("2027-03-29T00:00")))
				.isEqualTo(Duration.ofHours(2));
			assertThat(nights.businessTimeBetween(madrid("2026-10-25T00:00"), madrid("2026-10-26T00:00")))
				.isEqualTo(Duration.ofHours(4));
			assertThat(nights.isOpen(madrid("2027-03-28T03:30"))).isTrue();
		}

		@Test
		void twentyFourSevenHoursAreElapsedTime() {
			BusinessCalendar always = BusinessCalendar.twentyFourSeven();

			assertThat(always.addBusinessTime(madrid("2027-03-28T01:30"), Duration.ofHours(1)))
				.isEqualTo(madrid("2027-03-28T03:30"));
			assertThat(always.addBusinessTime(madrid("2026-10-25T01:30"), Duration.ofHours(2)))
				.isEqualTo(Instant.parse("2026-10-25T01:30:00Z"));
			assertThat(always.businessTimeBetween(madrid("2027-03-27T10:00"), madrid("2027-03-28T10:00")))
				.isEqualTo(Duration.ofHours(23));
		}

		@Test
		void twentyFourSevenDaysAreCalendarDays() {
			BusinessCalendar always = BusinessCalendar.twentyFourSeven();

			assertThat(always.addBusinessDays(madrid("2027-03-27T10:00"), 1)).isEqualTo(madrid("2027-03-28T10:00"));
			assertThat(Duration.between(madrid("2027-03-27T10:00"), madrid("2027-03-28T10:00")))
				.isEqualTo(Duration.ofHours(23));
			assertThat(always.addBusinessDays(madrid("2026-10-24T10:00"), 1)).isEqualTo(madrid("2026-10-25T10:00"));
			assertThat(Duration.between(madrid("2026-10-24T10:00"), madrid("2026-10-25T10:00")))
				.isEqualTo(Duration.ofHours(25));
		}

	}

	@Nested
	class TwentyFourSeven {

		final BusinessCalendar always = BusinessCalendar.twentyFourSeven();

		@Test
		void isOpenAtNightOnWeekendsAndOnHolidays() {
			assertThat(always.isOpen(madrid("2026-12-25T03:00"))).isTrue();
			assertThat(always.isOpen(madrid("2026-11-14T23:59"))).isTrue();
			assertThat(always.nextOpening(madrid("2026-12-25T03:00"))).isEqualTo(madrid("2026-12-25T03:00"));
		}

		@Test
		void addsElapsedTime() {
			assertThat(always.addBusinessTime(madrid("2026-12-24T23:30"), Duration.ofHours(1)))
				.isEqualTo(madrid("2026-12-25T00:30"));
			assertThat(always.addBusinessDays(madrid("2026-12-24T16:00"), 3)).isEqualTo(madrid("2026-12-27T16:00"));
			assertThat(always.businessTimeBetween(madrid("2026-11-13T18:00"), madrid("2026-11-16T09:00")))
				.isEqualTo(Duration.ofHours(63));
		}

		@Test
		void isInMadridUnlessToldOtherwise() {
			assertThat(always.zone()).isEqualTo(MADRID);
			assertThat(always.isTwentyFourSeven()).isTrue();
			assertThat(BusinessCalendar.twentyFourSeven(java.time.ZoneOffset.UTC)
				.addBusinessDays(Instant.parse("2027-03-27T10:00:00Z"), 1))
				.isEqualTo(Instant.parse("2027-03-28T10:00:00Z"));
		}

	}

	@Nested
	class BusinessTimeBetween {

		@Test
		void countsOnlyOpenTime() {
			assertThat(calendar.businessTimeBetween(madrid("2026-11-13T16:00"), madrid("2026-11-16T10:00")))
				.isEqualTo(Duration.ofHours(3));
		}

		@Test
		void threeBusinessDaysOverChristmasAreThreeFullOfficeDays() {
			assertThat(calendar.businessTimeBetween(madrid("2026-12-24T16:00"), madrid("2026-12-30T16:00")))
				.isEqualTo(Duration.ofHours(27));
		}

		@Test
		void isZeroWhenTheEndIsNotAfterTheStart() {
			assertThat(calendar.businessTimeBetween(madrid("2026-11-17T12:00"), madrid("2026-11-17T12:00"))).isZero();
			assertThat(calendar.businessTimeBetween(madrid("2026-11-17T12:00"), madrid("2026-11-17T10:00"))).isZero();
			assertThat(calendar.businessTimeBetween(madrid("2026-11-17T18:00"), madrid("2026-11-18T09:00"))).isZero();
		}

		@Test
		void measuresBackWhatAddBusinessTimeAdded() {
			for (int hour = 0; hour < 24 * 7; hour += 5) {
				Instant start = madrid("2026-12-21T00:17").plus(Duration.ofHours(hour));
				for (Duration added : List.of(Duration.ofMinutes(1), Duration.ofHours(4), Duration.ofHours(9),
						Duration.ofHours(31))) {
					Instant end = calendar.addBusinessTime(start, added);
					assertThat(calendar.businessTimeBetween(start, end)).as("%s + %s", start, added).isEqualTo(added);
				}
			}
		}

		@Test
		void tellsHowMuchOfAWindowHasPassed() {
			Instant start = madrid("2026-12-24T16:00");
			Instant end = calendar.addBusinessDays(start, 3);
			Instant now = madrid("2026-12-28T18:00");

			double passed = (double) calendar.businessTimeBetween(start, now).toMinutes()
					/ calendar.businessTimeBetween(start, end).toMinutes();

			assertThat(passed).isCloseTo(11.0 / 27, org.assertj.core.data.Offset.offset(1e-9));
		}

	}

	@Nested
	class Limits {

		@Test
		void givesUpWhenTheOfficeNeverOpens() {
			BusinessCalendar neverOpen = officeHours(date -> true);

			assertThatIllegalStateException().isThrownBy(() -> neverOpen.nextOpening(madrid("2026-11-17T10:00")))
				.withMessageContaining("no opening in the 1098 days after 2026-11-17");
			assertThatIllegalStateException()
				.isThrownBy(() -> neverOpen.addBusinessTime(madrid("2026-11-17T10:00"), Duration.ofHours(1)));
			assertThatIllegalStateException()
				.isThrownBy(() -> neverOpen.addBusinessDays(madrid("2026-11-17T10:00"), 1));
			assertThat(neverOpen.isOpen(madrid("2026-11-17T10:00"))).isFalse();
			assertThat(neverOpen.businessTimeBetween(madrid("2026-01-01T00:00"), madrid("2036-01-01T00:00"))).isZero();
		}

		@Test
		void findsAnOpeningAfterAVeryLongClosure() {
			BusinessCalendar closedTwoYears = officeHours(date -> date.isBefore(LocalDate.parse("2028-06-01")));

			assertThat(closedTwoYears.nextOpening(madrid("2026-06-01T10:00"))).isEqualTo(madrid("2028-06-01T09:00"));
		}

		@Test
		void refusesNegativeAmounts() {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> calendar.addBusinessTime(madrid("2026-11-17T10:00"), Duration.ofHours(-1)));
			assertThatIllegalArgumentException()
				.isThrownBy(() -> calendar.addBusinessDays(madrid("2026-11-17T10:00"), -1));
		}

	}

}
