package eu.jdservices.caso.timers;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static eu.jdservices.caso.timers.CalendarFixtures.hours;
import static eu.jdservices.caso.timers.CalendarFixtures.madrid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code caso.timers.*} bound exactly as Spring Boot binds it.
 */
class TimersPropertiesTests {

	@Test
	void theCalendarDefaultsToMadridOfficeHoursAndSpanishHolidays() {
		TimersProperties.Calendar calendar = bind().calendar();

		assertThat(calendar.zone()).isEqualTo(ZoneId.of("Europe/Madrid"));
		assertThat(calendar.hours().monday()).isEqualTo(hours("09:00-18:00"));
		assertThat(calendar.hours().friday()).isEqualTo(hours("09:00-18:00"));
		assertThat(calendar.hours().saturday()).isEmpty();
		assertThat(calendar.hours().sunday()).isEmpty();
		assertThat(calendar.holidaysCountry()).isEqualTo("ES");
		assertThat(calendar.holidaysRegion()).isEmpty();
		assertThat(calendar.closedDays()).isEmpty();
		assertThat(calendar.twentyFourSeven()).isFalse();
	}

	@Test
	void theWindowsDefaultToTheGuidelines() {
		TimersProperties.Windows windows = bind().windows();

		assertThat(windows.a().customerResponse()).isEqualTo(new Window.Elapsed(Duration.ofHours(1)));
		assertThat(windows.a().firstResponse()).isEqualTo(new Window.Elapsed(Duration.ofHours(1)));
		assertThat(windows.b().customerResponse()).isEqualTo(new Window.BusinessDays(1));
		assertThat(windows.b().firstResponse()).isEqualTo(new Window.BusinessTime(Duration.ofHours(4)));
		assertThat(windows.c().customerResponse()).isEqualTo(new Window.BusinessDays(3));
		assertThat(windows.c().firstResponse()).isEqualTo(new Window.BusinessDays(2));
		assertThat(windows.of("A").reminderAt()).isEqualTo(0.5);
		assertThat(windows.of("B").reminderAt()).isEqualTo(0.5);
		assertThat(windows.of("c").reminderAt()).isEqualTo(0.5);
	}

	@Test
	void theDefaultCalendarClosesOnSpanishHolidays() {
		BusinessCalendar calendar = bind().calendar().businessCalendar();

		assertThat(calendar.addBusinessDays(madrid("2026-12-24T16:00"), 3)).isEqualTo(madrid("2026-12-30T16:00"));
		assertThat(calendar.isOpen(madrid("2027-05-03T10:00"))).isTrue();
	}

	@Test
	void hoursBindPerDayKeepingTheOtherDays() {
		TimersProperties.Hours hours = bind("calendar.hours.saturday=10:00-14:00",
				"calendar.hours.monday=09:00-14:00, 15:00-18:00", "calendar.hours.friday=")
			.calendar()
			.hours();

		assertThat(hours.saturday()).isEqualTo(hours("10:00-14:00"));
		assertThat(hours.monday()).isEqualTo(hours("09:00-14:00", "15:00-18:00"));
		assertThat(hours.friday()).isEmpty();
		assertThat(hours.tuesday()).isEqualTo(hours("09:00-18:00"));
	}

	@Test
	void regionClosedDaysAndZoneBind() {
		TimersProperties.Calendar calendar = bind("calendar.zone=Atlantic/Canary", "calendar.holidays-region=md",
				"calendar.closed-days=2026-12-24,2026-12-31")
			.calendar();

		assertThat(calendar.zone()).isEqualTo(ZoneId.of("Atlantic/Canary"));
		assertThat(calendar.closedDays()).containsExactly(LocalDate.parse("2026-12-24"), LocalDate.parse("2026-12-31"));
		BusinessCalendar business = calendar.businessCalendar();
		assertThat(business.isOpen(LocalDate.parse("2027-05-03").atTime(10, 0).atZone(calendar.zone()).toInstant()))
			.isFalse();
		assertThat(business.isOpen(LocalDate.parse("2026-12-24").atTime(10, 0).atZone(calendar.zone()).toInstant()))
			.isFalse();
	}

	@Test
	void closedDaysBindAsAnIndexedList() {
		assertThat(bind("calendar.closed-days[0]=2026-12-24", "calendar.closed-days[1]=2027-01-05").calendar()
			.closedDays()).containsExactly(LocalDate.parse("2026-12-24"), LocalDate.parse("2027-01-05"));
	}

	@Test
	void withoutAHolidayCountryOnlyClosedDaysClose() {
		BusinessCalendar calendar = bind("calendar.holidays-country=", "calendar.closed-days=2026-12-24").calendar()
			.businessCalendar();

		assertThat(calendar.isOpen(madrid("2026-12-25T10:00"))).isTrue();
		assertThat(calendar.isOpen(madrid("2026-12-24T10:00"))).isFalse();
	}

	@Test
	void aTwentyFourSevenCalendarIsAlwaysOpen() {
		BusinessCalendar calendar = bind("calendar.twenty-four-seven=true").calendar().businessCalendar();

		assertThat(calendar.isTwentyFourSeven()).isTrue();
		assertThat(calendar.isOpen(madrid("2026-12-25T03:00"))).isTrue();
	}

	@Test
	void windowsBindFromTheirSyntax() {
		TimersProperties.Windows windows = bind("windows.a.first-response=PT30M", "windows.b.customer-response=2bd",
				"windows.c.first-response=6bh", "windows.c.reminder-at=0.75")
			.windows();

		assertThat(windows.a().firstResponse()).isEqualTo(new Window.Elapsed(Duration.ofMinutes(30)));
		assertThat(windows.a().customerResponse()).isEqualTo(new Window.Elapsed(Duration.ofHours(1)));
		assertThat(windows.b().customerResponse()).isEqualTo(new Window.BusinessDays(2));
		assertThat(windows.c().firstResponse()).isEqualTo(new Window.BusinessTime(Duration.ofHours(6)));
		assertThat(windows.c().reminderAt()).isEqualTo(0.75);
	}

	@Test
	void aBadWindowFailsNamingTheKeyAndTheSyntax() {
		assertThatExceptionOfType(BindException.class).isThrownBy(() -> bind("windows.b.customer-response=1 day"))
			.withMessageContaining("caso.timers.windows.b.customer-response")
			.havingRootCause()
			.withMessageContaining("Invalid window '1 day'");
	}

	@Test
	void badOfficeHoursFailNamingTheKey() {
		assertThatExceptionOfType(BindException.class).isThrownBy(() -> bind("calendar.hours.monday=18:00-09:00"))
			.withMessageContaining("caso.timers.calendar.hours.monday")
			.havingRootCause()
			.withMessageContaining("18:00-09:00");
	}

	@Test
	void aBadZoneFailsNamingTheKey() {
		assertThatExceptionOfType(BindException.class).isThrownBy(() -> bind("calendar.zone=Europe/Madird"))
			.withMessageContaining("caso.timers.calendar.zone");
	}

	@Test
	void aBadClosedDayFailsNamingTheKey() {
		assertThatExceptionOfType(BindException.class).isThrownBy(() -> bind("calendar.closed-days=24/12/2026"))
			.withMessageContaining("caso.timers.calendar.closed-days");
	}

	static TimersProperties bind(String... settings) {
		Map<String, String> map = new HashMap<>();
		for (String setting : settings) {
			int equals = setting.indexOf('=');
			map.put("caso.timers." + setting.substring(0, equals), setting.substring(equals + 1));
		}
		return new Binder(new MapConfigurationPropertySource(map)).bindOrCreate("caso.timers", TimersProperties.class);
	}

}
