package eu.jdservices.caso.cases;

import java.util.List;

/**
 * The customer's mail an answer refers to, for the threading headers of our answer.
 *
 * @param messageId its Message-ID (without brackets), or {@code null}
 * @param references its References (without brackets)
 */
public record CustomerMail(String messageId, List<String> references) {

	public CustomerMail {
		references = List.copyOf(references);
	}

}
