package eu.jdservices.caso.outbound;

import java.util.List;
import java.util.Locale;

import eu.jdservices.caso.cases.CaseOpened;
import eu.jdservices.caso.cases.CaseSnapshot;
import eu.jdservices.caso.cases.MailRejected;
import eu.jdservices.caso.cases.NoticeKind;
import eu.jdservices.caso.cases.NoticeRequested;
import eu.jdservices.caso.directory.Contact;
import eu.jdservices.caso.directory.Directory;
import eu.jdservices.caso.directory.Role;
import eu.jdservices.caso.intake.IntakeAddresses;
import eu.jdservices.caso.intake.Severity;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The mails to one person: a notice to a sender about how to write to us (S1.5, S2.4,
 * S2.5, S3.1), a rejection (S1.3), and the escalation of a severity A case to the
 * organisation's top executive and the on-call agents (S2.3).
 */
@Component
class NoticeMailing {

	private final Sending sending;

	private final IntakeAddresses addresses;

	private final Texts texts;

	private final Directory directory;

	private final String onCall;

	NoticeMailing(Sending sending, IntakeAddresses addresses, Texts texts, Directory directory,
			OutboundProperties properties) {
		this.sending = sending;
		this.addresses = addresses;
		this.texts = texts;
		this.directory = directory;
		this.onCall = properties.onCall();
	}

	/**
	 * A notice goes to the one sender; one to a stranger is not part of the case (its
	 * contacts never see it).
	 */
	@EventListener
	void on(NoticeRequested event) {
		Locale locale = locale(event.language());
		String subject = (event.kind() == NoticeKind.NOT_A_CASE_CONTACT) ? "Re: "
				+ (event.answeredSubject().isBlank() ? "[Caso #" + event.caseNumber() + "]" : event.answeredSubject())
				: this.texts.tagged(event.caseNumber(), event.caseSubject(), locale);
		this.sending.send(new Sending.Letter(this.addresses.addressOf(event.severity()), List.of(event.recipient()),
				List.of(), subject, this.texts.notice(event, locale), event.language(), event.answering(), true, true,
				OutboxKind.NOTICE, event.caseNumber(), null, event.kind() != NoticeKind.NOT_A_CASE_CONTACT));
	}

	/** A mail that opened no case: its sender learns which guideline applies (S1.3). */
	@EventListener
	void on(MailRejected event) {
		Locale locale = locale(event.language());
		String subject = "Re: " + (event.subject().isBlank() ? this.texts.noSubject(locale) : event.subject());
		this.sending.send(new Sending.Letter(this.addresses.addressOf(event.severity()), List.of(event.recipient()),
				List.of(), subject, this.texts.rejection(event.notes(), locale), event.language(), event.answering(),
				true, true, OutboxKind.NOTICE, null, null, false));
	}

	/**
	 * S2.3: the organisation's top executive and the on-call agents learn of every
	 * severity A case (number, subject, requester; never attachments).
	 */
	@EventListener
	void on(CaseOpened event) {
		CaseSnapshot snapshot = event.snapshot();
		if (snapshot.severity() != Severity.A) {
			return;
		}
		List<String> executives = this.directory.contactsOf(snapshot.organization())
			.stream()
			.filter((contact) -> contact.has(Role.TOP_EXECUTIVE) && !contact.email().equals(snapshot.requester()))
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
		Locale locale = locale(language);
		this.sending.send(new Sending.Letter(this.addresses.addressOf(Severity.A), List.of(recipient), List.of(),
				this.texts.escalationSubject(snapshot, locale), this.texts.escalation(snapshot, locale), language, null,
				true, true, OutboxKind.ESCALATION, snapshot.number(), null, false));
	}

	private static Locale locale(String language) {
		return Locale.forLanguageTag(language);
	}

}
