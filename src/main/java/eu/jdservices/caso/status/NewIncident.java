package eu.jdservices.caso.status;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Opens an incident (or schedules a maintenance) with its first update.
 *
 * @param services catalogue keys of the services it hits
 * @param title what customers read
 * @param impact how badly
 * @param status where the work stands
 * @param message the first update's text
 * @param startsAt start of a scheduled maintenance, or {@code null}
 * @param endsAt planned end of a scheduled maintenance, or {@code null}
 */
public record NewIncident(List<String> services, String title, Impact impact, IncidentStatus status, String message,
		OffsetDateTime startsAt, OffsetDateTime endsAt) {

	public NewIncident {
		services = List.copyOf(services);
	}

}
