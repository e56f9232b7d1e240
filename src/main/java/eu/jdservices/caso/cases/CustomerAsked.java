package eu.jdservices.caso.cases;

import java.time.OffsetDateTime;

import eu.jdservices.caso.intake.Severity;

/**
 * The provider asked the customer something, or the customer's silence lowered the case's
 * severity: the case waits for the customer, whose response window (S2.2) starts now for
 * the case's severity.
 *
 * @param number the case
 * @param severity its severity now
 * @param at when the window starts
 * @param loweredFrom the severity before the customer's silence lowered it (S2.6), or
 * {@code null} when the provider asked
 */
public record CustomerAsked(long number, Severity severity, OffsetDateTime at,
		Severity loweredFrom) implements CaseEvent {

	/** The provider asked. */
	public CustomerAsked(long number, Severity severity, OffsetDateTime at) {
		this(number, severity, at, null);
	}

	/** Whether the window restarts because the customer was silent. */
	public boolean afterSilence() {
		return this.loweredFrom != null;
	}

}
