package eu.jdservices.caso.cases;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;

import eu.jdservices.caso.intake.IntakeAddresses;
import eu.jdservices.caso.intake.Severity;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What agents (and the customer's clock) do with a case: answer, ask, close, cancel,
 * change severity/team/assignee, merge, split, link, contacts, reminders and silence.
 * Each is load, decide ({@link Case}), save, publish — in one transaction, so the mails
 * it causes are queued with it.
 */
@Service
public class CaseActions {

	private final CaseRepository cases;

	private final ConversationStore conversation;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final IntakeAddresses addresses;

	CaseActions(CaseRepository cases, ConversationStore conversation, ApplicationEventPublisher events, Clock clock,
			IntakeAddresses addresses) {
		this.cases = cases;
		this.conversation = conversation;
		this.events = events;
		this.clock = clock;
		this.addresses = addresses;
	}

	/**
	 * A reply to all contacts, or an internal note (allowed on any case) that never
	 * leaves.
	 */
	@Transactional
	public void reply(long number, String author, String text, boolean internal) {
		if (internal) {
			load(number);
			this.conversation.addNote(number, author, text, now());
			return;
		}
		act(number, (current) -> current.reply(author, text, thread(number), now()));
	}

	/** S2.2: asks the customer for information; the case waits for the customer. */
	@Transactional
	public void requestInformation(long number, String author, String text) {
		act(number, (current) -> current.requestInformation(author, text, thread(number), now()));
	}

	/**
	 * S2.6: the customer missed a meeting ({@code MISSED_MEETING}); they are asked with
	 * {@code text} to propose a new time and the case waits for them.
	 */
	@Transactional
	public void missedMeeting(long number, String author, String text, String detail) {
		act(number, (current) -> current.missedMeeting(author, text, detail, thread(number), now()));
	}

	/** Closes the case; the contacts are told that replies will not reopen it (S3.1). */
	@Transactional
	public void close(long number, String author, String resolution) {
		act(number, (current) -> current.close(author, resolution, thread(number), now()));
	}

	@Transactional
	public void cancel(long number, String author, String reason) {
		act(number, (current) -> current.cancel(author, reason, thread(number), now()));
	}

	/**
	 * Changes severity, team and/or assignee ({@code null} leaves a field as it is); a
	 * severity change is told.
	 */
	@Transactional
	public void update(long number, String author, Severity severity, String team, String assignee) {
		act(number, (current) -> current.change(author, severity, team, assignee, thread(number), now()));
	}

	/** S2.6: part of the customer's window (ending at {@code dueAt}) has passed. */
	@Transactional
	public void remindCustomer(long number, OffsetDateTime dueAt) {
		act(number, (current) -> current.remindCustomer(dueAt, thread(number), now()));
	}

	/**
	 * S2.6: the customer's window expired without an answer: an A or B case goes down one
	 * level and a new window starts ({@link CustomerAsked} with the severity it was
	 * lowered from); a C case is cancelled and the contacts are told why.
	 */
	@Transactional
	public void customerSilent(long number) {
		act(number, (current) -> current.customerSilent(thread(number), now()));
	}

	/**
	 * Moves messages and contacts into another case; later mail to this case threads to
	 * the survivor.
	 */
	@Transactional
	public void merge(long number, long into, String author) {
		if (number == into) {
			throw CaseActionRefused.of(CaseActionRefused.Refusal.MERGE_SELF, number);
		}
		Case merged = load(number);
		Case survivor = load(into);
		List<CaseEvent> happened = CaseRelations.merge(merged, survivor, this.cases.survivor(into), author, now());
		this.conversation.moveAll(number, into);
		this.cases.save(merged);
		this.cases.save(survivor);
		happened.forEach(this.events::publishEvent);
	}

	/** Moves the given messages into a new case with the same contacts and severity. */
	@Transactional
	public long split(long number, List<Long> messageIds, String author) {
		Case current = load(number);
		OffsetDateTime now = now();
		NewCase split = CaseRelations.splitOff(current, this.conversation.messageIds(number), messageIds,
				firstSubjectOf(number, messageIds, current.facts().subject()), now);
		Case created = this.cases.insert(split);
		this.conversation.move(number, created.number(), messageIds);
		CaseRelations.split(current, created, messageIds, author, now);
		this.cases.save(current);
		this.cases.save(created);
		return created.number();
	}

	/** Links two cases (both show the link); agents use {@link LinkType#agentTypes()}. */
	@Transactional
	public void link(long number, long other, LinkType type, String author) {
		Case current = load(number);
		Case linked = load(other);
		CaseRelations.link(current, linked, type, author, now());
		this.cases.save(current);
		this.cases.save(linked);
	}

	/**
	 * Authorises another address on the case: it receives the case's mail from now on.
	 */
	@Transactional
	public void addContact(long number, String email, String author) {
		act(number, (current) -> {
			current.addContact(email, this.addresses::isOwn, author, now());
			return List.of();
		});
	}

	/** Takes an address off the case; the case keeps at least one contact. */
	@Transactional
	public void removeContact(long number, String email, String author) {
		act(number, (current) -> {
			current.removeContact(email, author, now());
			return List.of();
		});
	}

	private void act(long number, Function<Case, List<CaseEvent>> command) {
		Case current = load(number);
		List<CaseEvent> happened = command.apply(current);
		this.cases.save(current);
		happened.forEach(this.events::publishEvent);
	}

	/** The subject of the earliest chosen message (the split case is named after it). */
	private String firstSubjectOf(long number, List<Long> chosen, String fallback) {
		List<Long> ordered = this.conversation.messageIds(number);
		return ordered.stream()
			.filter(chosen::contains)
			.findFirst()
			.flatMap((id) -> this.conversation.subjectOf(number, id))
			.orElse(fallback);
	}

	private InReplyTo thread(long number) {
		return this.conversation.thread(number);
	}

	private Case load(long number) {
		return this.cases.load(number).orElseThrow(() -> CaseActionRefused.notFound(number));
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock);
	}

}
