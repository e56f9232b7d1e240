package eu.jdservices.caso.cases;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import eu.jdservices.caso.intake.Reason;
import eu.jdservices.caso.intake.Severity;

/**
 * A case: its status machine, contacts, links and findings, and the rules that guard them
 * (S1.5 authorised contacts, S2.2/S2.6 waiting for the customer, S3.1 an ended case is
 * never reopened). Each command either refuses ({@link CaseActionRefused}) or changes the
 * case and returns the events it caused. Plain Java: no Spring, no database; the time of
 * each change is given. What changed is kept for the repository ({@link CaseChanges}).
 */
final class Case {

	static final String CASO = "caso";

	private final CaseFacts facts;

	private final CaseChanges changes = new CaseChanges();

	private final CaseContacts contacts;

	private final Set<CaseLink> links;

	private Severity severity;

	private Status status;

	private String team;

	private String assignee;

	private Long mergedInto;

	private OffsetDateTime endedAt;

	Case(CaseFacts facts, Severity severity, Status status, String team, String assignee, Long mergedInto,
			OffsetDateTime endedAt, List<String> contacts, Set<CaseLink> links) {
		this.facts = facts;
		this.severity = severity;
		this.status = status;
		this.team = team;
		this.assignee = assignee;
		this.mergedInto = mergedInto;
		this.endedAt = endedAt;
		this.contacts = new CaseContacts(facts.number(), contacts, this.changes);
		this.links = new LinkedHashSet<>(links);
	}

	/** A case just stored for a new mail: open, its contacts authorised (S1.5). */
	static Case opened(long number, NewCase newCase) {
		return new Case(
				new CaseFacts(number, newCase.subject(), newCase.organization(), newCase.requester(),
						newCase.requesterName(), newCase.language(), newCase.createdAt()),
				newCase.severity(), Status.OPEN, newCase.team(), null, null, null, newCase.contacts(), Set.of());
	}

	CaseFacts facts() {
		return this.facts;
	}

	long number() {
		return this.facts.number();
	}

	Severity severity() {
		return this.severity;
	}

	Status status() {
		return this.status;
	}

	String team() {
		return this.team;
	}

	String assignee() {
		return this.assignee;
	}

	Long mergedInto() {
		return this.mergedInto;
	}

	OffsetDateTime endedAt() {
		return this.endedAt;
	}

	List<String> contacts() {
		return this.contacts.list();
	}

	Set<CaseLink> links() {
		return Set.copyOf(this.links);
	}

	CaseChanges changes() {
		return this.changes;
	}

	/** Closed or cancelled: never reopened (S3.1). */
	boolean isEnded() {
		return this.status.isEnded();
	}

	boolean isContact(String email) {
		return this.contacts.contains(email);
	}

	boolean waitsForCustomer() {
		return this.status == Status.WAITING_FOR_CUSTOMER;
	}

	CaseSnapshot snapshot() {
		return new CaseSnapshot(number(), this.severity, this.facts.subject(), this.facts.requester(),
				this.facts.requesterName(), this.contacts.list(), this.facts.language(), this.facts.organization(),
				this.facts.createdAt());
	}

	/**
	 * A contact's mail joins the case: new people in copy become contacts (S1.5), what
	 * was found about it is noted, and a case waiting for the customer is open again.
	 */
	List<CaseEvent> customerWrote(CustomerMail mail) {
		mustBeOpen();
		if (!isContact(mail.sender())) {
			throw CaseActionRefused.of(CaseActionRefused.Refusal.NOT_A_CONTACT, mail.sender(), number());
		}
		for (String added : mail.newContacts()) {
			if (this.contacts.join(added)) {
				String address = CaseContacts.normalized(added);
				find(Reason.CONTACT_ADDED, null, address + " added by " + mail.sender(), mail.at());
				record(mail.sender(), HistoryEvent.CONTACT_ADDED, address, mail.at());
			}
		}
		mail.findings().forEach((finding) -> find(finding.code(), finding.rule(), finding.detail(), mail.at()));
		if (waitsForCustomer()) {
			changeStatus(Status.OPEN, mail.sender(), "the customer replied", mail.at());
		}
		return List.of(new CustomerWrote(number(), this.severity, mail.at()));
	}

	/** An agent's answer to all contacts; it meets the response target. */
	List<CaseEvent> reply(String author, String text, InReplyTo thread, OffsetDateTime at) {
		mustBeOpen();
		return List.of(mail(MessageKind.REPLY, text, author, thread, null, null), new AgentResponded(number(), at));
	}

	/** S2.2: the agent asks; the case waits for the customer, whose window starts. */
	List<CaseEvent> requestInformation(String author, String text, InReplyTo thread, OffsetDateTime at) {
		mustBeOpen();
		changeStatus(Status.WAITING_FOR_CUSTOMER, author, null, at);
		return List.of(mail(MessageKind.REQUEST_INFO, text, author, thread, null, null),
				new AgentResponded(number(), at), new CustomerAsked(number(), this.severity, at));
	}

	/**
	 * S2.6: the customer did not attend a meeting — non-cooperation: the finding is kept,
	 * and the customer is asked (in {@code text}) to propose a new time, which starts
	 * their response window with the usual downgrade or cancellation on silence.
	 */
	List<CaseEvent> missedMeeting(String author, String text, String detail, InReplyTo thread, OffsetDateTime at) {
		mustBeOpen();
		find(Reason.MISSED_MEETING, null, detail, at);
		return requestInformation(author, text, thread, at);
	}

	/** Closed: the contacts are told that replies will not reopen it (S3.1). */
	List<CaseEvent> close(String author, String resolution, InReplyTo thread, OffsetDateTime at) {
		return end(Status.CLOSED, MessageKind.CLOSURE, author, author, resolution, null, thread, at);
	}

	List<CaseEvent> cancel(String author, String reason, InReplyTo thread, OffsetDateTime at) {
		return end(Status.CANCELLED, MessageKind.CANCELLATION, author, author, reason, null, thread, at);
	}

	/**
	 * Severity, team and assignee ({@code null} leaves one as it is, blank clears team or
	 * assignee); a new severity is told to the contacts unless the case has ended.
	 */
	List<CaseEvent> change(String author, Severity newSeverity, String newTeam, String newAssignee, InReplyTo thread,
			OffsetDateTime at) {
		List<CaseEvent> happened = new ArrayList<>();
		if (newTeam != null || newAssignee != null) {
			String previousAssignee = this.assignee;
			this.team = (newTeam != null) ? blankToNull(newTeam) : this.team;
			this.assignee = (newAssignee != null) ? blankToNull(newAssignee) : this.assignee;
			this.changes.fieldsChanged();
			record(author, HistoryEvent.ASSIGNMENT, "team=" + this.team + ", assignee=" + this.assignee, at);
			if (this.assignee != null && !this.assignee.equals(previousAssignee)) {
				happened.add(new CaseAssigned(number(), this.facts.subject(), this.assignee, author, at));
			}
		}
		if (newSeverity == null || newSeverity == this.severity) {
			return happened;
		}
		Severity previous = this.severity;
		changeSeverity(newSeverity, author, null, at);
		if (!isEnded()) {
			happened.add(mail(MessageKind.SEVERITY_CHANGE, "", author, thread, previous, null));
		}
		return happened;
	}

	/**
	 * S2.6: part of the customer's window has passed; nothing when the case no longer
	 * waits.
	 */
	List<CaseEvent> remindCustomer(OffsetDateTime dueAt, InReplyTo thread, OffsetDateTime at) {
		if (!waitsForCustomer()) {
			return List.of();
		}
		record(CASO, HistoryEvent.REMINDER, "No answer yet; due " + dueAt, at);
		return List.of(mail(MessageKind.REMINDER, "", null, thread, null, dueAt));
	}

	/**
	 * S2.6: the customer's window expired without an answer. An A or B case goes down one
	 * level and its window starts again (the contacts are told once it is set); a C case
	 * is cancelled and the contacts are told why. Nothing when the case no longer waits.
	 */
	List<CaseEvent> customerSilent(InReplyTo thread, OffsetDateTime at) {
		if (!waitsForCustomer()) {
			return List.of();
		}
		String why = "no answer within the customer's window (S2.6)";
		if (this.severity == Severity.C) {
			return end(Status.CANCELLED, MessageKind.SILENCE_CANCELLATION, CASO, null, "", why, thread, at);
		}
		Severity previous = this.severity;
		changeSeverity(Severity.values()[previous.ordinal() + 1], CASO, why, at);
		return List.of(new CustomerAsked(number(), this.severity, at, previous));
	}

	/**
	 * This case lives on in another one (a merge): closed, and later mail to it threads
	 * to the survivor.
	 */
	CaseEnded closeAsMergedInto(long survivor, OffsetDateTime at) {
		this.mergedInto = survivor;
		this.status = Status.CLOSED;
		this.endedAt = at;
		this.changes.fieldsChanged();
		return new CaseEnded(number(), Status.CLOSED, at);
	}

	/** Someone joins the contacts; false when already one. */
	boolean join(String email) {
		return this.contacts.join(email);
	}

	/** Links this case and another one (both show it); nothing when already linked. */
	void linkBothSides(LinkType type, Case other, LinkType otherType) {
		addLink(new CaseLink(type, other.number()));
		other.addLink(new CaseLink(otherType, number()));
	}

	/** Authorises another address: it receives the case's mail from now on. */
	void addContact(String email, Predicate<String> ours, String author, OffsetDateTime at) {
		record(author, HistoryEvent.CONTACT_ADDED, this.contacts.authorise(email, ours), at);
	}

	/** Takes an address off the case; the case keeps at least one contact. */
	void removeContact(String email, String author, OffsetDateTime at) {
		record(author, HistoryEvent.CONTACT_REMOVED, this.contacts.remove(email), at);
	}

	/** Something found about the case (a guideline check, a rule of the conversation). */
	void find(Reason code, String rule, String detail, OffsetDateTime at) {
		this.changes.found(new NewFinding(code, (rule != null) ? rule : code.rule(), detail, at));
	}

	/**
	 * The case for messages split off this one: same severity, contacts, organisation,
	 * language.
	 */
	NewCase likeThis(String subject, OffsetDateTime at) {
		return new NewCase(this.severity, subject, this.facts.requester(), this.facts.requesterName(),
				this.contacts.list(), this.facts.organization(), this.facts.language(), at, null, this.team);
	}

	/** A step worth keeping in the case's history. */
	void record(String actor, HistoryEvent event, String detail, OffsetDateTime at) {
		this.changes.recorded(new CaseDetails.Change(at, actor, event, detail));
	}

	private List<CaseEvent> end(Status ended, MessageKind kind, String actor, String author, String text, String why,
			InReplyTo thread, OffsetDateTime at) {
		mustBeOpen();
		changeStatus(ended, actor, why, at);
		this.endedAt = at;
		return List.of(mail(kind, text, author, thread, null, null), new CaseEnded(number(), ended, at));
	}

	private void changeStatus(Status next, String actor, String why, OffsetDateTime at) {
		record(actor, HistoryEvent.STATUS, this.status + " -> " + next + ((why != null) ? ": " + why : ""), at);
		this.status = next;
		this.changes.fieldsChanged();
	}

	private void changeSeverity(Severity next, String actor, String why, OffsetDateTime at) {
		record(actor, HistoryEvent.SEVERITY, this.severity + " -> " + next + ((why != null) ? ": " + why : ""), at);
		this.severity = next;
		this.changes.fieldsChanged();
	}

	private void addLink(CaseLink link) {
		if (this.links.add(link)) {
			this.changes.linked(link);
		}
	}

	private MailToContactsRequested mail(MessageKind kind, String text, String author, InReplyTo thread,
			Severity previous, OffsetDateTime dueAt) {
		return new MailToContactsRequested(snapshot(), kind, text, author, thread, previous, dueAt);
	}

	private void mustBeOpen() {
		if (isEnded()) {
			throw CaseActionRefused.of(CaseActionRefused.Refusal.NOT_OPEN, number(), this.status);
		}
	}

	private static String blankToNull(String value) {
		return value.isBlank() ? null : value.strip();
	}

}
