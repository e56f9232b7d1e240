package eu.jdservices.caso.cases;

import java.util.List;
import java.util.stream.Stream;

/**
 * The mail an outgoing mail answers, for its threading headers (In-Reply-To, References).
 * A long chain keeps its first and its newest {@value #KEPT_NEWEST} references, as mail
 * clients trim it (a mail may carry tens of thousands); an id longer than a header line
 * may be ({@value #MAX_ID} characters) is left out.
 *
 * @param messageId the Message-ID answered (without brackets), or {@code null}
 * @param references the thread's earlier Message-IDs, oldest first (without brackets)
 */
public record InReplyTo(String messageId, List<String> references) {

	static final int KEPT_NEWEST = 19;

	static final int MAX_ID = 998;

	public InReplyTo {
		messageId = (messageId != null && messageId.length() <= MAX_ID) ? messageId : null;
		List<String> usable = references.stream().filter((id) -> id.length() <= MAX_ID).toList();
		references = (usable.size() <= KEPT_NEWEST + 1) ? usable
				: Stream
					.concat(Stream.of(usable.getFirst()),
							usable.subList(usable.size() - KEPT_NEWEST, usable.size()).stream())
					.toList();
	}

}
