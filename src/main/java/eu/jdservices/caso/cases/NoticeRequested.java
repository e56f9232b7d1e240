package eu.jdservices.caso.cases;

import java.util.List;

import eu.jdservices.caso.intake.Severity;

/**
 * A notice to the sender of an inbound mail is due.
 *
 * @param kind which notice
 * @param recipient the sender
 * @param language {@code es} or {@code en}
 * @param caseNumber the case concerned
 * @param caseSubject its subject (not shown to senders who are not its contacts)
 * @param severity its severity (the notice comes from that address)
 * @param answering the sender's mail
 * @param answeredSubject the subject of the sender's mail
 * @param mentioned other case numbers concerned (e.g. the one a reply mentioned)
 */
public record NoticeRequested(NoticeKind kind, String recipient, String language, long caseNumber, String caseSubject,
		Severity severity, InReplyTo answering, String answeredSubject, List<Long> mentioned) implements CaseEvent {

	public NoticeRequested {
		mentioned = List.copyOf(mentioned);
	}

}
