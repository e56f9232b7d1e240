package eu.jdservices.caso.cases;

import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every automatic mail Caso decided to send (acknowledgements, notices), by recipient:
 * what the loop guard and the once-a-day notices count.
 */
@Repository
class AutoReplyLog {

	private final JdbcClient jdbc;

	AutoReplyLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The automatic mails to the recipient since then, counted up to {@code upTo} (a busy
	 * sender's hour may hold thousands; the loop guard only asks whether the limit is
	 * reached).
	 */
	long mailsTo(String recipient, OffsetDateTime since, int upTo) {
		return this.jdbc.sql("""
				SELECT COUNT(*) FROM (SELECT 1 FROM cases_auto_reply
					WHERE recipient = :recipient AND at >= :since LIMIT :upTo) sent""")
			.param("recipient", recipient)
			.param("since", since)
			.param("upTo", upTo)
			.query(Long.class)
			.single();
	}

	boolean noticeSentSince(long number, String recipient, NoticeKind kind, OffsetDateTime since) {
		return this.jdbc.sql("""
				SELECT COUNT(*) FROM cases_auto_reply
				WHERE case_number = :number AND kind = :kind AND recipient = :recipient AND at >= :since""")
			.param("number", number)
			.param("kind", kind.name())
			.param("recipient", recipient)
			.param("since", since)
			.query(Long.class)
			.single() > 0;
	}

	void record(String recipient, Long number, String kind, OffsetDateTime at) {
		this.jdbc.sql("""
				INSERT INTO cases_auto_reply (recipient, case_number, kind, at)
				VALUES (:recipient, :number, :kind, :at)""")
			.param("recipient", Limits.cut(recipient, 320))
			.param("number", number)
			.param("kind", kind)
			.param("at", at)
			.update();
	}

}
