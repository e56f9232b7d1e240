package eu.jdservices.caso.cases;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import eu.jdservices.caso.directory.Contact;
import eu.jdservices.caso.directory.Directory;
import eu.jdservices.caso.intake.Decision;
import eu.jdservices.caso.intake.IntakeAddresses;
import eu.jdservices.caso.intake.ParsedMail;
import eu.jdservices.caso.intake.QuotedHistory;
import eu.jdservices.caso.intake.Severity;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Opens a case from a new mail (S1.1, S1.5), unless it is a re-sent copy of an opening
 * mail (S1.2, the acknowledgement goes again); links it to the closed cases it cites
 * (S3.2); acknowledges it within the loop cap.
 */
@Component
class OpeningCases {

	static final String DUPLICATE_MESSAGE = "DUPLICATE_MESSAGE";

	static final String RECURRENCE = "RECURRENCE";

	static final String LOOP_LIMIT = "LOOP_LIMIT";

	private final IntakeAddresses addresses;

	private final Directory directory;

	private final CaseStore store;

	private final AutomaticReplies automaticReplies;

	private final ApplicationEventPublisher events;

	private final CasesProperties properties;

	private final Clock clock;

	private final OpeningCase opening;

	OpeningCases(IntakeAddresses addresses, Directory directory, CaseStore store, AutomaticReplies automaticReplies,
			ApplicationEventPublisher events, CasesProperties properties, Clock clock) {
		this.addresses = addresses;
		this.directory = directory;
		this.store = store;
		this.automaticReplies = automaticReplies;
		this.events = events;
		this.properties = properties;
		this.clock = clock;
		this.opening = new OpeningCase(clock);
	}

	Outcome open(IncomingMessage message, List<String> envelopeRecipients) {
		ParsedMail mail = message.mail();
		List<String> addressed = new ArrayList<>(envelopeRecipients);
		mail.to().forEach((address) -> addressed.add(address.email()));
		mail.cc().forEach((address) -> addressed.add(address.email()));
		Severity severity = this.addresses.highestSeverity(addressed).orElse(Severity.C);
		Optional<Contact> contact = this.directory.contact(mail.from().email());
		String organization = contact.map(Contact::organization)
			.or(() -> this.directory.organizationOf(mail.from().email()))
			.orElse(null);
		NewCase newCase = this.opening.open(message, severity, this.addresses::isOwn, organization,
				contact.map(Contact::language).orElse(null));
		InReplyTo answering = new InReplyTo(mail.messageId(), mail.references());
		Optional<Long> resent = this.store.openedWith(newCase.requester(), newCase.fingerprint(),
				OffsetDateTime.now(this.clock).minus(this.properties.resendWindow()));
		if (resent.isPresent()) {
			return resent(resent.get(), message, newCase, answering);
		}
		long number = this.store.insert(newCase);
		this.store.addIncoming(number, message, newCase.createdAt(), MessageKind.MAIL.name());
		List<String> reasons = new ArrayList<>();
		linkRecurrences(number, newCase, mail, reasons);
		CaseSnapshot snapshot = new CaseSnapshot(number, newCase.severity(), newCase.subject(), newCase.requester(),
				newCase.requesterName(), newCase.contacts(), newCase.language(), newCase.organization(),
				newCase.createdAt());
		if (this.automaticReplies.allow(newCase.requester(), number, MessageKind.ACKNOWLEDGEMENT.name())) {
			this.events.publishEvent(new CaseOpened(snapshot, answering));
		}
		else {
			reasons.add(LOOP_LIMIT);
			this.store.addFinding(number, LOOP_LIMIT,
					"No acknowledgement: more than " + this.properties.automaticMailsPerSenderPerHour()
							+ " automatic mails to this sender within an hour",
					newCase.createdAt());
		}
		return new Outcome(newCase.requester(), Decision.CASE_OPENED, reasons, null, number);
	}

	private Outcome resent(long number, IncomingMessage message, NewCase newCase, InReplyTo answering) {
		this.store.addIncoming(number, message, newCase.createdAt(), MessageKind.MAIL.name());
		List<String> reasons = new ArrayList<>(List.of(DUPLICATE_MESSAGE));
		if (this.automaticReplies.allow(newCase.requester(), number, MessageKind.ACKNOWLEDGEMENT.name())) {
			CaseSummary existing = this.store.find(number).orElseThrow();
			this.events.publishEvent(new OpeningMailResent(CaseSnapshot.of(existing), answering));
		}
		else {
			reasons.add(LOOP_LIMIT);
		}
		return new Outcome(newCase.requester(), Decision.APPENDED, reasons,
				"Same mail as the opening mail of case " + number + "; acknowledgement sent again", number);
	}

	/** S3.2: a new case citing a closed case is linked to it. */
	private void linkRecurrences(long number, NewCase newCase, ParsedMail mail, List<String> reasons) {
		for (long cited : CaseReferences.mentioned(mail.subject() + "\n" + QuotedHistory.newText(mail.text()))) {
			Optional<CaseSummary> earlier = this.store.find(cited);
			if (cited != number && earlier.isPresent()
					&& (earlier.get().status() == Status.CLOSED || earlier.get().status() == Status.CANCELLED)) {
				this.store.addLink(number, RECURRENCE, cited);
				this.store.addLink(cited, RECURRENCE, number);
				this.store.addFinding(number, RECURRENCE, "Cites closed case " + cited, newCase.createdAt());
				if (!reasons.contains(RECURRENCE)) {
					reasons.add(RECURRENCE);
				}
			}
		}
	}

}
