package eu.jdservices.caso.status;

/**
 * An update of an incident.
 *
 * @param status the incident's status from now on
 * @param message what we tell customers
 * @param notifyCases whether the contacts of the linked, still open cases get it by mail
 * @param closeCases with {@code RESOLVED}: whether the linked, still open cases are
 * closed (their contacts get the closure notice with the message)
 */
public record NewUpdate(IncidentStatus status, String message, boolean notifyCases, boolean closeCases) {
}
