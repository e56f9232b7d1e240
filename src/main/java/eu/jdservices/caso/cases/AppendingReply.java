package eu.jdservices.caso.cases;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import eu.jdservices.caso.intake.Decision;
import eu.jdservices.caso.intake.IntakeAddresses;
import eu.jdservices.caso.intake.ParsedMail;
import eu.jdservices.caso.intake.QuotedHistory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * A mail about an existing case. Only its authorised contacts may add to it (S1.5); a
 * closed case is never reopened by mail (S3.1); a separate mail instead of a reply-all
 * (S2.4) or a reply about another case (S2.5) is appended with a reminder; a customer who
 * says the problem is solved is flagged for the agent (S2.6); new people in copy become
 * contacts (S1.5); a reply to a case waiting for the customer puts it back to open.
 */
@Component
class AppendingReply {

	static final String NOT_A_CASE_CONTACT = "NOT_A_CASE_CONTACT";

	static final String CASE_CLOSED = "CASE_CLOSED";

	static final String THANKS_AFTER_CLOSE = "THANKS_AFTER_CLOSE";

	static final String CONTACT_ADDED = "CONTACT_ADDED";

	static final String SEPARATE_MAIL = "SEPARATE_MAIL";

	static final String OTHER_CASE_MENTIONED = "OTHER_CASE_MENTIONED";

	static final String CUSTOMER_REPORTS_RESOLVED = "CUSTOMER_REPORTS_RESOLVED";

	private final CaseStore store;

	private final IntakeAddresses addresses;

	private final AutomaticReplies automaticReplies;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AppendingReply(CaseStore store, IntakeAddresses addresses, AutomaticReplies automaticReplies,
			ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.addresses = addresses;
		this.automaticReplies = automaticReplies;
		this.events = events;
		this.clock = clock;
	}

	Outcome append(IncomingMessage message, Threading.Match match) {
		ParsedMail mail = message.mail();
		String sender = mail.from().email();
		long number = match.caseNumber();
		CaseSummary current = this.store.find(number).orElseThrow();
		String newText = QuotedHistory.newText(mail.text());
		if (!current.contacts().contains(sender)) {
			notice(NoticeKind.NOT_A_CASE_CONTACT, current, mail, List.of());
			return new Outcome(sender, Decision.REJECTED, List.of(NOT_A_CASE_CONTACT),
					sender + " is not an authorised contact of case " + number, number);
		}
		if (current.status() == Status.CLOSED || current.status() == Status.CANCELLED) {
			return toClosedCase(current, mail, newText);
		}
		OffsetDateTime now = now();
		List<String> reasons = new ArrayList<>();
		this.store.addIncoming(number, message, now, MessageKind.MAIL.name());
		for (String added : newContacts(mail, current)) {
			this.store.addContact(number, added);
			this.store.addFinding(number, CONTACT_ADDED, added + " added by " + sender, now);
			this.store.recordHistory(number, sender, CONTACT_ADDED, added, now);
			addOnce(reasons, CONTACT_ADDED);
		}
		if (!match.byReplyHeaders() && !Threading.hasReplyHeaders(mail)) {
			this.store.addFinding(number, SEPARATE_MAIL, "New mail from " + sender + " instead of a reply-all", now);
			reasons.add(SEPARATE_MAIL);
			notice(NoticeKind.SEPARATE_MAIL, current, mail, List.of());
		}
		Set<Long> others = new LinkedHashSet<>(CaseReferences.mentioned(newText));
		others.removeIf((other) -> other == number || this.store.survivor(other) == number);
		if (!others.isEmpty()) {
			this.store.addFinding(number, OTHER_CASE_MENTIONED, "Reply mentions case(s) " + others, now);
			reasons.add(OTHER_CASE_MENTIONED);
			notice(NoticeKind.OTHER_CASE_MENTIONED, current, mail, List.copyOf(others));
		}
		if (CustomerWords.reportsResolved(newText)) {
			this.store.addFinding(number, CUSTOMER_REPORTS_RESOLVED,
					"The customer says the problem is solved or has changed", now);
			reasons.add(CUSTOMER_REPORTS_RESOLVED);
		}
		this.events.publishEvent(new CustomerWrote(number, current.severity(), now));
		if (current.status() == Status.WAITING_FOR_CUSTOMER) {
			this.store.setStatus(number, Status.OPEN, null);
			this.store.recordHistory(number, sender, "STATUS", "WAITING_FOR_CUSTOMER -> OPEN: the customer replied",
					now);
		}
		return new Outcome(sender, Decision.APPENDED, reasons, null, number);
	}

	/**
	 * S3.1: kept, never reopened; one notice a day at most; none for a mere thank-you.
	 */
	private Outcome toClosedCase(CaseSummary current, ParsedMail mail, String newText) {
		String sender = mail.from().email();
		if (CustomerWords.isMereThanks(newText)) {
			return new Outcome(sender, Decision.IGNORED, List.of(THANKS_AFTER_CLOSE),
					"Thank-you to closed case " + current.number(), current.number());
		}
		if (notice(NoticeKind.CASE_CLOSED, current, mail, List.of())) {
			return new Outcome(sender, Decision.REJECTED, List.of(CASE_CLOSED),
					"Case " + current.number() + " is " + current.status() + "; the sender was told to open a new case",
					current.number());
		}
		return new Outcome(sender, Decision.IGNORED, List.of(CASE_CLOSED),
				"Case " + current.number() + " is " + current.status() + "; notice already sent", current.number());
	}

	private List<String> newContacts(ParsedMail mail, CaseSummary current) {
		Set<String> added = new LinkedHashSet<>();
		mail.to().forEach((address) -> added.add(address.email()));
		mail.cc().forEach((address) -> added.add(address.email()));
		added.removeIf(
				(email) -> this.addresses.isOwn(email) || current.contacts().contains(email) || !email.contains("@"));
		return List.copyOf(added);
	}

	/**
	 * Publishes a notice unless one was sent recently or the loop cap is reached; true
	 * when it goes.
	 */
	private boolean notice(NoticeKind kind, CaseSummary current, ParsedMail mail, List<Long> mentioned) {
		String recipient = mail.from().email();
		if (this.automaticReplies.noticeAlreadySent(current.number(), recipient, kind)
				|| !this.automaticReplies.allow(recipient, current.number(), kind.name())) {
			return false;
		}
		String language = current.contacts().contains(recipient) ? current.language()
				: CustomerLanguage.choose(null, mail.subject() + "\n" + mail.text());
		this.events.publishEvent(new NoticeRequested(kind, recipient, language, current.number(), current.subject(),
				current.severity(), new InReplyTo(mail.messageId(), mail.references()), mail.subject(), mentioned));
		return true;
	}

	private static void addOnce(List<String> reasons, String code) {
		if (!reasons.contains(code)) {
			reasons.add(code);
		}
	}

	OffsetDateTime now() {
		return OffsetDateTime.now(this.clock);
	}

}
