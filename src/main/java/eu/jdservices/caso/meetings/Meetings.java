package eu.jdservices.caso.meetings;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import eu.jdservices.caso.cases.CaseActions;
import eu.jdservices.caso.cases.CaseSummary;
import eu.jdservices.caso.cases.Cases;
import eu.jdservices.caso.directory.Directory;
import eu.jdservices.caso.intake.IntakeAddresses;
import eu.jdservices.caso.intake.Severity;
import eu.jdservices.caso.meetings.MeetingRefused.Refusal;
import eu.jdservices.caso.timers.BusinessCalendar;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The meetings module's API: agents schedule, move and cancel calls, video meetings and
 * remote sessions of a case, record what happened, and answer the times attendees
 * propose. Each change is stored, and its iMIP mail queued ({@link MeetingMailDue}), in
 * one transaction.
 */
@Service
public class Meetings {

	private final MeetingStore store;

	private final Cases cases;

	private final CaseActions actions;

	private final Directory directory;

	private final IntakeAddresses addresses;

	private final BusinessCalendar calendar;

	private final MeetingWording wording;

	private final MeetingReminders reminders;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Meetings(MeetingStore store, Cases cases, CaseActions actions, Directory directory, IntakeAddresses addresses,
			BusinessCalendar calendar, MeetingWording wording, MeetingReminders reminders,
			ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.cases = cases;
		this.actions = actions;
		this.directory = directory;
		this.addresses = addresses;
		this.calendar = calendar;
		this.wording = wording;
		this.reminders = reminders;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * What scheduling answered.
	 *
	 * @param id the meeting's id
	 * @param uid its iCalendar UID
	 * @param warnings what the agent should know (outside office hours …), in their
	 * language
	 */
	public record Scheduled(long id, String uid, List<String> warnings) {
	}

	/**
	 * Schedules a meeting and invites its attendees (all the case's contacts unless some
	 * are named; anyone else is refused). Outside office hours a meeting of a non-A case
	 * is still scheduled, with a warning.
	 */
	@Transactional
	public Scheduled schedule(long caseNumber, ScheduleMeeting command, String agent, Locale agentLocale) {
		CaseSummary found = openCase(caseNumber);
		String organizer = this.addresses.addressOf(found.severity());
		String country = (found.organization() != null) ? this.directory.taxProfile(found.organization()).country()
				: null;
		ZoneId zone = ContactZones.of(country, this.calendar.zone());
		String uid = "caso-" + UUID.randomUUID() + "@" + organizer.substring(organizer.indexOf('@') + 1);
		Meeting meeting = this.store
			.insert(Meeting.schedule(caseNumber, uid, command, found.contacts(), zone, organizer, agent, now()));
		List<String> warnings = new ArrayList<>();
		if (found.severity() != Severity.A && !this.calendar.isOpen(meeting.start())) {
			warnings.add(this.wording.text("meetings.warning.outside-office-hours", agentLocale));
		}
		if (!meeting.start().isAfter(this.clock.instant())) {
			warnings.add(this.wording.text("meetings.warning.in-the-past", agentLocale));
		}
		mail(MeetingMailDue.Purpose.INVITATION, meeting, found, recipients(meeting), null);
		this.reminders.schedule(meeting, found.severity());
		return new Scheduled(meeting.id(), meeting.uid(), List.copyOf(warnings));
	}

	/** Moves a meeting: a REQUEST with a higher SEQUENCE to its attendees. */
	@Transactional
	public Scheduled reschedule(long caseNumber, long id, OffsetDateTime start, Integer durationMinutes, String agent,
			Locale agentLocale) {
		CaseSummary found = openCase(caseNumber);
		Meeting meeting = meeting(caseNumber, id);
		meeting.reschedule(start.toInstant(), durationMinutes);
		this.store.save(meeting, agent, now());
		List<String> warnings = new ArrayList<>();
		if (found.severity() != Severity.A && !this.calendar.isOpen(meeting.start())) {
			warnings.add(this.wording.text("meetings.warning.outside-office-hours", agentLocale));
		}
		mail(MeetingMailDue.Purpose.UPDATE, meeting, found, recipients(meeting), null);
		this.reminders.schedule(meeting, found.severity());
		return new Scheduled(meeting.id(), meeting.uid(), List.copyOf(warnings));
	}

	/** Cancels a meeting: a CANCEL to its attendees. */
	@Transactional
	public void cancel(long caseNumber, long id, String reason, String agent) {
		CaseSummary found = this.cases.find(caseNumber)
			.orElseThrow(() -> new MeetingRefused(Refusal.CASE_NOT_FOUND, caseNumber))
			.summary();
		Meeting meeting = meeting(caseNumber, id);
		meeting.cancel();
		this.store.save(meeting, agent, now());
		mail(MeetingMailDue.Purpose.CANCELLATION, meeting, found, recipients(meeting),
				(reason != null && !reason.isBlank()) ? reason.strip() : null);
	}

	/**
	 * What happened. CUSTOMER_ABSENT is {@code MISSED_MEETING} on the case and counts as
	 * non-cooperation (S2.6): the customer is asked to propose a new time, which starts
	 * their response window.
	 */
	@Transactional
	public void outcome(long caseNumber, long id, MeetingOutcome outcome, String agent) {
		CaseSummary found = this.cases.find(caseNumber)
			.orElseThrow(() -> new MeetingRefused(Refusal.CASE_NOT_FOUND, caseNumber))
			.summary();
		Meeting meeting = meeting(caseNumber, id);
		if (outcome == MeetingOutcome.CUSTOMER_ABSENT && found.status().isEnded()) {
			throw new MeetingRefused(Refusal.CASE_ENDED, caseNumber, found.status());
		}
		meeting.record(outcome);
		this.store.save(meeting, agent, now());
		if (outcome == MeetingOutcome.CUSTOMER_ABSENT) {
			Locale locale = Locale.forLanguageTag(found.language());
			String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
				.withLocale(locale)
				.format(meeting.start().atZone(meeting.contactZone()));
			String kind = this.wording.text("meetings.kind." + meeting.kind().name(), locale).toLowerCase(locale);
			this.actions.missedMeeting(caseNumber, agent, this.wording.text("meetings.missed.text", locale, kind, when),
					"Meeting #" + id + " (" + meeting.kind() + ", " + meeting.start()
							+ "): the customer did not attend");
		}
	}

	/** The agent accepts a proposed time: the meeting moves there (REQUEST to all). */
	@Transactional
	public void acceptProposal(long caseNumber, long id, long proposalId, String agent) {
		CaseSummary found = openCase(caseNumber);
		Meeting meeting = meeting(caseNumber, id);
		meeting.acceptCounter(proposalId);
		this.store.save(meeting, agent, now());
		mail(MeetingMailDue.Purpose.UPDATE, meeting, found, recipients(meeting), null);
		this.reminders.schedule(meeting, found.severity());
	}

	/** The agent declines a proposed time: DECLINECOUNTER to whoever proposed it. */
	@Transactional
	public void declineProposal(long caseNumber, long id, long proposalId, String agent) {
		CaseSummary found = openCase(caseNumber);
		Meeting meeting = meeting(caseNumber, id);
		Meeting.Counter counter = meeting.declineCounter(proposalId);
		this.store.save(meeting, agent, now());
		mail(MeetingMailDue.Purpose.COUNTER_DECLINED, meeting, found, List.of(counter.email()), null);
	}

	/** The case's meetings, soonest first. */
	@Transactional(readOnly = true)
	public List<MeetingView> of(long caseNumber) {
		return this.store.ofCase(caseNumber).stream().map(MeetingView::of).toList();
	}

	/** One meeting of the case. */
	@Transactional(readOnly = true)
	public MeetingView find(long caseNumber, long id) {
		return MeetingView.of(meeting(caseNumber, id));
	}

	/** The meetings an agent scheduled that start on the day (in the zone). */
	@Transactional(readOnly = true)
	public List<MeetingView> on(LocalDate day, ZoneId zone, String agent) {
		return this.store.starting(day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant())
			.stream()
			.filter((meeting) -> agent == null || meeting.scheduledBy().equalsIgnoreCase(agent))
			.map(MeetingView::of)
			.toList();
	}

	/** The provider's zone (the business calendar's), where agents read times. */
	public ZoneId agentZone() {
		return this.calendar.zone();
	}

	void mail(MeetingMailDue.Purpose purpose, Meeting meeting, CaseSummary found, List<String> to, String note) {
		ItipWriter.Wording words = this.wording.of(meeting, found.subject(), found.language());
		Instant now = this.clock.instant();
		String method = switch (purpose) {
			case INVITATION, UPDATE -> "REQUEST";
			case CANCELLATION -> "CANCEL";
			case COUNTER_DECLINED -> "DECLINECOUNTER";
			case REMINDER -> null;
		};
		String object = switch (purpose) {
			case INVITATION, UPDATE -> ItipWriter.request(meeting, words, now);
			case CANCELLATION -> ItipWriter.cancel(meeting, words, now);
			case COUNTER_DECLINED -> ItipWriter.declineCounter(meeting, to.get(0), now);
			case REMINDER -> null;
		};
		this.events.publishEvent(new MeetingMailDue(purpose, meeting.caseNumber(), meeting.id(), meeting.kind(),
				meeting.start(), meeting.end(), meeting.contactZone(), meeting.joinUrl(), meeting.phone(),
				meeting.organizer(), to, method, object, note));
	}

	private static List<String> recipients(Meeting meeting) {
		return meeting.attendees().stream().map(Meeting.Attendee::email).toList();
	}

	private CaseSummary openCase(long caseNumber) {
		CaseSummary found = this.cases.find(caseNumber)
			.orElseThrow(() -> new MeetingRefused(Refusal.CASE_NOT_FOUND, caseNumber))
			.summary();
		if (found.status().isEnded()) {
			throw new MeetingRefused(Refusal.CASE_ENDED, caseNumber, found.status());
		}
		return found;
	}

	private Meeting meeting(long caseNumber, long id) {
		return this.store.find(id)
			.filter((meeting) -> meeting.caseNumber() == caseNumber)
			.orElseThrow(() -> new MeetingRefused(Refusal.MEETING_NOT_FOUND, id, caseNumber));
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock);
	}

}
