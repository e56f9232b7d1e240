package eu.jdservices.caso.cases;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import eu.jdservices.caso.catalogue.Catalogue;
import eu.jdservices.caso.catalogue.Service;
import eu.jdservices.caso.directory.Contact;
import eu.jdservices.caso.directory.Directory;
import eu.jdservices.caso.intake.Decision;
import eu.jdservices.caso.intake.IntakeAddresses;
import eu.jdservices.caso.intake.ParsedMail;
import eu.jdservices.caso.intake.QuotedHistory;
import eu.jdservices.caso.intake.Reason;
import eu.jdservices.caso.intake.Severity;
import eu.jdservices.caso.policy.Finding;
import eu.jdservices.caso.policy.GuidelinePolicy;
import eu.jdservices.caso.policy.OpenCase;
import eu.jdservices.caso.policy.Submission;
import eu.jdservices.caso.policy.Verdict;
import eu.jdservices.caso.routing.Route;
import eu.jdservices.caso.routing.Routing;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Opens a case from a new mail (S1.1, S1.5), unless a guideline rejects it or it is a
 * re-sent copy of an opening mail (S1.2: the acknowledgement goes again); what the
 * guideline checks found is kept on the case ({@link CaseFindings}), and the case is
 * acknowledged within the loop cap.
 */
@Component
class OpeningCases {

	/**
	 * The guideline checks compare a new mail with this many of the organisation's latest
	 * open cases (S1.7, S2.4).
	 */
	static final int OPEN_CASES_COMPARED = 50;

	/** The detail of a decision on imported mail. */
	static final String IMPORTED = "imported from a mailbox (there before Caso first connected): no automatic mail";

	private final IntakeAddresses addresses;

	private final Directory directory;

	private final CaseRepository cases;

	private final ConversationStore conversation;

	private final CaseSearch search;

	private final CaseFindings findings;

	private final AutomaticReplies automaticReplies;

	private final ApplicationEventPublisher events;

	private final CasesProperties properties;

	private final Clock clock;

	private final OpeningCase opening;

	private final GuidelinePolicy policy;

	private final CaseSuggestions suggestions;

	private final Catalogue catalogue;

	private final Routing routing;

	private final RequesterLocks locks;

	OpeningCases(IntakeAddresses addresses, Directory directory, CaseRepository cases, ConversationStore conversation,
			CaseSearch search, CaseFindings findings, AutomaticReplies automaticReplies,
			ApplicationEventPublisher events, CasesProperties properties, Clock clock, GuidelinePolicy policy,
			CaseSuggestions suggestions, Catalogue catalogue, Routing routing, RequesterLocks locks) {
		this.addresses = addresses;
		this.directory = directory;
		this.cases = cases;
		this.conversation = conversation;
		this.search = search;
		this.findings = findings;
		this.automaticReplies = automaticReplies;
		this.events = events;
		this.properties = properties;
		this.clock = clock;
		this.policy = policy;
		this.suggestions = suggestions;
		this.catalogue = catalogue;
		this.routing = routing;
		this.locks = locks;
		this.opening = new OpeningCase(clock);
	}

	/**
	 * Opens a case for a mail, unless a guideline rejects it; a mail an agent released
	 * ({@code releasedBy}) opens a case anyway, with the rejections as findings. An
	 * {@code imported} mail (old mail of a mailbox) is decided alike, but gets no
	 * acknowledgement and no notice.
	 */
	Outcome open(IncomingMessage message, List<String> envelopeRecipients, String releasedBy, boolean imported) {
		ParsedMail mail = message.mail();
		Severity severity = this.addresses.highestSeverity(addressed(mail, envelopeRecipients)).orElse(Severity.C);
		String sender = mail.from().email();
		Optional<Contact> contact = this.directory.contact(sender);
		String organization = contact.map(Contact::organization)
			.or(() -> this.directory.organizationOf(sender))
			.orElse(null);
		NewCase candidate = this.opening.open(message, severity, this.addresses::isOwn, organization,
				contact.map(Contact::language).orElse(null));
		InReplyTo answering = new InReplyTo(mail.messageId(), mail.references());
		// what does not depend on the requester's other cases is checked before their
		// lock
		// is taken: the lock is held for as short a time as it can be
		Submission submission = submission(mail, severity, contact, organization);
		GuidelinePolicy.Ahead checked = this.policy.ahead(submission);
		this.locks.lock(candidate.requester());
		Optional<Long> resent = this.cases.openedWith(candidate.requester(), candidate.fingerprint(),
				OffsetDateTime.now(this.clock).minus(this.properties.resendWindow()));
		if (resent.isPresent()) {
			return resent(resent.get(), message, candidate, answering, imported);
		}
		Verdict verdict = checked.complete(submission.withOpenCases(openCases(organization)));
		if (verdict.rejected() && releasedBy == null) {
			return rejected(candidate, verdict, severity, answering, mail, imported);
		}
		if (contact.isEmpty()) {
			this.directory.addContactFromMail(sender, mail.from().name());
		}
		String newText = QuotedHistory.newText(mail.text());
		List<Service> services = this.catalogue.mentionedIn(mail.subject(), newText);
		Route route = this.routing.route(severity, organization, mail.subject(), newText, services);
		Case opened = this.cases.insertOpened(candidate.withSubject(verdict.normalizedSubject()).withTeam(route.team()),
				verdict.alternativeContacts());
		if (route.team() != null) {
			opened.record(Case.CASO, HistoryEvent.ASSIGNMENT, "team=" + route.team() + " (" + route.because() + ")",
					opened.facts().createdAt());
		}
		this.conversation.addOpening(opened, kept(message, verdict), verdict.redactions());
		List<GuidelineNote> notes = new ArrayList<>(notes(verdict.warnings()));
		List<Reason> reasons = this.findings.keep(opened, verdict, mail, releasedBy,
				new OpeningFindings.Opening(opened.number(), severity, mail.subject(), newText, organization,
						contact.orElse(null), candidate.language(), services, opened.facts().createdAt()),
				notes);
		this.suggestions.suggest(opened, mail).ifPresent((suggested) -> {
			notes.add(suggested);
			reasons.add(Reason.KB_SUGGESTED);
		});
		boolean acknowledge = !imported && this.automaticReplies.allow(opened.facts().requester(), opened.number(),
				MessageKind.ACKNOWLEDGEMENT.name());
		if (!acknowledge && !imported) {
			reasons.add(Reason.LOOP_LIMIT);
			opened.find(Reason.LOOP_LIMIT, null,
					"No acknowledgement: more than " + this.properties.automaticMailsPerSenderPerHour()
							+ " automatic mails to this sender within an hour",
					opened.facts().createdAt());
		}
		this.cases.save(opened);
		this.events.publishEvent(new CaseOpened(opened.snapshot(), answering, notes, acknowledge));
		return new Outcome(opened.facts().requester(), Decision.CASE_OPENED, reasons, imported ? IMPORTED : null,
				opened.number());
	}

	private static List<String> addressed(ParsedMail mail, List<String> envelopeRecipients) {
		List<String> addressed = new ArrayList<>(envelopeRecipients);
		mail.to().forEach((address) -> addressed.add(address.email()));
		mail.cc().forEach((address) -> addressed.add(address.email()));
		return addressed;
	}

	/** The mail as the guideline checks see it, yet without the open cases. */
	private Submission submission(ParsedMail mail, Severity severity, Optional<Contact> contact, String organization) {
		String sender = mail.from().email();
		boolean customerDomain = contact.map((known) -> known.organization() != null)
			.orElseGet(() -> this.directory.isCustomerDomain(sender));
		return new Submission(mail, severity, contact, organization, customerDomain,
				this.directory.contactsOf(organization), List.of(), this.addresses.all());
	}

	/** The organisation's latest open cases, which the duplicate checks compare. */
	private List<OpenCase> openCases(String organization) {
		return this.search.openCasesOf(organization, OPEN_CASES_COMPARED)
			.stream()
			.map((open) -> (open.opening() != null)
					? new OpenCase(open.number(), open.subject(), open.opening(),
							() -> this.search.openingText(open.opening()))
					: new OpenCase(open.number(), open.subject(), ""))
			.toList();
	}

	/** The mail as the case keeps it: secrets redacted, large attachments left out. */
	private static IncomingMessage kept(IncomingMessage message, Verdict verdict) {
		ParsedMail mail = message.mail();
		return new IncomingMessage(message.intakeId(),
				mail.withContent(verdict.redactedText(),
						mail.attachments()
							.stream()
							.filter((attachment) -> !verdict.droppedAttachments().contains(attachment.name()))
							.toList()));
	}

	/**
	 * A guideline says no case: the mail is kept, the sender is told which guideline and
	 * what to do instead (unless the sender's address can never be answered).
	 */
	private Outcome rejected(NewCase candidate, Verdict verdict, Severity severity, InReplyTo answering,
			ParsedMail mail, boolean imported) {
		List<Reason> reasons = new ArrayList<Reason>(
				verdict.rejections().stream().map(Finding::code).distinct().toList());
		String detail = verdict.rejections().stream().map(Finding::detail).reduce((a, b) -> a + "; " + b).orElse("");
		Optional<eu.jdservices.caso.intake.Reachability.Problem> unreachable = eu.jdservices.caso.intake.Reachability
			.problem(candidate.requester());
		if (unreachable.isPresent()) {
			reasons.add(Reason.INVALID_ADDRESS);
			return new Outcome(candidate.requester(), Decision.REJECTED, reasons,
					detail + "; no notice: " + Reason.INVALID_ADDRESS + " (" + unreachable.get().description() + ")",
					null);
		}
		if (imported) {
			detail = detail + "; " + IMPORTED;
		}
		else if (this.automaticReplies.allow(candidate.requester(), null, Decision.REJECTED.name())) {
			this.events.publishEvent(new MailRejected(candidate.requester(), candidate.language(), severity, answering,
					mail.subject(), notes(verdict.rejections())));
		}
		else {
			detail = detail + "; no notice: " + Reason.LOOP_LIMIT;
		}
		return new Outcome(candidate.requester(), Decision.REJECTED, reasons, detail, null);
	}

	private static List<GuidelineNote> notes(List<Finding> findings) {
		return findings.stream()
			.filter((finding) -> finding.messageKey() != null)
			.map((finding) -> new GuidelineNote(finding.code(), finding.messageKey(), finding.messageArgs()))
			.toList();
	}

	/**
	 * S1.2: the same mail again; the case is not opened twice, its acknowledgement goes
	 * again.
	 */
	private Outcome resent(long number, IncomingMessage message, NewCase newCase, InReplyTo answering,
			boolean imported) {
		this.conversation.addIncoming(number, message, newCase.createdAt(), MessageKind.MAIL, List.of());
		List<Reason> reasons = new ArrayList<>(List.of(Reason.RESENT_MAIL));
		if (imported) {
			return new Outcome(newCase.requester(), Decision.APPENDED, reasons,
					"Same mail as the opening mail of case " + number + "; " + IMPORTED, number);
		}
		if (this.automaticReplies.allow(newCase.requester(), number, MessageKind.ACKNOWLEDGEMENT.name())) {
			Case existing = this.cases.load(number).orElseThrow();
			this.events.publishEvent(new OpeningMailResent(existing.snapshot(), answering));
		}
		else {
			reasons.add(Reason.LOOP_LIMIT);
		}
		return new Outcome(newCase.requester(), Decision.APPENDED, reasons,
				"Same mail as the opening mail of case " + number + "; acknowledgement sent again", number);
	}

}
