package eu.jdservices.caso.status;

import java.time.LocalDate;

/**
 * One day of a service's history on the status page.
 *
 * @param date the day (in the provider's time zone)
 * @param state the worst state the service was in that day
 */
public record DayState(LocalDate date, ServiceState state) {
}
