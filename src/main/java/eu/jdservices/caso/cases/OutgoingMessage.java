package eu.jdservices.caso.cases;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A mail Caso sent (or queued) about a case, to be shown in its thread and to thread
 * replies back.
 *
 * @param kind what kind of mail it is
 * @param messageId our Message-ID (without brackets)
 * @param from our address
 * @param to recipients
 * @param cc copy recipients
 * @param subject subject with the case tag
 * @param text the text
 * @param at when it was queued
 * @param author the agent who wrote it, or {@code null} for automatic mail
 */
public record OutgoingMessage(MessageKind kind, String messageId, String from, List<String> to, List<String> cc,
		String subject, String text, OffsetDateTime at, String author) {

	public OutgoingMessage {
		to = List.copyOf(to);
		cc = List.copyOf(cc);
	}

}
