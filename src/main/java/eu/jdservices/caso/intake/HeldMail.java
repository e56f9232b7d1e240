package eu.jdservices.caso.intake;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A stored inbound mail that no case took (quarantined or rejected), as an agent reviews
 * it.
 *
 * @param id storage id
 * @param receivedAt when it was stored
 * @param from the author address, or the envelope sender when the mail names none
 * @param recipients RCPT TO addresses
 * @param decision what became of it
 * @param reasons reason codes of the decision
 * @param detail why, in words (may be {@code null})
 * @param sizeBytes size of the raw mail
 * @param subject the decoded subject, empty when it has none or cannot be read
 * @param envelopeFrom MAIL FROM of the SMTP envelope, empty for the null return path
 * @param failure the error (stack trace) of our last failed attempt at deciding it, or
 * {@code null}
 * @param attempts how many attempts at deciding it failed (our own faults)
 */
public record HeldMail(long id, OffsetDateTime receivedAt, String from, List<String> recipients, Decision decision,
		List<Reason> reasons, String detail, long sizeBytes, String subject, String envelopeFrom, String failure,
		int attempts) {

	public HeldMail {
		recipients = List.copyOf(recipients);
		reasons = List.copyOf(reasons);
		subject = (subject != null) ? subject : "";
		envelopeFrom = (envelopeFrom != null) ? envelopeFrom : "";
	}

	HeldMail withSubject(String newSubject) {
		return new HeldMail(this.id, this.receivedAt, this.from, this.recipients, this.decision, this.reasons,
				this.detail, this.sizeBytes, newSubject, this.envelopeFrom, this.failure, this.attempts);
	}

	/**
	 * A page of held mails, newest first.
	 *
	 * @param items the mails of the page
	 * @param total how many there are in all
	 */
	public record Page(List<HeldMail> items, long total) {
	}

	/**
	 * One held mail with its parsed content.
	 *
	 * @param mail the stored mail
	 * @param parsed the parsed mail, or {@code null} when it cannot be parsed
	 * @param parseError why it cannot be parsed, or {@code null}
	 */
	public record Reading(HeldMail mail, ParsedMail parsed, String parseError) {
	}

}
