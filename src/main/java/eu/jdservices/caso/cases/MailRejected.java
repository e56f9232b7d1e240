package eu.jdservices.caso.cases;

import java.util.List;

import eu.jdservices.caso.intake.Severity;

/**
 * A mail opened no case because it breaks a guideline; its sender is told which and what
 * to do instead.
 *
 * @param recipient the sender
 * @param language {@code es} or {@code en}
 * @param severity the severity address it was sent to (the notice comes from there)
 * @param answering the sender's mail
 * @param subject the sender's subject
 * @param notes the guidelines that applied
 */
public record MailRejected(String recipient, String language, Severity severity, InReplyTo answering, String subject,
		List<GuidelineNote> notes) implements CaseEvent {

	public MailRejected {
		notes = List.copyOf(notes);
	}

}
