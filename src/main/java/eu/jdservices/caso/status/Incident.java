package eu.jdservices.caso.status;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An incident of one or more services, or a scheduled maintenance (impact
 * {@code MAINTENANCE} with {@code startsAt}/{@code endsAt}), with its updates, newest
 * first. Pure: what it means at a given moment is asked with that moment.
 *
 * @param id identifier (the anchor {@code incident-<id>} and page
 * {@code /status/incidents/<id>})
 * @param title what customers read
 * @param services the catalogue keys of the services it hits
 * @param impact how badly
 * @param status where the work stands
 * @param startsAt when it starts (scheduled maintenance), or {@code null}
 * @param endsAt when it is planned to end (scheduled maintenance), or {@code null}
 * @param createdAt when it was opened
 * @param resolvedAt when it was resolved, or {@code null}
 * @param updates its updates, newest first
 */
public record Incident(long id, String title, List<String> services, Impact impact, IncidentStatus status,
		OffsetDateTime startsAt, OffsetDateTime endsAt, OffsetDateTime createdAt, OffsetDateTime resolvedAt,
		List<IncidentUpdate> updates) {

	public Incident {
		services = List.copyOf(services);
		updates = List.copyOf(updates);
	}

	public boolean isOpen() {
		return this.status.isOpen();
	}

	/**
	 * Whether it weighs on its services at that moment: open and, for a scheduled
	 * maintenance, between its start and its end.
	 */
	public boolean isOnAt(Instant now) {
		if (!isOpen()) {
			return false;
		}
		if (this.impact != Impact.MAINTENANCE) {
			return true;
		}
		return (this.startsAt == null || !this.startsAt.toInstant().isAfter(now))
				&& (this.endsAt == null || this.endsAt.toInstant().isAfter(now));
	}

	/** A scheduled maintenance that has not started yet. */
	public boolean isUpcomingAt(Instant now) {
		return isOpen() && this.impact == Impact.MAINTENANCE && this.startsAt != null
				&& this.startsAt.toInstant().isAfter(now);
	}

	/** When it began weighing on its services. */
	Instant from() {
		return ((this.startsAt != null) ? this.startsAt : this.createdAt).toInstant();
	}

	/**
	 * When it stopped weighing on its services, as far as is known at that moment: its
	 * resolution, a maintenance's planned end, or now while it is on.
	 */
	Instant until(Instant now) {
		Instant end = (this.resolvedAt != null) ? this.resolvedAt.toInstant() : now;
		if (this.impact == Impact.MAINTENANCE && this.endsAt != null && this.endsAt.toInstant().isBefore(end)) {
			end = this.endsAt.toInstant();
		}
		return end;
	}

	/** What a case linked to it shows. */
	IncidentLink link(String url) {
		return new IncidentLink(this.id, this.title, this.status, url);
	}

}
