package eu.jdservices.caso.timers;

import java.time.OffsetDateTime;

/**
 * The provider's response target of a case is near (80 %) or past: the team is told.
 *
 * @param caseNumber the case
 * @param severity its severity
 * @param dueAt when the response is (was) due
 * @param breached true when past, false when near
 */
public record ResponseTargetMissed(long caseNumber, String severity, OffsetDateTime dueAt, boolean breached) {
}
