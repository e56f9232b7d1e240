package eu.jdservices.caso.cases;

import java.time.OffsetDateTime;
import java.util.List;

import eu.jdservices.caso.intake.ParsedMail;
import eu.jdservices.caso.intake.Reason;

/**
 * What another module finds in a contact's reply to a case before it is appended: e.g.
 * the meetings module records a calendar client's answer to an invitation
 * ({@code MEETING_DECLINED}, {@code MEETING_COUNTER_PROPOSED}) or a request to move a
 * meeting ({@code RESCHEDULE_REQUESTED}). Implementations run in the transaction that
 * appends the reply; they must not refuse it.
 */
public interface ReplyFindings {

	/**
	 * @param reply the reply and its case
	 * @return what was found
	 */
	Answer about(Reply reply);

	/**
	 * A contact's reply to an open case.
	 *
	 * @param caseNumber the case
	 * @param sender the contact who wrote it
	 * @param contacts the case's contacts
	 * @param language the case's language
	 * @param newText its new text (quoted history left out)
	 * @param mail the whole parsed mail (its calendar parts among the attachments)
	 * @param at when it is appended
	 */
	record Reply(long caseNumber, String sender, List<String> contacts, String language, String newText,
			ParsedMail mail, OffsetDateTime at) {

		public Reply {
			contacts = List.copyOf(contacts);
		}

	}

	/**
	 * @param found the findings to keep on the case
	 * @param calendarReply whether a calendar client wrote it (its own reply to our
	 * invitation: no reminder to reply to all, S2.4)
	 */
	record Answer(List<Found> found, boolean calendarReply) {

		public Answer {
			found = List.copyOf(found);
		}

		public static Answer none() {
			return new Answer(List.of(), false);
		}

	}

	/**
	 * @param code its code
	 * @param detail what exactly was found, for agents
	 */
	record Found(Reason code, String detail) {
	}

}
