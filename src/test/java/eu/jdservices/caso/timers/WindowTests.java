package eu.jdservices.caso.timers;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static eu.jdservices.caso.timers.CalendarFixtures.madrid;
import static eu.jdservices.caso.timers.CalendarFixtures.spain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class WindowTests {

	final BusinessCalendar calendar = spain();

	@Test
	void readsElapsedTimeOnThe24x7Clock() {
		assertThat(Window.valueOf("1h")).isEqualTo(new Window.Elapsed(Duration.ofHours(1)));
		assertThat(Window.valueOf("30m")).isEqualTo(new Window.Elapsed(Duration.ofMinutes(30)));
		assertThat(Window.valueOf("2d")).isEqualTo(new Window.Elapsed(Duration.ofHours(48)));
		assertThat(Window.valueOf("PT1H")).isEqualTo(new Window.Elapsed(Duration.ofHours(1)));
		assertThat(Window.valueOf("pt90m")).isEqualTo(new Window.Elapsed(Duration.ofMinutes(90)));
	}

	@Test
	void readsBusinessTimeAndBusinessDays() {
		assertThat(Window.valueOf("4bh")).isEqualTo(new Window.BusinessTime(Duration.ofHours(4)));
		assertThat(Window.valueOf("90BM")).isEqualTo(new Window.BusinessTime(Duration.ofMinutes(90)));
		assertThat(Window.valueOf(" 3 bd ")).isEqualTo(new Window.BusinessDays(3));
	}

	@Test
	void printsInTheSameSyntax() {
		assertThat(Window.valueOf("1h")).hasToString("1h");
		assertThat(Window.valueOf("PT90M")).hasToString("90m");
		assertThat(Window.valueOf("48h")).hasToString("2d");
		assertThat(Window.valueOf("PT1.5S")).hasToString("PT1.5S");
		assertThat(Window.valueOf("4bh")).hasToString("4bh");
		assertThat(Window.valueOf("90bm")).hasToString("90bm");
		assertThat(Window.valueOf("1bd")).hasToString("1bd");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "1", "h", "1x", "1.5h", "-1h", "1 day", "P", "PTxH" })
	void refusesTextThatIsNotAWindow(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> Window.valueOf(text))
			.withMessageContaining("Invalid window '" + text + "'")
			.withMessageContaining("bd (business days)");
	}

	@ParameterizedTest
	@ValueSource(strings = { "0h", "0bh", "0bd", "PT0S", "PT-1H" })
	void refusesEmptyAndNegativeWindows(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> Window.valueOf(text))
			.withMessageContaining("longer than zero");
	}

	@Test
	void anElapsedWindowIgnoresTheCalendar() {
		Window oneHour = Window.valueOf("1h");

		assertThat(oneHour.end(madrid("2026-12-24T23:30"), calendar)).isEqualTo(madrid("2026-12-25T00:30"));
		assertThat(oneHour.at(0.5, madrid("2026-12-24T23:30"), calendar)).isEqualTo(madrid("2026-12-25T00:00"));
	}

	@Test
	void aBusinessTimeWindowCountsOfficeHours() {
		Window fourHours = Window.valueOf("4bh");

		assertThat(fourHours.end(madrid("2026-11-13T17:00"), calendar)).isEqualTo(madrid("2026-11-16T12:00"));
		assertThat(fourHours.at(0.5, madrid("2026-11-13T17:00"), calendar)).isEqualTo(madrid("2026-11-16T10:00"));
	}

	@Test
	void aBusinessDaysWindowEndsAtTheSameTimeAndIsHalfOverHalfwayThroughItsOfficeHours() {
		Window oneDay = Window.valueOf("1bd");

		assertThat(oneDay.end(madrid("2026-11-13T12:00"), calendar)).isEqualTo(madrid("2026-11-16T12:00"));
		assertThat(oneDay.at(0.5, madrid("2026-11-13T12:00"), calendar)).isEqualTo(madrid("2026-11-13T16:30"));
		assertThat(oneDay.at(0.5, madrid("2026-11-14T12:00"), calendar)).isEqualTo(madrid("2026-11-16T13:30"));
	}

	@Test
	void theWholeWindowPassesAtItsEnd() {
		for (String text : new String[] { "1h", "4bh", "3bd" }) {
			Window window = Window.valueOf(text);
			assertThat(window.at(1, madrid("2026-12-24T16:00"), calendar))
				.isEqualTo(window.end(madrid("2026-12-24T16:00"), calendar));
		}
	}

	@Test
	void refusesFractionsOutsideTheWindow() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Window.valueOf("1h").at(1.5, madrid("2026-11-13T12:00"), calendar));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Window.valueOf("1bd").at(-0.1, madrid("2026-11-13T12:00"), calendar));
	}

}
