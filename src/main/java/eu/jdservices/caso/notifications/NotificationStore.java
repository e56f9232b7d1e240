package eu.jdservices.caso.notifications;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The agents' notifications and mail preferences. */
@Repository
class NotificationStore {

	private static final RowMapper<Notification> NOTIFICATION = (rs, row) -> new Notification(rs.getLong("id"),
			NotificationKind.valueOf(rs.getString("kind")), rs.getLong("case_number"), rs.getString("subject"),
			rs.getObject("happened_at", OffsetDateTime.class), rs.getTimestamp("read_at") != null);

	private final JdbcClient jdbc;

	NotificationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Adds the notification; false when it was there already (an event handled twice).
	 */
	boolean add(String agent, NotificationKind kind, long caseNumber, String subject, OffsetDateTime at) {
		try {
			this.jdbc.sql("""
					INSERT INTO notifications_notification (agent_email, kind, case_number, subject, happened_at)
					VALUES (:agent, :kind, :number, :subject, :at)""")
				.param("agent", agent)
				.param("kind", kind.name())
				.param("number", caseNumber)
				.param("subject", (subject != null && subject.length() > 1000) ? subject.substring(0, 1000) : subject)
				.param("at", at.withOffsetSameInstant(ZoneOffset.UTC))
				.update();
			return true;
		}
		catch (DuplicateKeyException already) {
			return false;
		}
	}

	long unread(String agent) {
		return this.jdbc
			.sql("SELECT COUNT(*) FROM notifications_notification WHERE agent_email = :agent AND read_at IS NULL")
			.param("agent", agent)
			.query(Long.class)
			.single();
	}

	List<Notification> latest(String agent, int limit) {
		return this.jdbc.sql("""
				SELECT * FROM notifications_notification WHERE agent_email = :agent
				ORDER BY happened_at DESC, id DESC LIMIT :limit""")
			.param("agent", agent)
			.param("limit", limit)
			.query(NOTIFICATION)
			.list();
	}

	void markRead(String agent, Long id, OffsetDateTime at) {
		this.jdbc.sql("""
				UPDATE notifications_notification SET read_at = :at
				WHERE agent_email = :agent AND read_at IS NULL AND (:id IS NULL OR id = :id)""")
			.param("at", at.withOffsetSameInstant(ZoneOffset.UTC))
			.param("agent", agent)
			.param("id", id)
			.update();
	}

	MailPreferences preferences(String agent) {
		return this.jdbc.sql("SELECT * FROM notifications_preference WHERE agent_email = :agent")
			.param("agent", agent)
			.query((rs, row) -> new MailPreferences(rs.getBoolean("mail_assigned"),
					rs.getBoolean("mail_customer_replied"), rs.getBoolean("mail_target_soon")))
			.optional()
			.orElse(MailPreferences.ALL);
	}

	void savePreferences(String agent, MailPreferences preferences) {
		int updated = this.jdbc.sql("""
				UPDATE notifications_preference SET mail_assigned = :assigned,
					mail_customer_replied = :replied, mail_target_soon = :soon WHERE agent_email = :agent""")
			.param("assigned", preferences.assigned())
			.param("replied", preferences.customerReplied())
			.param("soon", preferences.targetSoon())
			.param("agent", agent)
			.update();
		if (updated == 0) {
			this.jdbc.sql("""
					INSERT INTO notifications_preference (agent_email, mail_assigned, mail_customer_replied,
						mail_target_soon) VALUES (:agent, :assigned, :replied, :soon)""")
				.param("agent", agent)
				.param("assigned", preferences.assigned())
				.param("replied", preferences.customerReplied())
				.param("soon", preferences.targetSoon())
				.update();
		}
	}

}
