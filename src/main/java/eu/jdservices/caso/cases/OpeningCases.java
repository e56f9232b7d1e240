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
import eu.jdservices.caso.intake.Reachability;
import eu.jdservices.caso.intake.Severity;
import eu.jdservices.caso.policy.Finding;
import eu.jdservices.caso.policy.GuidelinePolicy;
import eu.jdservices.caso.policy.OpenCase;
import eu.jdservices.caso.policy.Submission;
import eu.jdservices.caso.policy.Verdict;

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

	static final String DUPLICATE_OPEN_CASE = "DUPLICATE_OPEN_CASE";

	static final String RELEASED_BY_AGENT = "RELEASED_BY_AGENT";

	static final String INVALID_ADDRESS = "INVALID_ADDRESS";

	/**
	 * The guideline checks compare a new mail with this many of the organisation's latest
	 * open cases (S1.7, S2.4).
	 */
	static final int OPEN_CASES_COMPARED = 50;

	private final IntakeAddresses addresses;

	private final Directory directory;

	private final CaseStore store;

	private final AutomaticReplies automaticReplies;

	private final ApplicationEventPublisher events;

	private final CasesProperties properties;

	private final Clock clock;

	private final OpeningCase opening;

	private final GuidelinePolicy policy;

	OpeningCases(IntakeAddresses addresses, Directory directory, CaseStore store, AutomaticReplies automaticReplies,
			ApplicationEventPublisher events, CasesProperties properties, Clock clock, GuidelinePolicy policy) {
		this.policy = policy;
		this.addresses = addresses;
		this.directory = directory;
		this.store = store;
		this.automaticReplies = automaticReplies;
		this.events = events;
		this.properties = properties;
		this.clock = clock;
		this.opening = new OpeningCase(clock);
	}

	/**
	 * Opens a case for a mail, unless a guideline rejects it; a mail an agent released
	 * ({@code releasedBy}) opens a case anyway, with the rejections as findings.
	 */
	Outcome open(IncomingMessage message, List<String> envelopeRecipients, String releasedBy) {
		ParsedMail mail = message.mail();
		List<String> addressed = new ArrayList<>(envelopeRecipients);
		mail.to().forEach((address) -> addressed.add(address.email()));
		mail.cc().forEach((address) -> addressed.add(address.email()));
		Severity severity = this.addresses.highestSeverity(addressed).orElse(Severity.C);
		String sender = mail.from().email();
		Optional<Contact> contact = this.directory.contact(sender);
		String organization = contact.map(Contact::organization)
			.or(() -> this.directory.organizationOf(sender))
			.orElse(null);
		NewCase candidate = this.opening.open(message, severity, this.addresses::isOwn, organization,
				contact.map(Contact::language).orElse(null));
		InReplyTo answering = new InReplyTo(mail.messageId(), mail.references());
		this.store.lockRequester(candidate.requester());
		Optional<Long> resent = this.store.openedWith(candidate.requester(), candidate.fingerprint(),
				OffsetDateTime.now(this.clock).minus(this.properties.resendWindow()));
		if (resent.isPresent()) {
			return resent(resent.get(), message, candidate, answering);
		}
		Verdict verdict = this.policy
			.evaluate(new Submission(mail, severity, contact, organization,
					contact.map((known) -> known.organization() != null)
						.orElseGet(() -> this.directory.isCustomerDomain(sender)),
					this.directory.contactsOf(organization),
					this.store.openCasesOf(organization, OPEN_CASES_COMPARED)
						.stream()
						.map((open) -> new OpenCase(open.number(), open.subject(), open.text()))
						.toList(),
					this.addresses.all()));
		if (verdict.rejected() && releasedBy == null) {
			return rejected(candidate, verdict, severity, answering, mail);
		}
		if (contact.isEmpty()) {
			this.directory.addContactFromMail(sender, mail.from().name());
		}
		NewCase newCase = candidate.withSubject(verdict.normalizedSubject());
		long number = this.store.insert(newCase);
		IncomingMessage kept = new IncomingMessage(message.intakeId(),
				mail.withContent(verdict.redactedText(),
						mail.attachments()
							.stream()
							.filter((attachment) -> !verdict.droppedAttachments().contains(attachment.name()))
							.toList()));
		this.store.addIncoming(number, kept, newCase.createdAt(), MessageKind.MAIL.name(), verdict.redactions());
		List<String> reasons = new ArrayList<>();
		for (Finding finding : verdict.findings()) {
			this.store.addFinding(number, finding.code(), finding.detail(), newCase.createdAt());
			addOnce(reasons, finding.code());
		}
		verdict.duplicateOf().ifPresent((existing) -> {
			this.store.addLink(number, DUPLICATE_OPEN_CASE, existing);
			this.store.addLink(existing, DUPLICATE_OPEN_CASE, number);
		});
		if (!verdict.alternativeContacts().isEmpty()) {
			this.store.setAlternativeContacts(number, verdict.alternativeContacts());
		}
		if (releasedBy != null) {
			reasons.add(RELEASED_BY_AGENT);
			this.store.recordHistory(number, releasedBy, RELEASED_BY_AGENT, "Mail released by " + releasedBy,
					newCase.createdAt());
		}
		linkRecurrences(number, newCase, mail, reasons);
		unreachableContacts(number, newCase, reasons);
		CaseSnapshot snapshot = new CaseSnapshot(number, newCase.severity(), newCase.subject(), newCase.requester(),
				newCase.requesterName(), newCase.contacts(), newCase.language(), newCase.organization(),
				newCase.createdAt());
		boolean acknowledge = this.automaticReplies.allow(newCase.requester(), number,
				MessageKind.ACKNOWLEDGEMENT.name());
		if (!acknowledge) {
			reasons.add(LOOP_LIMIT);
			this.store.addFinding(number, LOOP_LIMIT,
					"No acknowledgement: more than " + this.properties.automaticMailsPerSenderPerHour()
							+ " automatic mails to this sender within an hour",
					newCase.createdAt());
		}
		this.events.publishEvent(new CaseOpened(snapshot, answering, notes(verdict.warnings()), acknowledge));
		return new Outcome(newCase.requester(), Decision.CASE_OPENED, reasons, null, number);
	}

	/**
	 * A guideline says no case: the mail is kept, the sender is told which guideline and
	 * what to do instead.
	 */
	private Outcome rejected(NewCase candidate, Verdict verdict, Severity severity, InReplyTo answering,
			ParsedMail mail) {
		List<String> reasons = verdict.rejections().stream().map(Finding::code).distinct().toList();
		String detail = verdict.rejections().stream().map(Finding::detail).reduce((a, b) -> a + "; " + b).orElse("");
		Optional<Reachability.Problem> unreachable = Reachability.problem(candidate.requester());
		if (unreachable.isPresent()) {
			detail = detail + "; no notice: " + INVALID_ADDRESS + " (" + unreachable.get().description() + ")";
			List<String> withInvalid = new ArrayList<>(reasons);
			withInvalid.add(INVALID_ADDRESS);
			return new Outcome(candidate.requester(), Decision.REJECTED, withInvalid, detail, null);
		}
		if (this.automaticReplies.allow(candidate.requester(), null, "REJECTED")) {
			this.events.publishEvent(new MailRejected(candidate.requester(), candidate.language(), severity, answering,
					mail.subject(), notes(verdict.rejections())));
		}
		else {
			detail = detail + "; no notice: " + LOOP_LIMIT;
		}
		return new Outcome(candidate.requester(), Decision.REJECTED, reasons, detail, null);
	}

	private static List<GuidelineNote> notes(List<Finding> findings) {
		return findings.stream()
			.filter((finding) -> finding.messageKey() != null)
			.map((finding) -> new GuidelineNote(finding.code(), finding.messageKey(), finding.messageArgs()))
			.toList();
	}

	private static void addOnce(List<String> reasons, String code) {
		if (!reasons.contains(code)) {
			reasons.add(code);
		}
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

	/**
	 * Addresses that can never be answered (invalid syntax, a domain that cannot exist)
	 * are known now: the case says so, the contact is failing from the start, and the
	 * outbox never gets mail for it.
	 */
	private void unreachableContacts(long number, NewCase newCase, List<String> reasons) {
		List<String> unreachable = new ArrayList<>();
		for (String contact : newCase.contacts()) {
			Reachability.problem(contact).ifPresent((problem) -> {
				unreachable.add(contact + " (" + problem.description() + ")");
				this.store.markFailing(number, contact, INVALID_ADDRESS, problem.description(), newCase.createdAt());
			});
		}
		if (!unreachable.isEmpty()) {
			this.store.addFinding(number, INVALID_ADDRESS,
					"Mail to " + String.join(", ", unreachable) + " can never be delivered; nothing is sent to it",
					newCase.createdAt());
			addOnce(reasons, INVALID_ADDRESS);
		}
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
