package eu.jdservices.caso.timers;

import java.time.OffsetDateTime;

import eu.jdservices.caso.intake.Severity;

/**
 * The customer's response window of a case started again because their silence lowered
 * its severity (S2.6): the contacts are told the new severity and when the new window
 * ends.
 *
 * @param caseNumber the case
 * @param loweredFrom the severity before
 * @param severity the severity now
 * @param dueAt when the new window ends
 */
public record CustomerWindowOpened(long caseNumber, Severity loweredFrom, Severity severity, OffsetDateTime dueAt) {
}
