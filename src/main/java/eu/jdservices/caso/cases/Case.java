package eu.jdservices.caso.cases;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import eu.jdservices.caso.intake.Reason;
import eu.jdservices.caso.intake.Severity;
import org.apache.commons.validator.routines.EmailValidator;

/**
 * A case: its status machine, contacts, links and findings, and the rules that guard them
 * (S1.5 authorised contacts, S2.2/S2.6 waiting for the customer, S3.1 an ended case is
 * never reopened). Each command either refuses ({@link CaseActionRefused}) or changes the
 * case and returns the events it caused. Plain Java: no Spring, no database; the time of
 * each change is given.
 */
final class Case {

	static final String CASO = "caso";

	private final long number;

	private final String subject;

	private Severity severity;

	private Status status;

	private final String organization;

	private final String requester;

	private final String requesterName;

	private final String language;

	private final OffsetDateTime createdAt;

	private String team;

	private String assignee;

	private Long mergedInto;

	private OffsetDateTime endedAt;

	private final List<String> contacts;

	private final Set<Link> links;

	private final Changes changes = new Changes();

	Case(long number, String subject, Severity severity, Status status, String organization, String requester,
			String requesterName, String language, OffsetDateTime createdAt, String team, String assignee,
			Long mergedInto, OffsetDateTime endedAt, List<String> contacts, Set<Link> links) {
		this.number = number;
		this.subject = subject;
		this.severity = severity;
		this.status = status;
		this.organization = organization;
		this.requester = requester;
		this.requesterName = (requesterName != null) ? requesterName : "";
		this.language = language;
		this.createdAt = createdAt;
		this.team = team;
		this.assignee = assignee;
		this.mergedInto = mergedInto;
		this.endedAt = endedAt;
		this.contacts = new ArrayList<>(contacts);
		this.links = new LinkedHashSet<>(links);
	}

	/** A case just stored for a new mail: open, its contacts authorised (S1.5). */
	static Case opened(long number, NewCase newCase) {
		return new Case(number, newCase.subject(), newCase.severity(), Status.OPEN, newCase.organization(),
				newCase.requester(), newCase.requesterName(), newCase.language(), newCase.createdAt(), null, null, null,
				null, newCase.contacts(), Set.of());
	}

	long number() {
		return this.number;
	}

	Severity severity() {
		return this.severity;
	}

	Status status() {
		return this.status;
	}

	String requester() {
		return this.requester;
	}

	String requesterName() {
		return this.requesterName;
	}

	String subject() {
		return this.subject;
	}

	String organization() {
		return this.organization;
	}

	String language() {
		return this.language;
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

	OffsetDateTime createdAt() {
		return this.createdAt;
	}

	List<String> contacts() {
		return List.copyOf(this.contacts);
	}

	Set<Link> links() {
		return Set.copyOf(this.links);
	}

	/** What changed since the case was loaded, for the repository to store. */
	Changes changes() {
		return this.changes;
	}

	/** Closed or cancelled: never reopened (S3.1). */
	boolean isEnded() {
		return this.status.isEnded();
	}

	boolean isContact(String email) {
		return this.contacts.contains(normalized(email));
	}

	boolean waitsForCustomer() {
		return this.status == Status.WAITING_FOR_CUSTOMER;
	}

	CaseSnapshot snapshot() {
		return new CaseSnapshot(this.number, this.severity, this.subject, this.requester, this.requesterName,
				this.contacts, this.language, this.organization, this.createdAt);
	}

	/**
	 * A customer's mail joins the case: new people in copy become contacts (S1.5), what
	 * was found about it is noted, and a case waiting for the customer is open again.
	 */
	List<CaseEvent> customerWrote(CustomerMail mail) {
		mustBeOpen();
		if (!isContact(mail.sender())) {
			throw CaseActionRefused.of(CaseActionRefused.Refusal.NOT_A_CONTACT, mail.sender(), this.number);
		}
		for (String added : mail.newContacts()) {
			String address = normalized(added);
			if (!this.contacts.contains(address)) {
				this.contacts.add(address);
				this.changes.addedContacts.add(address);
				find(Reason.CONTACT_ADDED, null, address + " added by " + mail.sender(), mail.at());
				record(mail.sender(), HistoryEvent.CONTACT_ADDED, address, mail.at());
			}
		}
		mail.findings().forEach((finding) -> find(finding.code(), finding.rule(), finding.detail(), mail.at()));
		if (this.status == Status.WAITING_FOR_CUSTOMER) {
			changeStatus(Status.OPEN, mail.sender(), "the customer replied", mail.at());
		}
		return List.of(new CustomerWrote(this.number, this.severity, mail.at()));
	}

	/** An agent's answer to all contacts; it meets the response target. */
	List<CaseEvent> reply(String author, String text, InReplyTo thread, OffsetDateTime at) {
		mustBeOpen();
		return List.of(mail(MessageKind.REPLY, text, author, thread, null, null), new AgentResponded(this.number, at));
	}

	/** S2.2: the agent asks; the case waits for the customer, whose window starts. */
	List<CaseEvent> requestInformation(String author, String text, InReplyTo thread, OffsetDateTime at) {
		mustBeOpen();
		changeStatus(Status.WAITING_FOR_CUSTOMER, author, null, at);
		return List.of(mail(MessageKind.REQUEST_INFO, text, author, thread, null, null),
				new AgentResponded(this.number, at), new CustomerAsked(this.number, this.severity, at));
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
		List<CaseEvent> events = new ArrayList<>();
		if (newTeam != null || newAssignee != null) {
			this.team = (newTeam != null) ? blankToNull(newTeam) : this.team;
			this.assignee = (newAssignee != null) ? blankToNull(newAssignee) : this.assignee;
			this.changes.row = true;
			record(author, HistoryEvent.ASSIGNMENT, "team=" + this.team + ", assignee=" + this.assignee, at);
		}
		if (newSeverity != null && newSeverity != this.severity) {
			Severity previous = this.severity;
			changeSeverity(newSeverity, author, null, at);
			if (!isEnded()) {
				events.add(mail(MessageKind.SEVERITY_CHANGE, "", author, thread, previous, null));
			}
		}
		return events;
	}

	/**
	 * S2.6: part of the customer's window has passed without an answer; nothing when the
	 * case no longer waits.
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
		if (this.severity == Severity.C) {
			return end(Status.CANCELLED, MessageKind.SILENCE_CANCELLATION, CASO, null, "",
					"no answer within the customer's window (S2.6)", thread, at);
		}
		Severity previous = this.severity;
		Severity lower = Severity.values()[previous.ordinal() + 1];
		changeSeverity(lower, CASO, "no answer within the customer's window (S2.6)", at);
		return List.of(new CustomerAsked(this.number, lower, at, previous));
	}

	/**
	 * This case lives on in {@code survivor}: its contacts join the survivor, it is
	 * closed, and later mail to it threads to the survivor. {@code survivorLivesOnIn} is
	 * the case the survivor's own merges lead to (itself when it was never merged): a
	 * merge may not make a cycle.
	 */
	List<CaseEvent> mergeInto(Case survivor, long survivorLivesOnIn, String author, OffsetDateTime at) {
		if (survivor.number == this.number) {
			throw CaseActionRefused.of(CaseActionRefused.Refusal.MERGE_SELF, this.number);
		}
		if (survivorLivesOnIn == this.number) {
			throw CaseActionRefused.of(CaseActionRefused.Refusal.MERGE_CYCLE, this.number, survivor.number);
		}
		for (String contact : this.contacts) {
			if (!survivor.contacts.contains(contact)) {
				survivor.contacts.add(contact);
				survivor.changes.addedContacts.add(contact);
			}
		}
		this.mergedInto = survivor.number;
		this.status = Status.CLOSED;
		this.endedAt = at;
		this.changes.row = true;
		addLink(LinkType.MERGED_INTO, survivor.number);
		survivor.addLink(LinkType.MERGED_FROM, this.number);
		record(author, HistoryEvent.MERGED, "into " + survivor.number, at);
		survivor.record(author, HistoryEvent.MERGED, "from " + this.number, at);
		return List.of(new CaseEnded(this.number, Status.CLOSED, at));
	}

	/**
	 * The case for messages split off this one: same severity, contacts, organisation and
	 * language; some of its messages must move, not none and not all.
	 * @param messages the ids of the case's messages
	 * @param chosen the ids to move
	 * @param firstSubject the subject of the first message that moves
	 */
	NewCase splitOff(List<Long> messages, List<Long> chosen, String firstSubject, OffsetDateTime at) {
		if (chosen.isEmpty()) {
			throw CaseActionRefused.of(CaseActionRefused.Refusal.SPLIT_EMPTY, this.number);
		}
		if (!messages.containsAll(chosen)) {
			throw CaseActionRefused.of(CaseActionRefused.Refusal.SPLIT_UNKNOWN_MESSAGE, this.number);
		}
		if (chosen.containsAll(messages)) {
			throw CaseActionRefused.of(CaseActionRefused.Refusal.SPLIT_ALL, this.number);
		}
		return new NewCase(this.severity, firstSubject, this.requester, this.requesterName, this.contacts,
				this.organization, this.language, at, null);
	}

	/** Records both sides of a split once the new case exists. */
	void splitInto(Case created, List<Long> messageIds, String author, OffsetDateTime at) {
		addLink(LinkType.SPLIT_INTO, created.number);
		created.addLink(LinkType.SPLIT_FROM, this.number);
		record(author, HistoryEvent.SPLIT, "messages " + messageIds + " into " + created.number, at);
		created.record(author, HistoryEvent.SPLIT, "from " + this.number, at);
	}

	/** An agent links two cases; both show the link. */
	void link(Case other, LinkType type, String author, OffsetDateTime at) {
		if (other.number == this.number) {
			throw CaseActionRefused.of(CaseActionRefused.Refusal.LINK_SELF, this.number);
		}
		addLink(type, other.number);
		other.addLink(type, this.number);
		record(author, HistoryEvent.LINKED, type + " " + other.number, at);
	}

	/** Caso links a case it recognised (a recurrence, a duplicate): both sides. */
	void linkFound(LinkType type, Case other) {
		addLink(type, other.number);
		other.addLink(type, this.number);
	}

	/**
	 * Authorises another address on the case: it receives the case's mail from now on.
	 */
	void addContact(String email, Predicate<String> ours, String author, OffsetDateTime at) {
		String address = normalized(email);
		if (!EmailValidator.getInstance(false, true).isValid(address)) {
			throw CaseActionRefused.of(CaseActionRefused.Refusal.CONTACT_INVALID, address);
		}
		if (ours.test(address)) {
			throw CaseActionRefused.of(CaseActionRefused.Refusal.CONTACT_OURS, address);
		}
		if (this.contacts.contains(address)) {
			throw CaseActionRefused.of(CaseActionRefused.Refusal.CONTACT_PRESENT, address, this.number);
		}
		this.contacts.add(address);
		this.changes.addedContacts.add(address);
		record(author, HistoryEvent.CONTACT_ADDED, address, at);
	}

	/** Takes an address off the case; the case keeps at least one contact. */
	void removeContact(String email, String author, OffsetDateTime at) {
		String address = normalized(email);
		if (!this.contacts.contains(address)) {
			throw CaseActionRefused.of(CaseActionRefused.Refusal.CONTACT_ABSENT, address, this.number);
		}
		if (this.contacts.size() == 1) {
			throw CaseActionRefused.of(CaseActionRefused.Refusal.CONTACT_LAST, this.number);
		}
		this.contacts.remove(address);
		this.changes.removedContacts.add(address);
		record(author, HistoryEvent.CONTACT_REMOVED, address, at);
	}

	/** Something found about the case (a guideline check, a rule of the conversation). */
	void find(Reason code, String rule, String detail, OffsetDateTime at) {
		this.changes.findings.add(new NewFinding(code, (rule != null) ? rule : code.rule(), detail, at));
	}

	/** A step worth keeping in the case's history. */
	void record(String actor, HistoryEvent event, String detail, OffsetDateTime at) {
		this.changes.history.add(new CaseDetails.Change(at, actor, event, detail));
	}

	private List<CaseEvent> end(Status ended, MessageKind kind, String actor, String author, String text, String why,
			InReplyTo thread, OffsetDateTime at) {
		mustBeOpen();
		changeStatus(ended, actor, why, at);
		this.endedAt = at;
		return List.of(mail(kind, text, author, thread, null, null), new CaseEnded(this.number, ended, at));
	}

	private void changeStatus(Status next, String actor, String why, OffsetDateTime at) {
		String detail = this.status + " -> " + next + ((why != null) ? ": " + why : "");
		this.status = next;
		this.changes.row = true;
		record(actor, HistoryEvent.STATUS, detail, at);
	}

	private void changeSeverity(Severity next, String actor, String why, OffsetDateTime at) {
		String detail = this.severity + " -> " + next + ((why != null) ? ": " + why : "");
		this.severity = next;
		this.changes.row = true;
		record(actor, HistoryEvent.SEVERITY, detail, at);
	}

	private void addLink(LinkType type, long other) {
		Link link = new Link(type, other);
		if (this.links.add(link)) {
			this.changes.links.add(link);
		}
	}

	private MailToContactsRequested mail(MessageKind kind, String text, String author, InReplyTo thread,
			Severity previous, OffsetDateTime dueAt) {
		return new MailToContactsRequested(snapshot(), kind, text, author, thread, previous, dueAt);
	}

	private void mustBeOpen() {
		if (isEnded()) {
			throw CaseActionRefused.of(CaseActionRefused.Refusal.NOT_OPEN, this.number, this.status);
		}
	}

	private static String normalized(String email) {
		return (email == null) ? "" : email.strip().toLowerCase(Locale.ROOT);
	}

	private static String blankToNull(String value) {
		return value.isBlank() ? null : value.strip();
	}

	/**
	 * A customer's mail as the case sees it.
	 *
	 * @param sender who wrote
	 * @param newContacts the people in To/Cc (our own addresses left out)
	 * @param findings what the conversation rules found about it
	 * @param at when it joins the case
	 */
	record CustomerMail(String sender, List<String> newContacts, List<NewFinding> findings, OffsetDateTime at) {

		CustomerMail {
			newContacts = List.copyOf(newContacts);
			findings = List.copyOf(findings);
		}

	}

	/** A link to another case. */
	record Link(LinkType type, long other) {
	}

	/** A finding not stored yet. */
	record NewFinding(Reason code, String rule, String detail, OffsetDateTime at) {

		static NewFinding of(Reason code, String detail, OffsetDateTime at) {
			return new NewFinding(code, code.rule(), detail, at);
		}

	}

	/** What changed since the case was loaded. */
	static final class Changes {

		private boolean row;

		private final List<String> addedContacts = new ArrayList<>();

		private final List<String> removedContacts = new ArrayList<>();

		private final List<Link> links = new ArrayList<>();

		private final List<NewFinding> findings = new ArrayList<>();

		private final List<CaseDetails.Change> history = new ArrayList<>();

		/** Whether the case's own fields (status, severity, team …) changed. */
		boolean row() {
			return this.row;
		}

		List<String> addedContacts() {
			return List.copyOf(this.addedContacts);
		}

		List<String> removedContacts() {
			return List.copyOf(this.removedContacts);
		}

		List<Link> links() {
			return List.copyOf(this.links);
		}

		List<NewFinding> findings() {
			return List.copyOf(this.findings);
		}

		List<CaseDetails.Change> history() {
			return List.copyOf(this.history);
		}

	}

}
