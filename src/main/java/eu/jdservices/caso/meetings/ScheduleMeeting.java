package eu.jdservices.caso.meetings;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An agent schedules a meeting on a case.
 *
 * @param start when it starts (with the offset the agent entered it in)
 * @param durationMinutes how long
 * @param kind call, video meeting or remote session
 * @param joinUrl the join link, or {@code null}
 * @param phone the phone number to call or that we call, or {@code null}
 * @param attendees the case's contacts to invite; {@code null} or empty: all of them
 */
public record ScheduleMeeting(OffsetDateTime start, int durationMinutes, MeetingKind kind, String joinUrl, String phone,
		List<String> attendees) {

	public ScheduleMeeting {
		attendees = (attendees != null) ? List.copyOf(attendees) : List.of();
	}

}
