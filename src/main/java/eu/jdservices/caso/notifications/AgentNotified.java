package eu.jdservices.caso.notifications;

import java.time.OffsetDateTime;

/**
 * An agent was notified and wants it by mail too.
 *
 * @param agent the agent's e-mail
 * @param kind what happened
 * @param caseNumber the case
 * @param subject the case's subject
 * @param severity the case's severity ({@code A}, {@code B}, {@code C}): the mail comes
 * from its address
 * @param at when it happened
 */
public record AgentNotified(String agent, NotificationKind kind, long caseNumber, String subject, String severity,
		OffsetDateTime at) {
}
