package eu.jdservices.caso.timers;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code caso.timers.*}: the business calendar (S4.3) and the windows per severity (S2.2,
 * S2.6). Every setting has a default.
 * <p>
 * Office hours are set per day, {@code caso.timers.calendar.hours.monday=09:00-18:00}: a
 * comma-separated list of {@code HH:mm-HH:mm} ranges ({@code 09:00-14:00,15:00-18:00} for
 * a split day, {@code 00:00-24:00} for the whole day), empty for a closed day. Windows
 * are written as described in {@link Window}: {@code 1h} (24x7 clock), {@code 4bh}
 * (business hours), {@code 1bd} (business days).
 *
 * @param calendar the business calendar
 * @param windows the windows per severity
 * @param sweepInterval how often due timers are looked for; a timer due for longer than
 * this is overdue ({@code caso.timers.overdue})
 */
@Validated
@ConfigurationProperties("caso.timers")
public record TimersProperties(@Valid @NotNull @DefaultValue Calendar calendar,
		@Valid @NotNull @DefaultValue Windows windows, @NotNull @DefaultValue("5s") Duration sweepInterval) {

	/**
	 * {@code caso.timers.calendar.*}.
	 *
	 * @param zone time zone of the office hours and holidays
	 * @param hours office hours per day of the week
	 * @param holidaysCountry ISO 3166 country whose public holidays close the office
	 * (Jollyday); empty for none
	 * @param holidaysRegion subdivision with its own holidays, as Jollyday names it:
	 * {@code md} Comunidad de Madrid, {@code ar} Aragón, {@code ct} Cataluña, …;
	 * {@code md/mad} adds the city of Madrid; empty for the national holidays only
	 * @param closedDays more days the office is closed ({@code 2026-12-24,2026-12-31})
	 * @param twentyFourSeven always open: business time is elapsed time, business days
	 * are calendar days; the hours and holidays are then ignored
	 */
	public record Calendar(@NotNull @DefaultValue("Europe/Madrid") ZoneId zone,
			@Valid @NotNull @DefaultValue Hours hours, @NotNull @DefaultValue("ES") String holidaysCountry,
			@NotNull @DefaultValue("") String holidaysRegion, @NotNull @DefaultValue List<LocalDate> closedDays,
			@DefaultValue("false") boolean twentyFourSeven) {

		/**
		 * The calendar these settings describe.
		 * @return the business calendar
		 * @throws IllegalArgumentException for an unknown holiday country or region, or
		 * overlapping office hours
		 */
		public BusinessCalendar businessCalendar() {
			if (this.twentyFourSeven) {
				return BusinessCalendar.twentyFourSeven(this.zone);
			}
			Holidays publicHolidays = this.holidaysCountry.isBlank() ? Holidays.none()
					: Holidays.publicHolidays(this.holidaysCountry, this.holidaysRegion);
			return BusinessCalendar.of(this.zone, this.hours.byDay(), publicHolidays.and(Holidays.on(this.closedDays)));
		}

	}

	/**
	 * {@code caso.timers.calendar.hours.*}: office hours per day of the week.
	 *
	 * @param monday Monday's hours
	 * @param tuesday Tuesday's hours
	 * @param wednesday Wednesday's hours
	 * @param thursday Thursday's hours
	 * @param friday Friday's hours
	 * @param saturday Saturday's hours
	 * @param sunday Sunday's hours
	 */
	public record Hours(@NotNull @DefaultValue("09:00-18:00") List<OfficeHours> monday,
			@NotNull @DefaultValue("09:00-18:00") List<OfficeHours> tuesday,
			@NotNull @DefaultValue("09:00-18:00") List<OfficeHours> wednesday,
			@NotNull @DefaultValue("09:00-18:00") List<OfficeHours> thursday,
			@NotNull @DefaultValue("09:00-18:00") List<OfficeHours> friday,
			@NotNull @DefaultValue List<OfficeHours> saturday, @NotNull @DefaultValue List<OfficeHours> sunday) {

		Map<DayOfWeek, List<OfficeHours>> byDay() {
			Map<DayOfWeek, List<OfficeHours>> days = new EnumMap<>(DayOfWeek.class);
			days.put(DayOfWeek.MONDAY, this.monday);
			days.put(DayOfWeek.TUESDAY, this.tuesday);
			days.put(DayOfWeek.WEDNESDAY, this.wednesday);
			days.put(DayOfWeek.THURSDAY, this.thursday);
			days.put(DayOfWeek.FRIDAY, this.friday);
			days.put(DayOfWeek.SATURDAY, this.saturday);
			days.put(DayOfWeek.SUNDAY, this.sunday);
			return days;
		}

	}

	/**
	 * {@code caso.timers.windows.*}: the windows of each severity.
	 *
	 * @param a severity A
	 * @param b severity B
	 * @param c severity C
	 */
	public record Windows(@Valid @NotNull @DefaultValue SeverityA a, @Valid @NotNull @DefaultValue SeverityB b,
			@Valid @NotNull @DefaultValue SeverityC c) {

		/**
		 * The windows of a severity.
		 * @param severity {@code A}, {@code B} or {@code C}
		 * @return its windows
		 */
		public SeverityWindows of(String severity) {
			return switch (severity) {
				case "A", "a" -> this.a;
				case "B", "b" -> this.b;
				case "C", "c" -> this.c;
				default -> throw new IllegalArgumentException("No severity " + severity);
			};
		}

	}

	/** The windows of one severity. */
	public sealed interface SeverityWindows permits SeverityA, SeverityB, SeverityC {

		/** How long the customer has to answer a question of the provider (S2.2). */
		Window customerResponse();

		/** How long the provider has to answer a new case. */
		Window firstResponse();

		/** When the reminder goes out, as the fraction of the window passed (S2.6). */
		double reminderAt();

	}

	/**
	 * {@code caso.timers.windows.a.*}.
	 *
	 * @param customerResponse customer response window
	 * @param firstResponse provider first response target
	 * @param reminderAt fraction of a window after which the reminder goes out
	 */
	public record SeverityA(@NotNull @DefaultValue("1h") Window customerResponse,
			@NotNull @DefaultValue("1h") Window firstResponse,
			@DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "1",
					inclusive = false) @DefaultValue("0.5") double reminderAt)
			implements
				SeverityWindows {
	}

	/**
	 * {@code caso.timers.windows.b.*}.
	 *
	 * @param customerResponse customer response window
	 * @param firstResponse provider first response target
	 * @param reminderAt fraction of a window after which the reminder goes out
	 */
	public record SeverityB(@NotNull @DefaultValue("1bd") Window customerResponse,
			@NotNull @DefaultValue("4bh") Window firstResponse,
			@DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "1",
					inclusive = false) @DefaultValue("0.5") double reminderAt)
			implements
				SeverityWindows {
	}

	/**
	 * {@code caso.timers.windows.c.*}.
	 *
	 * @param customerResponse customer response window
	 * @param firstResponse provider first response target
	 * @param reminderAt fraction of a window after which the reminder goes out
	 */
	public record SeverityC(@NotNull @DefaultValue("3bd") Window customerResponse,
			@NotNull @DefaultValue("2bd") Window firstResponse,
			@DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "1",
					inclusive = false) @DefaultValue("0.5") double reminderAt)
			implements
				SeverityWindows {
	}

}
