package eu.jdservices.caso.status;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the status page shows at a moment: each service with its state and its history of
 * days, the open incidents with their updates, the maintenance to come.
 *
 * @param services every catalogue service, by name
 * @param incidents open incidents (and maintenance under way), newest first
 * @param upcoming scheduled maintenance that has not started, soonest first
 * @param at the moment
 */
public record StatusBoard(List<ServiceStatus> services, List<Incident> incidents, List<Incident> upcoming,
		OffsetDateTime at) {

	/**
	 * One service on the page.
	 *
	 * @param key its catalogue key
	 * @param name its name
	 * @param state its state now
	 * @param history one entry per day, the oldest first, ending today
	 */
	public record ServiceStatus(String key, String name, ServiceState state, List<DayState> history) {
	}

	/** The names of the services of an incident, for the page. */
	public List<String> namesOf(Incident incident) {
		return incident.services()
			.stream()
			.map((key) -> this.services.stream()
				.filter((service) -> service.key().equals(key))
				.map(ServiceStatus::name)
				.findFirst()
				.orElse(key))
			.toList();
	}

}
