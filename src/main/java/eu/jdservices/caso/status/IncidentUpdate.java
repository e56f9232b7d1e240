package eu.jdservices.caso.status;

import java.time.OffsetDateTime;

/**
 * One timed update of an incident.
 *
 * @param id identifier
 * @param status the incident's status from then on
 * @param message what we tell customers
 * @param at when it was posted
 */
public record IncidentUpdate(long id, IncidentStatus status, String message, OffsetDateTime at) {
}
