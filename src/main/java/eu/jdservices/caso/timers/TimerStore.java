package eu.jdservices.caso.timers;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Timers in the database. A sweep claims due timers with
 * {@code SELECT … FOR UPDATE SKIP LOCKED}, so any number of nodes can sweep side by side
 * and each timer fires once.
 */
@Repository
class TimerStore {

	private final JdbcClient jdbc;

	TimerStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores the timers of one window (the reminder and the expiry, the warning and the
	 * breach) in one statement.
	 */
	void schedule(Timer first, Timer second) {
		this.jdbc.sql("""
				INSERT INTO timers_timer (case_number, kind, severity, window_start, window_end, due_at, pending)
				VALUES (:number, :kind1, :severity, :start, :end, :due1, TRUE),
					(:number, :kind2, :severity, :start, :end, :due2, TRUE)""")
			.param("number", first.caseNumber())
			.param("severity", first.severity())
			.param("start", first.windowStart())
			.param("end", first.windowEnd())
			.param("kind1", first.kind().name())
			.param("due1", first.dueAt())
			.param("kind2", second.kind().name())
			.param("due2", second.dueAt())
			.update();
	}

	/** Cancels the pending timers of these kinds of a case. */
	void cancel(long caseNumber, List<TimerKind> kinds) {
		this.jdbc.sql("""
				UPDATE timers_timer SET pending = FALSE
				WHERE case_number = :number AND pending = TRUE AND kind IN (:kinds)""")
			.param("number", caseNumber)
			.param("kinds", kinds.stream().map(TimerKind::name).toList())
			.update();
	}

	boolean anyPending(long caseNumber, List<TimerKind> kinds) {
		return this.jdbc.sql("""
				SELECT COUNT(*) FROM timers_timer
				WHERE case_number = :number AND pending = TRUE AND kind IN (:kinds)""")
			.param("number", caseNumber)
			.param("kinds", kinds.stream().map(TimerKind::name).toList())
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Claims up to {@code limit} due timers for the current transaction and marks them
	 * fired; timers another node is claiming are skipped, not waited for. Reads only
	 * pending timers in due order (index on pending, due_at).
	 */
	List<Timer> claimDue(OffsetDateTime now, int limit, String node) {
		List<Timer> due = this.jdbc.sql("""
				SELECT * FROM timers_timer WHERE pending = TRUE AND due_at <= :now
				ORDER BY due_at LIMIT :limit FOR UPDATE SKIP LOCKED""")
			.param("now", now)
			.param("limit", limit)
			.query((rs, row) -> new Timer(rs.getLong("id"), rs.getLong("case_number"),
					TimerKind.valueOf(rs.getString("kind")), rs.getString("severity").trim(),
					rs.getObject("window_start", OffsetDateTime.class),
					rs.getObject("window_end", OffsetDateTime.class), rs.getObject("due_at", OffsetDateTime.class)))
			.list();
		if (!due.isEmpty()) {
			this.jdbc
				.sql("UPDATE timers_timer SET pending = FALSE, fired_at = :now, fired_by = :node WHERE id IN (:ids)")
				.param("now", now)
				.param("node", node)
				.param("ids", due.stream().map(Timer::id).toList())
				.update();
		}
		return due;
	}

	/**
	 * Claims up to {@code limit} due reminders of other modules, like {@link #claimDue
	 * timers}.
	 */
	List<ReminderDue> claimDueReminders(OffsetDateTime now, int limit, String node) {
		List<java.util.Map.Entry<Long, ReminderDue>> due = this.jdbc.sql("""
				SELECT id, topic, reference, due_at FROM timers_reminder WHERE pending = TRUE AND due_at <= :now
				ORDER BY due_at LIMIT :limit FOR UPDATE SKIP LOCKED""")
			.param("now", now)
			.param("limit", limit)
			.query((rs, row) -> java.util.Map.entry(rs.getLong("id"),
					new ReminderDue(rs.getString("topic"), rs.getString("reference"),
							rs.getObject("due_at", OffsetDateTime.class))))
			.list();
		if (!due.isEmpty()) {
			this.jdbc
				.sql("UPDATE timers_reminder SET pending = FALSE, fired_at = :now, fired_by = :node WHERE id IN (:ids)")
				.param("now", now)
				.param("node", node)
				.param("ids", due.stream().map(java.util.Map.Entry::getKey).toList())
				.update();
		}
		return due.stream().map(java.util.Map.Entry::getValue).toList();
	}

	/** How many pending timers are due at the given time (index on pending, due_at). */
	long countDue(OffsetDateTime at) {
		return this.jdbc.sql("SELECT COUNT(*) FROM timers_timer WHERE pending = TRUE AND due_at <= :at")
			.param("at", at)
			.query(Long.class)
			.single();
	}

	/**
	 * A timer.
	 *
	 * @param id storage id (0 before it is stored)
	 * @param caseNumber the case
	 * @param kind what fires
	 * @param severity the case's severity when it was set
	 * @param windowStart start of its window
	 * @param windowEnd end of its window
	 * @param dueAt when it fires
	 */
	record Timer(long id, long caseNumber, TimerKind kind, String severity, OffsetDateTime windowStart,
			OffsetDateTime windowEnd, OffsetDateTime dueAt) {
	}

}
