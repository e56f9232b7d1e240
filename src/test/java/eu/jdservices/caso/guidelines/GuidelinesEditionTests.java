package eu.jdservices.caso.guidelines;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GuidelinesEditionTests {

	private static final Map<String, String> FACTS = Map.of("addresses.A", "a@jd-services.eu", "customer-window.B",
			"1bd", "calendar.hours.MONDAY", "09:00-18:00", "texts.digest", "0123");

	@Test
	void theSameFactsMakeTheSameVersionWhenEverTheyArePublished() {
		GuidelinesEdition first = GuidelinesEdition.of(FACTS, Instant.parse("2026-01-01T00:00:00Z"));
		GuidelinesEdition again = GuidelinesEdition.of(new java.util.HashMap<>(FACTS), Instant.now());

		assertThat(again.version()).isEqualTo(first.version()).hasSize(8);
		assertThat(GuidelinesEdition.factsOf(first.factsText())).isEqualTo(first.facts());
	}

	@Test
	void aChangedWindowAndANewHolidayAreWhatChanged() {
		GuidelinesEdition before = GuidelinesEdition.of(FACTS, Instant.now());
		Map<String, String> changed = new java.util.HashMap<>(FACTS);
		changed.put("customer-window.B", "2bd");
		changed.put("calendar.holidays.closed-days", "2026-12-24");

		GuidelinesEdition after = GuidelinesEdition.of(changed, Instant.now());

		assertThat(after.version()).isNotEqualTo(before.version());
		assertThat(after.changesFrom(before)).containsExactlyInAnyOrder(Topic.CUSTOMER_WINDOWS, Topic.HOLIDAYS);
		assertThat(before.changesFrom(before)).isEmpty();
	}

}
