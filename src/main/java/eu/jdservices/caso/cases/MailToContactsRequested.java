package eu.jdservices.caso.cases;

import eu.jdservices.caso.intake.Severity;

/**
 * A mail to all contacts of a case is due: an agent's reply or request for information,
 * the closure or cancellation notice, or the notice of a severity change. It answers the
 * case's last mail.
 *
 * @param snapshot the case as it is now
 * @param kind what kind of mail
 * @param text what the agent wrote (reply, question, resolution, reason); may be empty
 * @param author the agent
 * @param thread the mail it answers
 * @param previousSeverity for a severity change, the severity before; else {@code null}
 * @param dueAt for reminders and new windows, when the customer's answer is due; else
 * {@code null}
 */
public record MailToContactsRequested(CaseSnapshot snapshot, MessageKind kind, String text, String author,
		InReplyTo thread, Severity previousSeverity, java.time.OffsetDateTime dueAt) implements CaseEvent {
}
