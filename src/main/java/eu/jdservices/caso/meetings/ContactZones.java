package eu.jdservices.caso.meetings;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

/**
 * The time zone a meeting is written to the contacts in: their organisation's country's
 * (the directory's ISO 3166 code; {@code ES-CN} the Canary Islands), else the provider's
 * own. Countries with more than one zone (and those not listed) get the provider's.
 */
final class ContactZones {

	private static final Map<String, String> ZONES = Map.ofEntries(Map.entry("ES", "Europe/Madrid"),
			Map.entry("ES-CE", "Africa/Ceuta"), Map.entry("ES-ML", "Africa/Ceuta"),
			Map.entry("ES-CN", "Atlantic/Canary"), Map.entry("PT", "Europe/Lisbon"), Map.entry("AD", "Europe/Andorra"),
			Map.entry("FR", "Europe/Paris"), Map.entry("IT", "Europe/Rome"), Map.entry("DE", "Europe/Berlin"),
			Map.entry("AT", "Europe/Vienna"), Map.entry("BE", "Europe/Brussels"), Map.entry("NL", "Europe/Amsterdam"),
			Map.entry("LU", "Europe/Luxembourg"), Map.entry("IE", "Europe/Dublin"), Map.entry("GB", "Europe/London"),
			Map.entry("CH", "Europe/Zurich"), Map.entry("PL", "Europe/Warsaw"), Map.entry("CZ", "Europe/Prague"),
			Map.entry("DK", "Europe/Copenhagen"), Map.entry("SE", "Europe/Stockholm"),
			Map.entry("FI", "Europe/Helsinki"), Map.entry("GR", "Europe/Athens"), Map.entry("MA", "Africa/Casablanca"));

	private ContactZones() {
	}

	static ZoneId of(String country, ZoneId provider) {
		if (country == null || country.isBlank()) {
			return provider;
		}
		String zone = ZONES.get(country.strip().toUpperCase(Locale.ROOT));
		return (zone != null) ? ZoneId.of(zone) : provider;
	}

}
