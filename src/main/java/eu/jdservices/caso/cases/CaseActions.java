package eu.jdservices.caso.cases;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import eu.jdservices.caso.intake.IntakeAddresses;
import eu.jdservices.caso.intake.Severity;
import org.apache.commons.validator.routines.EmailValidator;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What agents do with a case: answer, ask, close, cancel, change severity/team/assignee,
 * merge, split, link. Each action changes the case and queues its mail in one
 * transaction; every change is in the case's history.
 */
@Service
public class CaseActions {

	private static final String CASO = "caso";

	private final CaseStore store;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final IntakeAddresses addresses;

	CaseActions(CaseStore store, ApplicationEventPublisher events, Clock clock, IntakeAddresses addresses) {
		this.store = store;
		this.events = events;
		this.clock = clock;
		this.addresses = addresses;
	}

	/** A reply to all contacts, or an internal note that never leaves. */
	@Transactional
	public void reply(long number, String author, String text, boolean internal) {
		CaseSummary current = open(number, !internal);
		if (internal) {
			this.store.addNote(number, author, text, now());
			return;
		}
		mailContacts(current, MessageKind.REPLY, text, author, null);
		this.events.publishEvent(new AgentResponded(number, now()));
	}

	/** S2.2: asks the customer for information; the case waits for the customer. */
	@Transactional
	public void requestInformation(long number, String author, String text) {
		CaseSummary current = open(number, true);
		this.store.setStatus(number, Status.WAITING_FOR_CUSTOMER, null);
		this.store.recordHistory(number, author, "STATUS", current.status() + " -> WAITING_FOR_CUSTOMER", now());
		mailContacts(this.store.find(number).orElseThrow(), MessageKind.REQUEST_INFO, text, author, null);
		this.events.publishEvent(new AgentResponded(number, now()));
		this.events.publishEvent(new CustomerAsked(number, current.severity(), now()));
	}

	/** Closes the case; the contacts are told that replies will not reopen it (S3.1). */
	@Transactional
	public void close(long number, String author, String resolution) {
		finish(number, author, Status.CLOSED, MessageKind.CLOSURE, resolution);
	}

	@Transactional
	public void cancel(long number, String author, String reason) {
		finish(number, author, Status.CANCELLED, MessageKind.CANCELLATION, reason);
	}

	/**
	 * Changes severity, team and/or assignee ({@code null} leaves a field as it is); a
	 * severity change is told.
	 */
	@Transactional
	public void update(long number, String author, Severity severity, String team, String assignee) {
		CaseSummary current = existing(number);
		OffsetDateTime now = now();
		if (team != null || assignee != null) {
			String newTeam = (team != null) ? blankToNull(team) : current.team();
			String newAssignee = (assignee != null) ? blankToNull(assignee) : current.assignee();
			this.store.setAssignment(number, newTeam, newAssignee);
			this.store.recordHistory(number, author, "ASSIGNMENT", "team=" + newTeam + ", assignee=" + newAssignee,
					now);
		}
		if (severity != null && severity != current.severity()) {
			this.store.setSeverity(number, severity);
			this.store.recordHistory(number, author, "SEVERITY", current.severity() + " -> " + severity, now);
			if (current.status() != Status.CLOSED && current.status() != Status.CANCELLED) {
				mailContacts(this.store.find(number).orElseThrow(), MessageKind.SEVERITY_CHANGE, "", author,
						current.severity());
			}
		}
	}

	/** S2.6: part of the customer's window has passed without an answer. */
	@Transactional
	public void remindCustomer(long number, OffsetDateTime dueAt) {
		CaseSummary current = existing(number);
		if (current.status() != Status.WAITING_FOR_CUSTOMER) {
			return;
		}
		this.store.recordHistory(number, CASO, "REMINDER", "No answer yet; due " + dueAt, now());
		mailContacts(current, MessageKind.REMINDER, "", null, null, dueAt);
	}

	/**
	 * S2.6: the customer's window expired without an answer. A and B cases go down one
	 * severity level and a new window starts ({@link CustomerAsked}); a C case is
	 * cancelled and the contacts are told why.
	 * @return the new severity, or empty when the case was cancelled (or no longer waits)
	 */
	@Transactional
	public Optional<Severity> customerSilent(long number) {
		CaseSummary current = existing(number);
		if (current.status() != Status.WAITING_FOR_CUSTOMER) {
			return Optional.empty();
		}
		OffsetDateTime now = now();
		if (current.severity() == Severity.C) {
			this.store.setStatus(number, Status.CANCELLED, now);
			this.store.recordHistory(number, CASO, "STATUS",
					"WAITING_FOR_CUSTOMER -> CANCELLED: no answer within the customer's window (S2.6)", now);
			mailContacts(this.store.find(number).orElseThrow(), MessageKind.SILENCE_CANCELLATION, "", null, null);
			this.events.publishEvent(new CaseEnded(number, Status.CANCELLED, now));
			return Optional.empty();
		}
		Severity lower = Severity.values()[current.severity().ordinal() + 1];
		this.store.setSeverity(number, lower);
		this.store.recordHistory(number, CASO, "SEVERITY",
				current.severity() + " -> " + lower + ": no answer within the customer's window (S2.6)", now);
		this.events.publishEvent(new CustomerAsked(number, lower, now));
		return Optional.of(lower);
	}

	/**
	 * Tells the contacts that the severity was lowered for silence and when the new
	 * window ends.
	 */
	@Transactional
	public void toldOfDowngrade(long number, Severity previous, OffsetDateTime dueAt) {
		mailContacts(existing(number), MessageKind.SILENCE_DOWNGRADE, "", null, previous, dueAt);
	}

	/**
	 * Moves messages and contacts into another case; later mail to this case threads to
	 * the survivor.
	 */
	@Transactional
	public void merge(long number, long into, String author) {
		if (number == into) {
			throw CaseActionRefused.conflict("case.merge-self", number);
		}
		CaseSummary merged = existing(number);
		CaseSummary survivor = existing(into);
		if (this.store.survivor(into) == number) {
			throw CaseActionRefused.conflict("case.merge-cycle", number, into);
		}
		this.store.mergeInto(number, into);
		for (String contact : merged.contacts()) {
			if (!survivor.contacts().contains(contact)) {
				this.store.addContact(into, contact);
			}
		}
		OffsetDateTime now = now();
		this.store.setStatus(number, Status.CLOSED, now);
		this.store.addLink(number, "MERGED_INTO", into);
		this.store.addLink(into, "MERGED_FROM", number);
		this.store.recordHistory(number, author, "MERGED", "into " + into, now);
		this.store.recordHistory(into, author, "MERGED", "from " + number, now);
		this.events.publishEvent(new CaseEnded(number, Status.CLOSED, now));
	}

	/** Moves the given messages into a new case with the same contacts and severity. */
	@Transactional
	public long split(long number, List<Long> messageIds, String author) {
		CaseSummary current = existing(number);
		if (messageIds.isEmpty()) {
			throw CaseActionRefused.conflict("case.split-empty", number);
		}
		List<CaseDetails.Message> messages = this.store.messages(number);
		List<Long> known = messages.stream().map(CaseDetails.Message::id).toList();
		if (!known.containsAll(messageIds)) {
			throw CaseActionRefused.conflict("case.split-unknown-message", number);
		}
		if (messageIds.containsAll(known)) {
			throw CaseActionRefused.conflict("case.split-all", number);
		}
		CaseDetails.Message first = messages.stream()
			.filter((message) -> messageIds.contains(message.id()))
			.findFirst()
			.orElseThrow();
		OffsetDateTime now = now();
		long created = this.store
			.insert(new NewCase(current.severity(), first.subject(), current.requester(), current.requesterName(),
					current.contacts(), current.organization(), current.language(), now, null, null));
		this.store.moveMessages(number, created, messageIds);
		this.store.addLink(created, "SPLIT_FROM", number);
		this.store.addLink(number, "SPLIT_INTO", created);
		this.store.recordHistory(number, author, "SPLIT", "messages " + messageIds + " into " + created, now);
		this.store.recordHistory(created, author, "SPLIT", "from " + number, now);
		return created;
	}

	/** Links two cases (both show the link). */
	@Transactional
	public void link(long number, long other, String type, String author) {
		existing(number);
		existing(other);
		if (number == other) {
			throw CaseActionRefused.conflict("case.link-self", number);
		}
		String normalized = type.trim().toUpperCase(Locale.ROOT);
		this.store.addLink(number, normalized, other);
		this.store.addLink(other, normalized, number);
		this.store.recordHistory(number, author, "LINKED", normalized + " " + other, now());
	}

	/**
	 * Authorises another address on the case: it receives the case's mail from now on.
	 */
	@Transactional
	public void addContact(long number, String email, String author) {
		CaseSummary current = existing(number);
		String address = (email == null) ? "" : email.strip().toLowerCase(Locale.ROOT);
		if (!EmailValidator.getInstance(false, true).isValid(address)) {
			throw CaseActionRefused.conflict("case.contact-invalid", address);
		}
		if (this.addresses.isOwn(address)) {
			throw CaseActionRefused.conflict("case.contact-ours", address);
		}
		if (current.contacts().contains(address)) {
			throw CaseActionRefused.conflict("case.contact-present", address, number);
		}
		this.store.addContact(number, address);
		this.store.recordHistory(number, author, "CONTACT_ADDED", address, now());
	}

	/** Takes an address off the case; the case keeps at least one contact. */
	@Transactional
	public void removeContact(long number, String email, String author) {
		CaseSummary current = existing(number);
		String address = (email == null) ? "" : email.strip().toLowerCase(Locale.ROOT);
		if (!current.contacts().contains(address)) {
			throw CaseActionRefused.conflict("case.contact-absent", address, number);
		}
		if (current.contacts().size() == 1) {
			throw CaseActionRefused.conflict("case.contact-last", number);
		}
		this.store.removeContact(number, address);
		this.store.recordHistory(number, author, "CONTACT_REMOVED", address, now());
	}

	private void finish(long number, String author, Status status, MessageKind kind, String text) {
		CaseSummary current = open(number, true);
		this.store.setStatus(number, status, now());
		this.store.recordHistory(number, author, "STATUS", current.status() + " -> " + status, now());
		mailContacts(this.store.find(number).orElseThrow(), kind, text, author, null);
		this.events.publishEvent(new CaseEnded(number, status, now()));
	}

	private void mailContacts(CaseSummary current, MessageKind kind, String text, String author,
			Severity previousSeverity) {
		mailContacts(current, kind, text, author, previousSeverity, null);
	}

	private void mailContacts(CaseSummary current, MessageKind kind, String text, String author,
			Severity previousSeverity, OffsetDateTime dueAt) {
		List<String> conversation = this.store.conversationIds(current.number());
		String last = conversation.isEmpty() ? null : conversation.get(conversation.size() - 1);
		List<String> references = conversation.subList(Math.max(0, conversation.size() - 20), conversation.size());
		this.events.publishEvent(new MailToContactsRequested(CaseSnapshot.of(current), kind, text, author,
				new InReplyTo(last, references), previousSeverity, dueAt));
	}

	private CaseSummary existing(long number) {
		return this.store.find(number).orElseThrow(() -> CaseActionRefused.notFound(number));
	}

	private CaseSummary open(long number, boolean mustBeOpen) {
		CaseSummary current = existing(number);
		if (mustBeOpen && (current.status() == Status.CLOSED || current.status() == Status.CANCELLED)) {
			throw CaseActionRefused.conflict("case.not-open", number, current.status());
		}
		return current;
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock);
	}

	private static String blankToNull(String value) {
		return value.isBlank() ? null : value.strip();
	}

}
