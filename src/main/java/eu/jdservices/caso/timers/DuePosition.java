package eu.jdservices.caso.timers;

import java.time.OffsetDateTime;

/**
 * A case's place in the order of next due times: where the next slice of that order
 * starts.
 *
 * @param dueAt the case's next due time (ours or the customer's, the sooner)
 * @param caseNumber the case (orders cases due at the same time)
 */
public record DuePosition(OffsetDateTime dueAt, long caseNumber) {
}
