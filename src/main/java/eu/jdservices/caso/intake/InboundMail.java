package eu.jdservices.caso.intake;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A stored inbound mail: the exact bytes as received plus the SMTP envelope and what
 * became of it.
 *
 * @param id storage id
 * @param messageId Message-ID without brackets, or {@code null}
 * @param receivedAt when the mail was stored
 * @param envelopeFrom MAIL FROM (empty for a null return path)
 * @param recipients RCPT TO addresses
 * @param raw the exact bytes
 * @param decision what became of it, {@code null} while undecided
 * @param reasons the reason codes of the decision
 * @param caseNumber the case it opened or joined, if any
 * @param releasedBy the agent who released the mail into processing again (it then opens
 * a case even if a guideline would reject it), or {@code null}
 * @param imported taken from a mailbox where it was before Caso first connected
 * ({@code since=ALL}): decided like any other mail, but answered by no automatic mail
 */
public record InboundMail(long id, String messageId, OffsetDateTime receivedAt, String envelopeFrom,
		List<String> recipients, byte[] raw, Decision decision, List<Reason> reasons, Long caseNumber,
		String releasedBy, boolean imported) {

	public InboundMail {
		recipients = List.copyOf(recipients);
		reasons = List.copyOf(reasons);
	}

	/** A mail that was not imported. */
	public InboundMail(long id, String messageId, OffsetDateTime receivedAt, String envelopeFrom,
			List<String> recipients, byte[] raw, Decision decision, List<Reason> reasons, Long caseNumber,
			String releasedBy) {
		this(id, messageId, receivedAt, envelopeFrom, recipients, raw, decision, reasons, caseNumber, releasedBy,
				false);
	}

}
