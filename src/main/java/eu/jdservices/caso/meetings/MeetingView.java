package eu.jdservices.caso.meetings;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A meeting as the API and the console show it (CONTRACT.md "Meetings").
 *
 * @param id its id
 * @param caseNumber its case
 * @param uid its iCalendar UID
 * @param start when it starts, in the contacts' zone
 * @param end when it ends, in the contacts' zone
 * @param zone the contacts' zone
 * @param kind call, video meeting or remote session
 * @param status where it stands
 * @param sequence how many changes were sent (iCalendar SEQUENCE)
 * @param responses each attendee's answer, in the order they were invited
 * @param joinUrl join link, or {@code null}
 * @param phone phone, or {@code null}
 * @param scheduledBy the agent who scheduled it
 * @param proposals the times attendees proposed (COUNTER), oldest first
 */
public record MeetingView(long id, long caseNumber, String uid, OffsetDateTime start, OffsetDateTime end, String zone,
		MeetingKind kind, MeetingStatus status, int sequence, Map<String, Response> responses, String joinUrl,
		String phone, String scheduledBy, List<Proposal> proposals) {

	/**
	 * A time an attendee proposed.
	 *
	 * @param id its id (to accept or decline it)
	 * @param email who proposed it
	 * @param start proposed start, in the contacts' zone
	 * @param end proposed end
	 * @param comment what they wrote, or {@code null}
	 * @param state {@code PENDING}, {@code ACCEPTED}, {@code DECLINED} or
	 * {@code SUPERSEDED}
	 */
	public record Proposal(long id, String email, OffsetDateTime start, OffsetDateTime end, String comment,
			String state) {

		public boolean pending() {
			return "PENDING".equals(this.state);
		}

	}

	static MeetingView of(Meeting meeting) {
		Map<String, Response> responses = new java.util.LinkedHashMap<>();
		meeting.attendees().forEach((attendee) -> responses.put(attendee.email(), attendee.response()));
		return new MeetingView(meeting.id(), meeting.caseNumber(), meeting.uid(),
				meeting.start().atZone(meeting.contactZone()).toOffsetDateTime(),
				meeting.end().atZone(meeting.contactZone()).toOffsetDateTime(), meeting.contactZone().getId(),
				meeting.kind(), meeting.status(), meeting.sequence(), responses, meeting.joinUrl(), meeting.phone(),
				meeting.scheduledBy(),
				meeting.counters()
					.stream()
					.map((counter) -> new Proposal(counter.id(), counter.email(),
							counter.start().atZone(meeting.contactZone()).toOffsetDateTime(),
							counter.end().atZone(meeting.contactZone()).toOffsetDateTime(), counter.comment(),
							counter.state().name()))
					.toList());
	}

}
