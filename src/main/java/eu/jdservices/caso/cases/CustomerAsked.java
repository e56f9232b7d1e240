package eu.jdservices.caso.cases;

import java.time.OffsetDateTime;

import eu.jdservices.caso.intake.Severity;

/**
 * The provider asked the customer something: the case waits for the customer, whose
 * response window (S2.2) starts now for the case's severity.
 *
 * @param number the case
 * @param severity its severity now
 * @param at when the window starts
 */
public record CustomerAsked(long number, Severity severity, OffsetDateTime at) {
}
