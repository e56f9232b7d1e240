package eu.jdservices.caso.meetings;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;

import eu.jdservices.caso.intake.Severity;
import eu.jdservices.caso.timers.ReminderDue;
import eu.jdservices.caso.timers.Reminders;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The reminder mails before a meeting ({@code caso.meetings.reminders}, 24 h and 1 h),
 * fired once by the timers module's reminders (cluster-safe: whichever node sweeps first
 * claims it). The reference names the meeting, the version it reminds of (its sequence)
 * and the lead time, so a moved meeting gets fresh reminders and the old ones do nothing.
 */
@Component
class MeetingReminders {

	static final String TOPIC = "meeting-reminder";

	private final Reminders reminders;

	private final MeetingStore store;

	private final MeetingsProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MeetingReminders(Reminders reminders, MeetingStore store, MeetingsProperties properties,
			ApplicationEventPublisher events, Clock clock) {
		this.reminders = reminders;
		this.store = store;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	void schedule(Meeting meeting, Severity severity) {
		ReminderTimes times = new ReminderTimes(this.properties.nightStarts(), this.properties.nightEnds());
		for (Duration before : this.properties.reminders()) {
			times.due(meeting.start(), before, meeting.contactZone(), severity == Severity.A, this.clock.instant())
				.ifPresent((due) -> this.reminders.schedule(TOPIC, reference(meeting, before),
						due.atOffset(ZoneOffset.UTC)));
		}
	}

	static String reference(Meeting meeting, Duration before) {
		return meeting.id() + "/" + meeting.sequence() + "/" + before.toMinutes();
	}

	@EventListener
	void on(ReminderDue due) {
		if (!TOPIC.equals(due.topic())) {
			return;
		}
		String[] parts = due.reference().split("/");
		this.store.find(Long.parseLong(parts[0]))
			.filter((meeting) -> meeting.status().isOpen() && meeting.sequence() == Integer.parseInt(parts[1])
					&& meeting.start().isAfter(this.clock.instant()))
			.ifPresent((meeting) -> this.events.publishEvent(new MeetingMailDue(MeetingMailDue.Purpose.REMINDER,
					meeting.caseNumber(), meeting.id(), meeting.kind(), meeting.start(), meeting.end(),
					meeting.contactZone(), meeting.joinUrl(), meeting.phone(), meeting.organizer(),
					meeting.attendees().stream().map(Meeting.Attendee::email).toList(), null, null, null)));
	}

}
