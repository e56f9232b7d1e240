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
import eu.jdservices.caso.intake.Reason;

import org.springframework.beans.factory.ObjectProvider;
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

	private final CaseRepository cases;

	private final ConversationStore conversation;

	private final IntakeAddresses addresses;

	private final AutomaticReplies automaticReplies;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ObjectProvider<ReplyFindings> others;

	AppendingReply(CaseRepository cases, ConversationStore conversation, IntakeAddresses addresses,
			AutomaticReplies automaticReplies, ApplicationEventPublisher events, Clock clock,
			ObjectProvider<ReplyFindings> others) {
		this.others = others;
		this.cases = cases;
		this.conversation = conversation;
		this.addresses = addresses;
		this.automaticReplies = automaticReplies;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Appends a reply to its case; an {@code imported} one (old mail of a mailbox) gets
	 * no notice.
	 */
	Outcome append(IncomingMessage message, Threading.Match match, boolean imported) {
		ParsedMail mail = message.mail();
		String sender = mail.from().email();
		Case current = this.cases.load(match.caseNumber()).orElseThrow();
		long number = current.number();
		if (!current.isContact(sender)) {
			if (!imported) {
				notice(NoticeKind.NOT_A_CASE_CONTACT, current, mail, List.of());
			}
			return new Outcome(sender, Decision.REJECTED, List.of(Reason.NOT_A_CASE_CONTACT),
					sender + " is not an authorised contact of case " + number, number);
		}
		if (current.isEnded()) {
			return toEndedCase(current, mail, QuotedHistory.newText(mail.text()), imported);
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		List<NewFinding> found = new ArrayList<>();
		List<NoticeKind> notices = new ArrayList<>();
		List<Long> others = otherCases(mail, number);
		ReplyFindings.Reply reply = new ReplyFindings.Reply(number, sender, current.contacts(),
				current.facts().language(), QuotedHistory.newText(mail.text()), mail, now);
		List<ReplyFindings.Answer> answers = this.others.orderedStream().map((other) -> other.about(reply)).toList();
		boolean calendarReply = answers.stream().anyMatch(ReplyFindings.Answer::calendarReply);
		if (!match.byReplyHeaders() && !Threading.hasReplyHeaders(mail) && !calendarReply) {
			found.add(NewFinding.of(Reason.SEPARATE_MAIL, "New mail from " + sender + " instead of a reply-all", now));
			notices.add(NoticeKind.SEPARATE_MAIL);
		}
		if (!others.isEmpty()) {
			found.add(NewFinding.of(Reason.OTHER_CASE_MENTIONED, "Reply mentions case(s) " + others, now));
			notices.add(NoticeKind.OTHER_CASE_MENTIONED);
		}
		if (CustomerWords.reportsResolved(QuotedHistory.newText(mail.text()))) {
			found.add(NewFinding.of(Reason.CUSTOMER_REPORTS_RESOLVED,
					"The customer says the problem is solved or has changed", now));
		}
		answers.forEach((answer) -> answer.found()
			.forEach((finding) -> found.add(NewFinding.of(finding.code(), finding.detail(), now))));
		this.conversation.addIncoming(number, message, now, MessageKind.MAIL, List.of());
		List<String> newContacts = newContacts(mail, current);
		List<CaseEvent> happened = current.customerWrote(new CustomerMail(sender, newContacts, found, now));
		this.cases.save(current);
		for (NoticeKind kind : imported ? List.<NoticeKind>of() : notices) {
			notice(kind, current, mail, (kind == NoticeKind.OTHER_CASE_MENTIONED) ? others : List.of());
		}
		happened.forEach(this.events::publishEvent);
		List<Reason> reasons = new ArrayList<>();
		if (!newContacts.isEmpty()) {
			reasons.add(Reason.CONTACT_ADDED);
		}
		found.forEach((finding) -> reasons.add(finding.code()));
		return new Outcome(sender, Decision.APPENDED, reasons, null, number);
	}

	/**
	 * S3.1: kept, never reopened; one notice a day at most; none for a mere thank-you.
	 */
	private Outcome toEndedCase(Case current, ParsedMail mail, String newText, boolean imported) {
		String sender = mail.from().email();
		long number = current.number();
		if (CustomerWords.isMereThanks(newText)) {
			return new Outcome(sender, Decision.IGNORED, List.of(Reason.THANKS_AFTER_CLOSE),
					"Thank-you to closed case " + number, number);
		}
		if (imported) {
			return new Outcome(sender, Decision.IGNORED, List.of(Reason.CASE_CLOSED),
					"Case " + number + " is " + current.status() + "; " + OpeningCases.IMPORTED, number);
		}
		if (notice(NoticeKind.CASE_CLOSED, current, mail, List.of())) {
			return new Outcome(sender, Decision.REJECTED, List.of(Reason.CASE_CLOSED),
					"Case " + number + " is " + current.status() + "; the sender was told to open a new case", number);
		}
		return new Outcome(sender, Decision.IGNORED, List.of(Reason.CASE_CLOSED),
				"Case " + number + " is " + current.status() + "; notice already sent", number);
	}

	/** The other cases a reply mentions (merged cases of this one aside). */
	private List<Long> otherCases(ParsedMail mail, long number) {
		Set<Long> others = new LinkedHashSet<>(CaseReferences.mentioned(QuotedHistory.newText(mail.text())));
		others.removeIf((other) -> other == number || this.cases.survivor(other) == number);
		return List.copyOf(others);
	}

	private List<String> newContacts(ParsedMail mail, Case current) {
		Set<String> added = new LinkedHashSet<>();
		mail.to().forEach((address) -> added.add(address.email()));
		mail.cc().forEach((address) -> added.add(address.email()));
		added.removeIf((email) -> this.addresses.isOwn(email) || current.isContact(email)
				|| !OpeningCase.isContactAddress(email));
		int room = Math.max(0, OpeningCase.MAX_CONTACTS - current.contacts().size());
		return added.stream().limit(room).toList();
	}

	/**
	 * Publishes a notice unless one was sent recently or the loop cap is reached; true
	 * when it goes.
	 */
	private boolean notice(NoticeKind kind, Case current, ParsedMail mail, List<Long> mentioned) {
		String recipient = mail.from().email();
		if (this.automaticReplies.noticeAlreadySent(current.number(), recipient, kind)
				|| !this.automaticReplies.allow(recipient, current.number(), kind.name())) {
			return false;
		}
		String language = current.isContact(recipient) ? current.facts().language()
				: CustomerLanguage.choose(null, mail.subject() + "\n" + mail.text());
		this.events
			.publishEvent(new NoticeRequested(kind, recipient, language, current.number(), current.facts().subject(),
					current.severity(), new InReplyTo(mail.messageId(), mail.references()), mail.subject(), mentioned));
		return true;
	}

}
