package eu.jdservices.caso.status;

/**
 * An incident as a case linked to it shows it (the case JSON's {@code incidents}, the
 * acknowledgement's link).
 *
 * @param id the incident
 * @param title its title
 * @param status its status now
 * @param url its page on the public status page
 */
public record IncidentLink(long id, String title, IncidentStatus status, String url) {
}
