package eu.jdservices.caso.meetings;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The meeting's rules, without Spring or a database.
 */
class MeetingTests {

	static final OffsetDateTime NOW = OffsetDateTime.parse("2030-03-04T09:00:00Z");

	static final List<String> CONTACTS = List.of("rosa@hotel.es", "pablo@hotel.es");

	@Test
	void withoutAttendeesAllTheCasesContactsAreInvited() {
		Meeting meeting = schedule(List.of());

		assertThat(meeting.attendees()).extracting(Meeting.Attendee::email).containsExactlyElementsOf(CONTACTS);
		assertThat(meeting.attendees()).extracting(Meeting.Attendee::response).containsOnly(Response.NEEDS_ACTION);
	}

	@Test
	void someoneWhoIsNotAContactIsRefused() {
		assertThatThrownBy(() -> schedule(List.of("rosa@hotel.es", "otra@hotel.es"))).isInstanceOf(MeetingRefused.class)
			.satisfies(
					(ex) -> assertThat(((MeetingRefused) ex).refusal()).isEqualTo(MeetingRefused.Refusal.NOT_A_CONTACT))
			.satisfies((ex) -> assertThat(((MeetingRefused) ex).args()).contains("otra@hotel.es"));
	}

	@Test
	void aRescheduleRaisesTheSequenceAndAsksForAnswersAgain() {
		Meeting meeting = schedule(List.of());
		meeting.answer("rosa@hotel.es", Response.ACCEPTED, 0, NOW);

		meeting.reschedule(Instant.parse("2030-03-07T16:00:00Z"), 60);

		assertThat(meeting.sequence()).isEqualTo(1);
		assertThat(meeting.end()).isEqualTo(Instant.parse("2030-03-07T17:00:00Z"));
		assertThat(meeting.attendee("rosa@hotel.es").orElseThrow().response()).isEqualTo(Response.NEEDS_ACTION);
	}

	@Test
	void anAnswerToAnOlderVersionChangesNothing() {
		Meeting meeting = schedule(List.of());
		meeting.reschedule(Instant.parse("2030-03-07T16:00:00Z"), null);

		assertThat(meeting.answer("rosa@hotel.es", Response.ACCEPTED, 0, NOW)).isFalse();
		assertThat(meeting.answer("rosa@hotel.es", Response.DECLINED, 1, NOW)).isTrue();
		assertThat(meeting.attendee("rosa@hotel.es").orElseThrow().response()).isEqualTo(Response.DECLINED);
	}

	@Test
	void aCancelledMeetingCanNoLongerBeMovedOrRecorded() {
		Meeting meeting = schedule(List.of());
		meeting.cancel();

		assertThat(meeting.status()).isEqualTo(MeetingStatus.CANCELLED);
		assertThat(meeting.sequence()).isEqualTo(1);
		assertThatThrownBy(() -> meeting.reschedule(Instant.parse("2030-03-07T16:00:00Z"), null))
			.isInstanceOf(MeetingRefused.class);
		assertThatThrownBy(() -> meeting.record(MeetingOutcome.HELD)).isInstanceOf(MeetingRefused.class);
	}

	@Test
	void customerAbsentIsRecorded() {
		Meeting meeting = schedule(List.of());

		meeting.record(MeetingOutcome.CUSTOMER_ABSENT);

		assertThat(meeting.status()).isEqualTo(MeetingStatus.CUSTOMER_ABSENT);
	}

	@Test
	void onlyAnAttendeeCanProposeAnotherTime() {
		Meeting meeting = schedule(List.of("rosa@hotel.es"));

		assertThat(meeting.propose("pablo@hotel.es", Instant.parse("2030-03-07T16:00:00Z"),
				Instant.parse("2030-03-07T16:30:00Z"), null, NOW))
			.isFalse();
		assertThat(meeting.propose("rosa@hotel.es", Instant.parse("2030-03-07T16:00:00Z"),
				Instant.parse("2030-03-07T16:30:00Z"), "¿el jueves?", NOW))
			.isTrue();
		assertThat(meeting.counters()).singleElement().satisfies((counter) -> assertThat(counter.pending()).isTrue());
	}

	static Meeting schedule(List<String> attendees) {
		return Meeting.schedule(12, "caso-1@jd-services.eu",
				new ScheduleMeeting(OffsetDateTime.parse("2030-03-05T11:00:00+01:00"), 30, MeetingKind.CALL, null,
						"+34 922 000 000", attendees),
				CONTACTS, ZoneId.of("Atlantic/Canary"), "b@jd-services.eu", "agente@jd-services.eu", NOW);
	}

}
