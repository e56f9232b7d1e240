package eu.jdservices.caso.cases;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A mail Caso sent (or queued) about a case, to be shown in its thread and to thread
 * replies back.
 *
 * @param messageId our Message-ID (without brackets)
 * @param from our address
 * @param to recipients
 * @param cc copy recipients
 * @param subject subject with the case tag
 * @param text the text
 * @param at when it was queued
 */
public record OutgoingMessage(String messageId, String from, List<String> to, List<String> cc, String subject,
		String text, OffsetDateTime at) {

	public OutgoingMessage {
		to = List.copyOf(to);
		cc = List.copyOf(cc);
	}

}
