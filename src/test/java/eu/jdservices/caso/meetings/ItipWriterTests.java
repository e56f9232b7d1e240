package eu.jdservices.caso.meetings;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The iTIP objects of a meeting, read back with ical4j as a calendar client would.
 */
class ItipWriterTests {

	static final Instant NOW = Instant.parse("2030-03-04T09:00:00Z");

	static final ItipWriter.Wording WORDING = new ItipWriter.Wording("[Caso #12] Llamada: La web va lenta",
			"Cuándo: martes", "https://meet.example/12", Duration.ofMinutes(15));

	@Test
	void anInvitationIsARequestWithUidSequenceOrganizerAttendeesWithRsvpAndAnAlarm() throws Exception {
		Meeting meeting = meeting();

		Calendar calendar = parse(ItipWriter.request(meeting, WORDING, NOW));

		assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("REQUEST");
		VEvent event = event(calendar);
		assertThat(value(event, Property.UID)).isEqualTo("caso-1@jd-services.eu");
		assertThat(value(event, Property.SEQUENCE)).isEqualTo("0");
		assertThat(value(event, Property.ORGANIZER)).isEqualToIgnoringCase("mailto:b@jd-services.eu");
		assertThat(value(event, Property.DTSTART)).isEqualTo("20300305T100000Z");
		assertThat(value(event, Property.DTEND)).isEqualTo("20300305T103000Z");
		assertThat(value(event, Property.SUMMARY)).isEqualTo("[Caso #12] Llamada: La web va lenta");
		List<Property> attendees = event.getProperties(Property.ATTENDEE);
		assertThat(attendees).extracting(Property::getValue)
			.containsExactly("mailto:rosa@hotel.es", "mailto:pablo@hotel.es");
		assertThat(attendees).allSatisfy((attendee) -> {
			assertThat(attendee.getParameter(Parameter.RSVP).orElseThrow().getValue()).isEqualTo("TRUE");
			assertThat(attendee.getParameter(Parameter.PARTSTAT).orElseThrow().getValue()).isEqualTo("NEEDS-ACTION");
		});
		assertThat(event.getAlarms()).hasSize(1);
		assertThat(event.getAlarms().get(0).getProperty(Property.TRIGGER).orElseThrow().getValue()).isEqualTo("-PT15M");
	}

	@Test
	void aRescheduleKeepsTheUidAndRaisesTheSequence() throws Exception {
		Meeting meeting = meeting();
		meeting.reschedule(Instant.parse("2030-03-07T16:00:00Z"), null);

		VEvent event = event(parse(ItipWriter.request(meeting, WORDING, NOW)));

		assertThat(value(event, Property.UID)).isEqualTo("caso-1@jd-services.eu");
		assertThat(value(event, Property.SEQUENCE)).isEqualTo("1");
		assertThat(value(event, Property.DTSTART)).isEqualTo("20300307T160000Z");
	}

	@Test
	void aCancellationIsACancelWithStatusCancelledAndAHigherSequence() throws Exception {
		Meeting meeting = meeting();
		meeting.cancel();

		Calendar calendar = parse(ItipWriter.cancel(meeting, WORDING, NOW));

		assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("CANCEL");
		assertThat(value(event(calendar), Property.STATUS)).isEqualTo("CANCELLED");
		assertThat(value(event(calendar), Property.SEQUENCE)).isEqualTo("1");
	}

	@Test
	void aDeclinedProposalIsADeclinecounterToItsAttendee() throws Exception {
		Calendar calendar = parse(ItipWriter.declineCounter(meeting(), "pablo@hotel.es", NOW));

		assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("DECLINECOUNTER");
		assertThat(value(event(calendar), Property.ATTENDEE)).isEqualTo("mailto:pablo@hotel.es");
	}

	static Meeting meeting() {
		return new Meeting(1L, 12, "caso-1@jd-services.eu", MeetingKind.CALL, Instant.parse("2030-03-05T10:00:00Z"), 30,
				ZoneId.of("Atlantic/Canary"), "https://meet.example/12", null, MeetingStatus.SCHEDULED, 0,
				"b@jd-services.eu", "agente@jd-services.eu", OffsetDateTime.parse("2030-03-04T09:00:00Z"),
				List.of(new Meeting.Attendee("rosa@hotel.es", Response.NEEDS_ACTION, null),
						new Meeting.Attendee("pablo@hotel.es", Response.NEEDS_ACTION, null)),
				List.of());
	}

	static Calendar parse(String text) throws Exception {
		return new CalendarBuilder().build(new StringReader(text));
	}

	static VEvent event(Calendar calendar) {
		List<VEvent> events = calendar.getComponents(Component.VEVENT);
		assertThat(events).hasSize(1);
		return events.get(0);
	}

	static String value(VEvent event, String name) {
		return event.getProperty(name).orElseThrow().getValue();
	}

}
