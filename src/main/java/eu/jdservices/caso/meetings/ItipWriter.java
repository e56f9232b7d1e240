package eu.jdservices.caso.meetings;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.CuType;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * The iTIP objects (RFC 5546) of a meeting, written with ical4j: REQUEST (invitation and
 * every update: same UID, the meeting's sequence), CANCEL, and DECLINECOUNTER. Times are
 * UTC ({@code DTSTART:…Z}), which every calendar client shows in its user's own zone and
 * which needs no VTIMEZONE.
 */
final class ItipWriter {

	static final String PRODUCT = "-//JD Services//Caso//ES";

	private ItipWriter() {
	}

	/**
	 * What a calendar client shows of the meeting, in the contacts' language.
	 *
	 * @param summary the event's title (with the case tag)
	 * @param description its description (how to join, what we expect)
	 * @param location the join link or phone, or {@code null}
	 * @param alarmBefore how long before the start the client's alarm goes
	 */
	record Wording(String summary, String description, String location, Duration alarmBefore) {
	}

	static String request(Meeting meeting, Wording wording, Instant now) {
		return write(ImmutableMethod.REQUEST, event(meeting, wording, now, true), meeting);
	}

	static String cancel(Meeting meeting, Wording wording, Instant now) {
		VEvent event = event(meeting, wording, now, false);
		event.add(ImmutableStatus.VEVENT_CANCELLED);
		return write(ImmutableMethod.CANCEL, event, meeting);
	}

	/** The organizer declines the time one attendee proposed (RFC 5546 §3.2.8). */
	static String declineCounter(Meeting meeting, String attendee, Instant now) {
		VEvent event = new VEvent(false);
		event.add(new Uid(meeting.uid()));
		event.add(new Sequence(meeting.sequence()));
		event.add(new DtStamp(now));
		event.add(new Organizer(URI.create("mailto:" + meeting.organizer())));
		event.add(new Attendee(URI.create("mailto:" + attendee)));
		return write(ImmutableMethod.DECLINE_COUNTER, event, meeting);
	}

	private static VEvent event(Meeting meeting, Wording wording, Instant now, boolean withAlarm) {
		VEvent event = new VEvent(false);
		event.add(new Uid(meeting.uid()));
		event.add(new Sequence(meeting.sequence()));
		event.add(new DtStamp(now));
		event.add(new DtStart<>(meeting.start()));
		event.add(new DtEnd<>(meeting.end()));
		event.add(new Summary(wording.summary()));
		event.add(new Description(wording.description()));
		if (wording.location() != null) {
			event.add(new Location(wording.location()));
		}
		event.add(new Organizer(URI.create("mailto:" + meeting.organizer())));
		for (Meeting.Attendee one : meeting.attendees()) {
			Attendee attendee = new Attendee(URI.create("mailto:" + one.email()));
			attendee.add(CuType.INDIVIDUAL);
			attendee.add(Role.REQ_PARTICIPANT);
			attendee.add(PartStat.NEEDS_ACTION);
			attendee.add(Rsvp.TRUE);
			attendee.add(new Cn(one.email()));
			event.add(attendee);
		}
		if (withAlarm) {
			event.add(ImmutableStatus.VEVENT_CONFIRMED);
			VAlarm alarm = new VAlarm(wording.alarmBefore().negated());
			alarm.add(ImmutableAction.DISPLAY);
			alarm.add(new Description(wording.summary()));
			event.add(alarm);
		}
		return event;
	}

	private static String write(Method method, VEvent event, Meeting meeting) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId(PRODUCT));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(method);
		calendar.add(event);
		return calendar.toString();
	}

}
