package eu.jdservices.caso.timers;

import java.time.LocalTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class OfficeHoursTests {

	@Test
	void readsARange() {
		assertThat(OfficeHours.valueOf("09:00-18:00"))
			.isEqualTo(new OfficeHours(LocalTime.of(9, 0), LocalTime.of(18, 0)));
		assertThat(OfficeHours.valueOf(" 9:30 - 14:00 "))
			.isEqualTo(new OfficeHours(LocalTime.of(9, 30), LocalTime.of(14, 0)));
	}

	@Test
	void readsTheEndOfTheDayAs2400() {
		OfficeHours allDay = OfficeHours.valueOf("00:00-24:00");

		assertThat(allDay.untilMidnight()).isTrue();
		assertThat(allDay).hasToString("00:00-24:00");
		assertThat(OfficeHours.valueOf("22:00-24:00")).hasToString("22:00-24:00");
	}

	@Test
	void printsAsItIsWritten() {
		assertThat(OfficeHours.valueOf("09:00-18:00")).hasToString("09:00-18:00");
		assertThat(OfficeHours.valueOf("09:00-18:00").untilMidnight()).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "18:00-09:00", "09:00-09:00", "22:00-06:00" })
	void refusesRangesThatDoNotEndAfterTheyStart(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> OfficeHours.valueOf(text))
			.withMessageContaining("end before they start");
	}

	@ParameterizedTest
	@ValueSource(strings = { "09:00-00:00", "25:00-26:00", "09:60-10:00", "24:00-24:00", "nine to five", "09:00", "" })
	void refusesTextThatIsNotARange(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> OfficeHours.valueOf(text))
			.withMessageContaining("Invalid office hours '" + text + "'");
	}

}
