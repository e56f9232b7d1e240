package eu.jdservices.caso.outbound;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The verification codes of the mails we sent: by the hash of the code, when the mail was
 * sent, to whom (masked, already when stored) and about which case. Nothing of the mail's
 * content is kept here.
 */
@Repository
class Verifications {

	private final JdbcClient jdbc;

	Verifications(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records the code of a mail queued now, in the transaction that queues it. */
	void record(ComposedMail mail, Long caseNumber) {
		String recipients = mail.recipients().stream().map(VerificationCode::masked).collect(Collectors.joining(", "));
		this.jdbc.sql("""
				INSERT INTO outbound_verification (code_hash, message_id, case_number, recipients, sent_at)
				VALUES (:hash, :messageId, :caseNumber, :recipients, :sentAt)""")
			.param("hash", VerificationCode.hash(mail.verificationCode()))
			.param("messageId", mail.messageId())
			.param("caseNumber", caseNumber)
			.param("recipients", (recipients.length() > 1000) ? recipients.substring(0, 1000) : recipients)
			.param("sentAt", mail.composedAt())
			.update();
	}

	/** What a code confirms; empty when no mail of ours carries it. */
	Optional<Verified> find(String typed) {
		return this.jdbc.sql("""
				SELECT sent_at, recipients, case_number FROM outbound_verification WHERE code_hash = :hash""")
			.param("hash", VerificationCode.hash(typed))
			.query((rs, row) -> new Verified(rs.getObject("sent_at", OffsetDateTime.class),
					List.of(rs.getString("recipients").split(", ")), rs.getObject("case_number", Long.class)))
			.optional();
	}

	/**
	 * A mail we sent, as the public page confirms it.
	 *
	 * @param sentAt when it was written
	 * @param recipients its recipients, masked
	 * @param caseNumber the case it is about, or {@code null}
	 */
	record Verified(OffsetDateTime sentAt, List<String> recipients, Long caseNumber) {
	}

}
