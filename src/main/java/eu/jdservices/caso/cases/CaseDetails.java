package eu.jdservices.caso.cases;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A case with its messages (CONTRACT.md {@code GET /api/cases/{number}}).
 *
 * @param summary the case
 * @param messages its messages, oldest first
 * @param history its changes, oldest first
 */
public record CaseDetails(@JsonUnwrapped CaseSummary summary, List<Message> messages, List<Change> history) {

	public CaseDetails {
		messages = List.copyOf(messages);
		history = List.copyOf(history);
	}

	/**
	 * One step in the case's history: status, severity, assignment, contacts, merges,
	 * reminders.
	 *
	 * @param at when
	 * @param actor the agent, the sender, or {@code caso} for automatic steps
	 * @param event what changed
	 * @param detail from what to what, and why
	 */
	public record Change(OffsetDateTime at, String actor, HistoryEvent event, String detail) {
	}

	/**
	 * One message of the case.
	 *
	 * @param id message id within Caso
	 * @param direction in, out, or an internal note
	 * @param messageId the mail's Message-ID
	 * @param text what was written, without quoted history
	 * @param fullText the whole text with quoted history (customer mails), or
	 * {@code null}
	 * @param html the HTML body of the original customer mail, unsanitised, or
	 * {@code null}
	 * @param kind what kind of message it is ({@link MessageKind})
	 * @param author the agent who wrote it, if one did
	 * @param intakeId the stored inbound mail it came from (mails in), or {@code null}
	 * @param textCut whether the mail's text was longer than Caso reads and the texts
	 * here are its beginning (the stored original has all of it)
	 * @param partsLeftOut attachments of the mail beyond those kept with the message (the
	 * stored original has them)
	 */
	public record Message(long id, Direction direction, String messageId, String from, List<String> to, List<String> cc,
			String subject, OffsetDateTime at, String text, String fullText, String html, MessageKind kind,
			String author, List<String> redactions, List<Attachment> attachments, Long intakeId, boolean textCut,
			int partsLeftOut) {

		public Message {
			to = List.copyOf(to);
			cc = List.copyOf(cc);
			redactions = List.copyOf(redactions);
			attachments = List.copyOf(attachments);
		}

	}

	/**
	 * @param id attachment id within Caso
	 * @param name file name
	 * @param size bytes
	 * @param contentType MIME type
	 */
	public record Attachment(long id, String name, long size, String contentType) {
	}

}
