package eu.jdservices.caso.meetings;

import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contacts' time zone from their organisation's country.
 */
class ContactZonesTests {

	static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

	@Test
	void theCanaryIslandsHaveTheirOwnZone() {
		assertThat(ContactZones.of("ES-CN", MADRID)).isEqualTo(ZoneId.of("Atlantic/Canary"));
		assertThat(ContactZones.of("pt", MADRID)).isEqualTo(ZoneId.of("Europe/Lisbon"));
	}

	@Test
	void anUnknownOrMissingCountryIsTheProvidersZone() {
		assertThat(ContactZones.of(null, MADRID)).isEqualTo(MADRID);
		assertThat(ContactZones.of("US", MADRID)).isEqualTo(MADRID);
	}

}
