package eu.jdservices.caso.meetings;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import eu.jdservices.caso.meetings.MeetingRefused.Refusal;

/**
 * A call, video meeting or remote session of a case (S2.6, S2.7): plain Java, loaded and
 * saved whole by {@link MeetingStore}. Each command checks its rule and either refuses
 * ({@link MeetingRefused}) or changes the meeting; every change the attendees are sent
 * raises the sequence, the UID never changes (RFC 5546).
 */
final class Meeting {

	static final int MAX_MINUTES = 8 * 60;

	private final Long id;

	private final long caseNumber;

	private final String uid;

	private final MeetingKind kind;

	private Instant start;

	private int durationMinutes;

	private final ZoneId contactZone;

	private final String joinUrl;

	private final String phone;

	private MeetingStatus status;

	private int sequence;

	private final String organizer;

	private final String scheduledBy;

	private final OffsetDateTime scheduledAt;

	private final List<Attendee> attendees;

	private final List<Counter> counters;

	Meeting(Long id, long caseNumber, String uid, MeetingKind kind, Instant start, int durationMinutes,
			ZoneId contactZone, String joinUrl, String phone, MeetingStatus status, int sequence, String organizer,
			String scheduledBy, OffsetDateTime scheduledAt, List<Attendee> attendees, List<Counter> counters) {
		this.id = id;
		this.caseNumber = caseNumber;
		this.uid = uid;
		this.kind = kind;
		this.start = start;
		this.durationMinutes = durationMinutes;
		this.contactZone = contactZone;
		this.joinUrl = joinUrl;
		this.phone = phone;
		this.status = status;
		this.sequence = sequence;
		this.organizer = organizer;
		this.scheduledBy = scheduledBy;
		this.scheduledAt = scheduledAt;
		this.attendees = new ArrayList<>(attendees);
		this.counters = new ArrayList<>(counters);
	}

	/**
	 * A new meeting: its attendees are the case's contacts asked for (all of them when
	 * none are named); anyone else is refused.
	 */
	static Meeting schedule(long caseNumber, String uid, ScheduleMeeting command, List<String> caseContacts,
			ZoneId contactZone, String organizer, String by, OffsetDateTime at) {
		checkDuration(command.durationMinutes());
		List<String> invited = (command.attendees() == null || command.attendees().isEmpty()) ? caseContacts
				: command.attendees()
					.stream()
					.map((email) -> email.strip().toLowerCase(Locale.ROOT))
					.distinct()
					.toList();
		for (String email : invited) {
			if (caseContacts.stream().noneMatch(email::equalsIgnoreCase)) {
				throw new MeetingRefused(Refusal.NOT_A_CONTACT, email, caseNumber);
			}
		}
		if (invited.isEmpty()) {
			throw new MeetingRefused(Refusal.NO_ATTENDEES, caseNumber);
		}
		List<Attendee> attendees = invited.stream()
			.map((email) -> new Attendee(email, Response.NEEDS_ACTION, null))
			.toList();
		return new Meeting(null, caseNumber, uid, command.kind(), command.start().toInstant(),
				command.durationMinutes(), contactZone, blankToNull(command.joinUrl()), blankToNull(command.phone()),
				MeetingStatus.SCHEDULED, 0, organizer, by, at, attendees, List.of());
	}

	/**
	 * Moves it: a new REQUEST with a higher sequence, which the attendees answer again.
	 */
	void reschedule(Instant newStart, Integer newDurationMinutes) {
		mustBeScheduled();
		if (newDurationMinutes != null) {
			checkDuration(newDurationMinutes);
			this.durationMinutes = newDurationMinutes;
		}
		this.start = newStart;
		this.sequence++;
		this.attendees.replaceAll((attendee) -> new Attendee(attendee.email(), Response.NEEDS_ACTION, null));
		this.counters.replaceAll((counter) -> counter.pending() ? counter.answered(CounterState.SUPERSEDED) : counter);
	}

	/** Cancels it: a CANCEL with a higher sequence. */
	void cancel() {
		mustBeScheduled();
		this.status = MeetingStatus.CANCELLED;
		this.sequence++;
	}

	/** What happened (may be recorded at any time while it is scheduled). */
	void record(MeetingOutcome outcome) {
		mustBeScheduled();
		this.status = outcome.status();
	}

	/**
	 * An attendee's calendar reply; one to an older version (a lower sequence) than the
	 * one sent last is out of date and changes nothing. True when it was recorded.
	 */
	boolean answer(String email, Response response, int replySequence, OffsetDateTime at) {
		Optional<Attendee> attendee = attendee(email);
		if (attendee.isEmpty() || replySequence < this.sequence || !this.status.isOpen()) {
			return false;
		}
		this.attendees
			.replaceAll((one) -> one.email().equalsIgnoreCase(email) ? new Attendee(one.email(), response, at) : one);
		return true;
	}

	/** An attendee proposes another time (iTIP COUNTER). True when it was recorded. */
	boolean propose(String email, Instant proposedStart, Instant proposedEnd, String comment, OffsetDateTime at) {
		if (attendee(email).isEmpty() || !this.status.isOpen() || !proposedEnd.isAfter(proposedStart)) {
			return false;
		}
		this.counters.add(new Counter(null, attendee(email).get().email(), proposedStart, proposedEnd,
				blankToNull(comment), CounterState.PENDING, at));
		return true;
	}

	/**
	 * The agent accepts a proposed time: the meeting moves there (a new REQUEST to
	 * everyone).
	 */
	void acceptCounter(long counterId) {
		Counter counter = pendingCounter(counterId);
		int minutes = (int) Duration.between(counter.start(), counter.end()).toMinutes();
		reschedule(counter.start(), Math.max(1, Math.min(MAX_MINUTES, minutes)));
		this.counters.replaceAll((one) -> counterId == one.id() ? one.answered(CounterState.ACCEPTED) : one);
	}

	/** The agent declines a proposed time (DECLINECOUNTER to the one who proposed it). */
	Counter declineCounter(long counterId) {
		Counter counter = pendingCounter(counterId);
		this.counters.replaceAll((one) -> counterId == one.id() ? one.answered(CounterState.DECLINED) : one);
		return counter;
	}

	private Counter pendingCounter(long counterId) {
		mustBeScheduled();
		Counter counter = this.counters.stream()
			.filter((one) -> one.id() != null && one.id() == counterId)
			.findFirst()
			.orElseThrow(() -> new MeetingRefused(Refusal.COUNTER_NOT_FOUND, counterId, this.id));
		if (!counter.pending()) {
			throw new MeetingRefused(Refusal.COUNTER_ANSWERED, counterId);
		}
		return counter;
	}

	Optional<Attendee> attendee(String email) {
		return this.attendees.stream().filter((one) -> one.email().equalsIgnoreCase(email)).findFirst();
	}

	private void mustBeScheduled() {
		if (!this.status.isOpen()) {
			throw new MeetingRefused(Refusal.NOT_SCHEDULED, this.id, this.status);
		}
	}

	private static void checkDuration(int minutes) {
		if (minutes < 1 || minutes > MAX_MINUTES) {
			throw new MeetingRefused(Refusal.BAD_DURATION, minutes, MAX_MINUTES);
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	Long id() {
		return this.id;
	}

	long caseNumber() {
		return this.caseNumber;
	}

	String uid() {
		return this.uid;
	}

	MeetingKind kind() {
		return this.kind;
	}

	Instant start() {
		return this.start;
	}

	Instant end() {
		return this.start.plus(Duration.ofMinutes(this.durationMinutes));
	}

	int durationMinutes() {
		return this.durationMinutes;
	}

	ZoneId contactZone() {
		return this.contactZone;
	}

	String joinUrl() {
		return this.joinUrl;
	}

	String phone() {
		return this.phone;
	}

	MeetingStatus status() {
		return this.status;
	}

	int sequence() {
		return this.sequence;
	}

	String organizer() {
		return this.organizer;
	}

	String scheduledBy() {
		return this.scheduledBy;
	}

	OffsetDateTime scheduledAt() {
		return this.scheduledAt;
	}

	List<Attendee> attendees() {
		return List.copyOf(this.attendees);
	}

	List<Counter> counters() {
		return List.copyOf(this.counters);
	}

	/**
	 * @param email the attendee's address
	 * @param response their last answer
	 * @param answeredAt when, or {@code null}
	 */
	record Attendee(String email, Response response, OffsetDateTime answeredAt) {
	}

	/** Where a proposed time stands. */
	enum CounterState {

		PENDING, ACCEPTED, DECLINED, SUPERSEDED

	}

	/**
	 * Another time an attendee proposed.
	 *
	 * @param id its id ({@code null} until stored)
	 * @param email who proposed it
	 * @param start proposed start
	 * @param end proposed end
	 * @param comment what they wrote with it, or {@code null}
	 * @param state where it stands
	 * @param proposedAt when it came
	 */
	record Counter(Long id, String email, Instant start, Instant end, String comment, CounterState state,
			OffsetDateTime proposedAt) {

		boolean pending() {
			return this.state == CounterState.PENDING;
		}

		Counter answered(CounterState newState) {
			return new Counter(this.id, this.email, this.start, this.end, this.comment, newState, this.proposedAt);
		}

	}

}
