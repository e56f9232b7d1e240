package eu.jdservices.caso.meetings;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * A mail about a meeting is to go to its attendees, in the case's language: the readable
 * part is the outbound module's; the iTIP object (RFC 5546), when there is one, is
 * written here and goes as the mail's {@code text/calendar} part (iMIP, RFC 6047).
 * Published in the transaction of the change, so the mail is queued with it.
 *
 * @param purpose what the mail is for
 * @param caseNumber the case
 * @param meetingId the meeting
 * @param kind call, video meeting or remote session
 * @param start when it starts
 * @param end when it ends
 * @param zone the contacts' time zone, which the text gives times in
 * @param joinUrl the join link, or {@code null}
 * @param phone the phone, or {@code null}
 * @param from the organizer: the case's severity address
 * @param to the attendees the mail goes to
 * @param calendarMethod the iTIP method ({@code REQUEST}, {@code CANCEL},
 * {@code DECLINECOUNTER}), or {@code null} for a mere reminder
 * @param calendar the iCalendar object, or {@code null}
 * @param note the agent's reason (cancellation), or {@code null}
 */
public record MeetingMailDue(Purpose purpose, long caseNumber, long meetingId, MeetingKind kind, Instant start,
		Instant end, ZoneId zone, String joinUrl, String phone, String from, List<String> to, String calendarMethod,
		String calendar, String note) {

	public MeetingMailDue {
		to = List.copyOf(to);
	}

	/** What the mail is for. */
	public enum Purpose {

		INVITATION, UPDATE, CANCELLATION, REMINDER, COUNTER_DECLINED

	}

}
