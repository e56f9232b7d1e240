package eu.jdservices.caso.timers;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The timers module's API for reminders of other modules (a contract's renewal notice): a
 * topic and a reference fire once, at their due time, as {@link ReminderDue}, by
 * whichever node sweeps first ({@code timers_reminder}).
 */
@Service
public class Reminders {

	private final JdbcClient jdbc;

	Reminders(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Sets the reminder, or moves it while it has not fired; one that fired never fires
	 * again.
	 */
	@Transactional
	public void schedule(String topic, String reference, OffsetDateTime dueAt) {
		OffsetDateTime due = dueAt.withOffsetSameInstant(ZoneOffset.UTC);
		int moved = this.jdbc.sql(
				"UPDATE timers_reminder SET due_at = :due WHERE topic = :topic AND reference = :reference AND pending = TRUE")
			.param("due", due)
			.param("topic", topic)
			.param("reference", reference)
			.update();
		if (moved > 0 || exists(topic, reference)) {
			return;
		}
		try {
			this.jdbc.sql("""
					INSERT INTO timers_reminder (topic, reference, due_at, pending)
					VALUES (:topic, :reference, :due, TRUE)""")
				.param("topic", topic)
				.param("reference", reference)
				.param("due", due)
				.update();
		}
		catch (DuplicateKeyException ex) {
			// another node set the same reminder at the same moment: it is there once
		}
	}

	/** Whether the reminder is set and has not fired yet. */
	@Transactional(readOnly = true)
	public boolean pending(String topic, String reference) {
		return this.jdbc.sql(
				"SELECT COUNT(*) FROM timers_reminder WHERE topic = :topic AND reference = :reference AND pending = TRUE")
			.param("topic", topic)
			.param("reference", reference)
			.query(Long.class)
			.single() > 0;
	}

	private boolean exists(String topic, String reference) {
		return this.jdbc.sql("SELECT COUNT(*) FROM timers_reminder WHERE topic = :topic AND reference = :reference")
			.param("topic", topic)
			.param("reference", reference)
			.query(Long.class)
			.single() > 0;
	}

}
