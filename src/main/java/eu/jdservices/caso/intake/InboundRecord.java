package eu.jdservices.caso.intake;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the API shows of one stored inbound mail.
 *
 * @param messageId Message-ID without brackets
 * @param receivedAt when it was stored
 * @param from the author address (or the envelope sender while undecided)
 * @param recipients RCPT TO addresses
 * @param decision what became of it ({@code null} while being processed)
 * @param reasons reason codes
 * @param caseNumber the case concerned, if any
 * @param id its storage id (the console shows it at {@code /inbound/{id}})
 * @param detail why, in words, or {@code null}
 */
public record InboundRecord(String messageId, OffsetDateTime receivedAt, String from, List<String> recipients,
		Decision decision, List<Reason> reasons, Long caseNumber, long id, String detail) {
}
