package eu.jdservices.caso.cases;

import java.util.List;

/**
 * The mail an outgoing mail answers, for its threading headers (In-Reply-To, References).
 *
 * @param messageId the Message-ID answered (without brackets), or {@code null}
 * @param references the thread's earlier Message-IDs, oldest first (without brackets)
 */
public record InReplyTo(String messageId, List<String> references) {

	public InReplyTo {
		references = List.copyOf(references);
	}

}
