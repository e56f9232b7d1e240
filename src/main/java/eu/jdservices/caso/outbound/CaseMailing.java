package eu.jdservices.caso.outbound;

import java.util.List;
import java.util.Locale;

import eu.jdservices.caso.cases.CaseOpened;
import eu.jdservices.caso.cases.CaseSnapshot;
import eu.jdservices.caso.cases.Cases;
import eu.jdservices.caso.cases.GuidelineNote;
import eu.jdservices.caso.cases.InReplyTo;
import eu.jdservices.caso.cases.MailToContactsRequested;
import eu.jdservices.caso.cases.MessageKind;
import eu.jdservices.caso.cases.OpeningMailResent;
import eu.jdservices.caso.intake.IntakeAddresses;
import eu.jdservices.caso.status.IncidentUpdatePosted;
import eu.jdservices.caso.status.Incidents;
import eu.jdservices.caso.timers.CustomerWindowOpened;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every mail to a case's contacts, queued in the same transaction as the decision that
 * causes it: from the case's severity address, to the requester with the other contacts
 * in copy, with the case tag, threaded to the mail it answers, in the case's language.
 */
@Component
class CaseMailing {

	private final Sending sending;

	private final Cases cases;

	private final IntakeAddresses addresses;

	private final Texts texts;

	private final Incidents incidents;

	CaseMailing(Sending sending, Cases cases, IntakeAddresses addresses, Texts texts, Incidents incidents) {
		this.sending = sending;
		this.cases = cases;
		this.addresses = addresses;
		this.texts = texts;
		this.incidents = incidents;
	}

	/** S1.2: every new case is acknowledged. */
	@EventListener
	void on(CaseOpened event) {
		if (event.acknowledge()) {
			acknowledge(event.snapshot(), event.opening(), event.notes());
		}
	}

	/** S1.2: a re-sent opening mail gets the acknowledgement again. */
	@EventListener
	void on(OpeningMailResent event) {
		acknowledge(event.snapshot(), event.resent(), List.of());
	}

	@EventListener
	void on(MailToContactsRequested event) {
		Locale locale = locale(event.snapshot().language());
		boolean automatic = event.kind() == MessageKind.REMINDER || event.kind() == MessageKind.SILENCE_DOWNGRADE
				|| event.kind() == MessageKind.SILENCE_CANCELLATION;
		toContacts(event.snapshot(), event.kind(), this.texts.toContacts(event, locale), event.thread(), event.author(),
				automatic);
	}

	/**
	 * S2.6: the customer's silence lowered the case's severity; once the new window is
	 * set, the contacts learn the new severity and when it ends.
	 */
	@EventListener
	void on(CustomerWindowOpened event) {
		this.cases.contactsMail(event.caseNumber())
			.ifPresent((mail) -> on(new MailToContactsRequested(mail.snapshot(), MessageKind.SILENCE_DOWNGRADE, "",
					null, mail.thread(), event.loweredFrom(), event.dueAt())));
	}

	private void acknowledge(CaseSnapshot snapshot, InReplyTo answering, List<GuidelineNote> notes) {
		Locale locale = locale(snapshot.language());
		toContacts(snapshot, MessageKind.ACKNOWLEDGEMENT,
				this.texts.acknowledgement(snapshot, notes, this.incidents.linkedTo(snapshot.number()), locale),
				answering, null, true);
	}

	/**
	 * S0.2: an update of an incident goes to the contacts of each linked, still open
	 * case, threaded to it.
	 */
	@EventListener
	void on(IncidentUpdatePosted event) {
		for (long number : event.caseNumbers()) {
			this.cases.contactsMail(number).ifPresent((mail) -> {
				Locale locale = locale(mail.snapshot().language());
				toContacts(mail.snapshot(), MessageKind.INCIDENT_UPDATE,
						this.texts.incidentUpdate(mail.snapshot(), event, locale), mail.thread(), null, false);
			});
		}
	}

	private void toContacts(CaseSnapshot snapshot, MessageKind kind, String text, InReplyTo answering, String author,
			boolean automatic) {
		Locale locale = locale(snapshot.language());
		List<String> cc = snapshot.contacts()
			.stream()
			.filter((contact) -> !contact.equals(snapshot.requester()))
			.toList();
		this.sending
			.send(new Sending.Letter(this.addresses.addressOf(snapshot.severity()), List.of(snapshot.requester()), cc,
					this.texts.tagged(snapshot.number(), snapshot.subject(), locale), text, snapshot.language(),
					answering, automatic, false, OutboxKind.of(kind), snapshot.number(), author, true));
	}

	private static Locale locale(String language) {
		return Locale.forLanguageTag(language);
	}

}
