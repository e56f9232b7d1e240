package eu.jdservices.caso.cases;

import java.time.OffsetDateTime;

import eu.jdservices.caso.intake.Severity;

/**
 * A contact's mail was added to an open case: it stops the customer's response window and
 * starts the provider's next-response target.
 *
 * @param number the case
 * @param severity its severity
 * @param at when
 */
public record CustomerWrote(long number, Severity severity, OffsetDateTime at) implements CaseEvent {
}
