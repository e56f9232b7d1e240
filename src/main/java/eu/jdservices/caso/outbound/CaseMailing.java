package eu.jdservices.caso.outbound;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import eu.jdservices.caso.cases.CaseOpened;
import eu.jdservices.caso.cases.CaseSnapshot;
import eu.jdservices.caso.cases.GuidelineNote;
import eu.jdservices.caso.cases.MailRejected;
import eu.jdservices.caso.cases.Cases;
import eu.jdservices.caso.cases.InReplyTo;
import eu.jdservices.caso.cases.MailToContactsRequested;
import eu.jdservices.caso.cases.MessageKind;
import eu.jdservices.caso.cases.NoticeKind;
import eu.jdservices.caso.cases.NoticeRequested;
import eu.jdservices.caso.cases.OpeningMailResent;
import eu.jdservices.caso.cases.OutgoingMessage;
import eu.jdservices.caso.directory.Contact;
import eu.jdservices.caso.directory.Directory;
import eu.jdservices.caso.directory.Role;
import eu.jdservices.caso.intake.InboundMails;
import eu.jdservices.caso.intake.IntakeAddresses;
import eu.jdservices.caso.intake.Reachability;
import eu.jdservices.caso.intake.Severity;

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

	private final Directory directory;

	private final InboundMails inbound;

	private final String onCall;

	CaseMailing(MailComposer composer, Outbox outbox, Cases cases, IntakeAddresses addresses, Texts texts,
			Directory directory, InboundMails inbound, OutboundProperties properties) {
		this.composer = composer;
		this.outbox = outbox;
		this.cases = cases;
		this.addresses = addresses;
		this.texts = texts;
		this.directory = directory;
		this.inbound = inbound;
		this.onCall = properties.onCall();
	}

	/** S1.2: every new case is acknowledged. */
	@EventListener
	void on(CaseOpened event) {
		if (event.acknowledge()) {
			acknowledge(event.snapshot(), event.opening(), event.notes());
		}
		if (event.snapshot().severity() == Severity.A) {
			escalate(event.snapshot());
		}
	}

	/** S1.2: a re-sent opening mail gets the acknowledgement again. */
	@EventListener
	void on(OpeningMailResent event) {
		acknowledge(event.snapshot(), event.resent(), List.of());
	}

	@EventListener
	void on(MailToContactsRequested event) {
		CaseSnapshot snapshot = event.snapshot();
		Locale locale = locale(snapshot.language());
		String text = this.texts.toContacts(event, locale);
		boolean automatic = event.kind() == MessageKind.REMINDER || event.kind() == MessageKind.SILENCE_DOWNGRADE
				|| event.kind() == MessageKind.SILENCE_CANCELLATION;
		toContacts(snapshot, event.kind(), text, event.thread(), event.author(), automatic);
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

	/** A mail that opened no case: its sender learns which guideline applies (S1.3). */
	@EventListener
	void on(MailRejected event) {
		Locale locale = locale(event.language());
		String subject = "Re: " + (event.subject().isBlank() ? this.texts.noSubject(locale) : event.subject());
		if (!Reachability.isReachable(event.recipient())) {
			return;
		}
		ComposedMail mail = this.composer.compose(new MailComposer.Draft(this.addresses.addressOf(event.severity()),
				List.of(event.recipient()), List.of(), subject, this.texts.rejection(event.notes(), locale),
				event.language(), event.answering().messageId(), event.answering().references(), true, true));
		this.outbox.queue(mail, OutboxSender.NOTICE, null);
	}

	/**
	 * S2.3: the organisation's top executive and the on-call agents learn of every
	 * severity A case (number, subject, requester; never attachments).
	 */
	private void escalate(CaseSnapshot snapshot) {
		List<String> executives = this.directory.contactsOf(snapshot.organization())
			.stream()
			.filter((contact) -> contact.has(Role.TOP_EXECUTIVE) && !contact.email().equals(snapshot.requester()))
			.toList()
			.stream()
			.map(Contact::email)
			.toList();
		for (String executive : executives) {
			String language = this.directory.contact(executive).map(Contact::language).orElse(snapshot.language());
			escalationTo(snapshot, executive, (language != null) ? language : "es");
		}
		if (this.onCall != null && !this.onCall.isBlank()) {
			escalationTo(snapshot, this.onCall, "es");
		}
	}

	private void escalationTo(CaseSnapshot snapshot, String recipient, String language) {
		if (!Reachability.isReachable(recipient)) {
			return;
		}
		Locale locale = locale(language);
		ComposedMail mail = this.composer.compose(new MailComposer.Draft(this.addresses.addressOf(Severity.A),
				List.of(recipient), List.of(), this.texts.escalationSubject(snapshot, locale),
				this.texts.escalation(snapshot, locale), language, null, List.of(), true, true));
		this.outbox.queue(mail, "ESCALATION", snapshot.number());
	}

	private void acknowledge(CaseSnapshot snapshot, InReplyTo answering, List<GuidelineNote> notes) {
		Locale locale = locale(snapshot.language());
		String text = this.texts.acknowledgement(snapshot, notes, locale);
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
		// nothing is ever queued to an address that can never be answered (the case says
		// so)
		List<String> reachableTo = to.stream().filter(Reachability::isReachable).toList();
		List<String> reachableCc = cc.stream().filter(Reachability::isReachable).toList();
		if (reachableTo.isEmpty() && reachableCc.isEmpty()) {
			return;
		}
		to = reachableTo.isEmpty() ? List.of(reachableCc.get(0)) : reachableTo;
		cc = reachableTo.isEmpty() ? reachableCc.subList(1, reachableCc.size()) : reachableCc;
		ComposedMail mail = this.composer.compose(new MailComposer.Draft(from, to, cc, subject, text, language,
				answering.messageId(), answering.references(), automatic, notice));
		this.outbox.queue(mail, outboxKind, caseNumber, storedAtOfAcknowledged(outboxKind, answering));
		if (recordOnCase) {
			this.cases.recordOutgoing(caseNumber, new OutgoingMessage(kind, mail.messageId(), from, to, cc, subject,
					text, this.outbox.now(), author));
		}
	}

	/**
	 * For the acknowledgement latency: when the customer's mail an acknowledgement
	 * answers was stored.
	 */
	private OffsetDateTime storedAtOfAcknowledged(String outboxKind, InReplyTo answering) {
		if (!OutboxSender.ACKNOWLEDGEMENT.equals(outboxKind) || answering.messageId() == null) {
			return null;
		}
		return this.inbound.storedAt(answering.messageId()).orElse(null);
	}

	private String tagged(long number, String subject, Locale locale) {
		return "[Caso #" + number + "] " + (subject.isBlank() ? this.texts.noSubject(locale) : subject);
	}

	private static Locale locale(String language) {
		return Locale.forLanguageTag(language);
	}

}
