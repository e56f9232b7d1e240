package eu.jdservices.caso.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A service's state now and its history of days, from the incidents that hit it: the
 * worst impact wins; a scheduled maintenance counts only between its start and its end.
 * Pure: no I/O, the moment is given.
 */
final class ServiceStates {

	private ServiceStates() {
	}

	/** The state now of the service with this key. */
	static ServiceState now(String service, List<Incident> incidents, Instant now) {
		return ServiceState.worst(incidents.stream()
			.filter((incident) -> incident.services().contains(service) && incident.isOnAt(now))
			.map((incident) -> incident.impact().state())
			.toList());
	}

	/**
	 * One day per entry, the oldest first, ending today: the worst state the service was
	 * in at any time of that day (in the provider's time zone).
	 */
	static List<DayState> history(String service, List<Incident> incidents, Instant now, ZoneId zone, int days) {
		LocalDate today = now.atZone(zone).toLocalDate();
		List<Incident> hitting = incidents.stream()
			.filter((incident) -> incident.services().contains(service))
			.toList();
		List<DayState> history = new ArrayList<>(days);
		for (int back = days - 1; back >= 0; back--) {
			LocalDate day = today.minusDays(back);
			Instant start = day.atStartOfDay(zone).toInstant();
			Instant end = day.plusDays(1).atStartOfDay(zone).toInstant();
			List<ServiceState> states = new ArrayList<>();
			for (Incident incident : hitting) {
				Instant from = incident.from();
				Instant until = incident.until(now);
				if (from.isBefore(end) && (until.isAfter(start) || (until.equals(from) && !from.isBefore(start)))) {
					states.add(incident.impact().state());
				}
			}
			history.add(new DayState(day, ServiceState.worst(states)));
		}
		return history;
	}

}
