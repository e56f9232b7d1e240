package eu.jdservices.caso.notifications;

import java.time.OffsetDateTime;

/**
 * One thing an agent was told.
 *
 * @param id identifier
 * @param kind what happened
 * @param caseNumber the case
 * @param subject the case's subject
 * @param at when it happened
 * @param read whether the agent marked it read
 */
public record Notification(long id, NotificationKind kind, long caseNumber, String subject, OffsetDateTime at,
		boolean read) {
}
