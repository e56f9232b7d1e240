package eu.jdservices.caso.outbound;

import java.util.List;
import java.util.Locale;

import eu.jdservices.caso.cases.CaseOpened;
import eu.jdservices.caso.cases.CaseSnapshot;
import eu.jdservices.caso.cases.Cases;
import eu.jdservices.caso.cases.InReplyTo;
import eu.jdservices.caso.cases.MailToContactsRequested;
import eu.jdservices.caso.cases.MessageKind;
import eu.jdservices.caso.cases.NoticeKind;
import eu.jdservices.caso.cases.NoticeRequested;
import eu.jdservices.caso.cases.OpeningMailResent;
import eu.jdservices.caso.cases.OutgoingMessage;
import eu.jdservices.caso.intake.IntakeAddresses;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every mail Caso sends about a case, queued in the same transaction as the decision that
 * causes it: from the case's severity address, to the requester with the other contacts
 * in copy (notices: to the one sender), with the case tag, threaded to the mail it
 * answers, in the case's language. Each is recorded in the case's thread.
 */
@Component
class CaseMailing {

	private final MailComposer composer;

	private final Outbox outbox;

	private final Cases cases;

	private final IntakeAddresses addresses;

	private final Texts texts;

	CaseMailing(MailComposer composer, Outbox outbox, Cases cases, IntakeAddresses addresses, Texts texts) {
		this.composer = composer;
		this.outbox = outbox;
		this.cases = cases;
		this.addresses = addresses;
		this.texts = texts;
	}

	/** S1.2: every new case is acknowledged. */
	@EventListener
	void on(CaseOpened event) {
		acknowledge(event.snapshot(), event.opening());
	}

	/** S1.2: a re-sent opening mail gets the acknowledgement again. */
	@EventListener
	void on(OpeningMailResent event) {
		acknowledge(event.snapshot(), event.resent());
	}

	@EventListener
	void on(MailToContactsRequested event) {
		CaseSnapshot snapshot = event.snapshot();
		Locale locale = locale(snapshot.language());
		String text = this.texts.toContacts(event, locale);
		toContacts(snapshot, event.kind(), text, event.thread(), event.author(), false);
	}

	/**
	 * A notice goes to the one sender; one to a stranger is not part of the case (its
	 * contacts never see it).
	 */
	@EventListener
	void on(NoticeRequested event) {
		Locale locale = locale(event.language());
		String from = this.addresses.addressOf(event.severity());
		String subject = (event.kind() == NoticeKind.NOT_A_CASE_CONTACT) ? "Re: "
				+ (event.answeredSubject().isBlank() ? "[Caso #" + event.caseNumber() + "]" : event.answeredSubject())
				: tagged(event.caseNumber(), event.caseSubject(), locale);
		String text = this.texts.notice(event, locale);
		send(from, List.of(event.recipient()), List.of(), subject, text, event.language(), event.answering(), true,
				true, OutboxSender.NOTICE, event.caseNumber(), MessageKind.NOTICE, null,
				event.kind() != NoticeKind.NOT_A_CASE_CONTACT);
	}

	private void acknowledge(CaseSnapshot snapshot, InReplyTo answering) {
		Locale locale = locale(snapshot.language());
		String text = this.texts.acknowledgement(snapshot, locale);
		toContacts(snapshot, MessageKind.ACKNOWLEDGEMENT, text, answering, null, true);
	}

	private void toContacts(CaseSnapshot snapshot, MessageKind kind, String text, InReplyTo answering, String author,
			boolean automatic) {
		Locale locale = locale(snapshot.language());
		List<String> to = List.of(snapshot.requester());
		List<String> cc = snapshot.contacts()
			.stream()
			.filter((contact) -> !contact.equals(snapshot.requester()))
			.toList();
		String outboxKind = (kind == MessageKind.ACKNOWLEDGEMENT) ? OutboxSender.ACKNOWLEDGEMENT : kind.name();
		send(this.addresses.addressOf(snapshot.severity()), to, cc,
				tagged(snapshot.number(), snapshot.subject(), locale), text, snapshot.language(), answering, automatic,
				false, outboxKind, snapshot.number(), kind, author, true);
	}

	private void send(String from, List<String> to, List<String> cc, String subject, String text, String language,
			InReplyTo answering, boolean automatic, boolean notice, String outboxKind, long caseNumber,
			MessageKind kind, String author, boolean recordOnCase) {
		ComposedMail mail = this.composer.compose(new MailComposer.Draft(from, to, cc, subject, text, language,
				answering.messageId(), answering.references(), automatic, notice));
		this.outbox.queue(mail, outboxKind, caseNumber);
		if (recordOnCase) {
			this.cases.recordOutgoing(caseNumber, new OutgoingMessage(kind, mail.messageId(), from, to, cc, subject,
					text, this.outbox.now(), author));
		}
	}

	private String tagged(long number, String subject, Locale locale) {
		return "[Caso #" + number + "] " + (subject.isBlank() ? this.texts.noSubject(locale) : subject);
	}

	private static Locale locale(String language) {
		return Locale.forLanguageTag(language);
	}

}
