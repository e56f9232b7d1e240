package eu.jdservices.caso.outbound;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The transactional outbox: a mail is queued in the same transaction as the decision that
 * causes it, and leaves only once that transaction commits. Rows are claimed by a node
 * under a short lease that the node renews while it works, so several nodes can drain it,
 * and the mail a dead node held is taken over within seconds.
 */
@Repository
class Outbox {

	static final String PENDING = "PENDING";

	static final String SENT = "SENT";

	static final String FAILED = "FAILED";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Runnable wake;

	private final Verifications verifications;

	Outbox(JdbcClient jdbc, Clock clock, OutboxWakeUp wake, Verifications verifications) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.wake = wake::wake;
		this.verifications = verifications;
	}

	void queue(ComposedMail mail, OutboxKind kind, Long caseNumber) {
		queue(mail, kind, caseNumber, null);
	}

	/**
	 * Queues a mail and records its verification code; {@code inboundStoredAt}, when the
	 * inbound mail it acknowledges was stored, is kept for the acknowledgement latency.
	 */
	void queue(ComposedMail mail, OutboxKind kind, Long caseNumber, OffsetDateTime inboundStoredAt) {
		OffsetDateTime now = now();
		this.jdbc.sql("""
				INSERT INTO outbound_mail (kind, case_number, message_id, envelope_from, recipients, raw, status,
					attempts, next_attempt_at, created_at, inbound_stored_at)
				VALUES (:kind, :caseNumber, :messageId, :envelopeFrom, :recipients, :raw, 'PENDING', 0, :now, :now,
					:inboundStoredAt)""")
			.param("kind", kind.name())
			.param("caseNumber", caseNumber)
			.param("messageId", mail.messageId())
			.param("envelopeFrom", mail.from())
			.param("recipients", mail.recipients().toArray(String[]::new))
			.param("raw", mail.raw())
			.param("now", now)
			.param("inboundStoredAt", inboundStoredAt)
			.update();
		this.verifications.record(mail, caseNumber);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					Outbox.this.wake.run();
				}
			});
		}
		else {
			this.wake.run();
		}
	}

	/**
	 * Claims up to {@code limit} due mails for a node; they are invisible to other nodes
	 * while the node's lease lasts (database time, so nodes' clocks need not agree and a
	 * test's moved clock does not end it).
	 */
	List<Claimed> claim(int limit, String node, Duration lease) {
		OffsetDateTime now = now();
		List<Claimed> due = this.jdbc.sql("""
				SELECT id, kind, case_number, message_id, envelope_from, recipients, raw, attempts
				FROM outbound_mail
				WHERE status = 'PENDING' AND next_attempt_at <= :now
					AND (claimed_until IS NULL OR claimed_until < CURRENT_TIMESTAMP)
				ORDER BY id LIMIT :limit FOR UPDATE SKIP LOCKED""")
			.param("now", now)
			.param("limit", limit)
			.query((rs, row) -> new Claimed(rs.getLong("id"), OutboxKind.valueOf(rs.getString("kind")),
					rs.getObject("case_number", Long.class), rs.getString("message_id"), rs.getString("envelope_from"),
					recipients(rs.getArray("recipients")), rs.getBytes("raw"), rs.getInt("attempts")))
			.list();
		if (due.isEmpty()) {
			return List.of();
		}
		this.jdbc.sql("""
				UPDATE outbound_mail SET claimed_by = :node,
					claimed_until = CURRENT_TIMESTAMP + CAST(:seconds AS INTEGER) * INTERVAL '1' SECOND
				WHERE id IN (:ids)""")
			.param("node", node)
			.param("seconds", seconds(lease))
			.param("ids", due.stream().map(Claimed::id).toList())
			.update();
		return due;
	}

	/**
	 * Extends the lease of the mails the node is still sending; returns how many. A mail
	 * the node claimed but whose round failed (the database went away before its result
	 * was recorded) is not among them: its lease runs out and it is claimed again.
	 */
	int renew(String node, Duration lease, Collection<Long> sending) {
		if (sending.isEmpty()) {
			return 0;
		}
		return this.jdbc
			.sql("""
					UPDATE outbound_mail SET claimed_until = CURRENT_TIMESTAMP + CAST(:seconds AS INTEGER) * INTERVAL '1' SECOND
					WHERE claimed_by = :node AND id IN (:ids) AND status = 'PENDING' AND claimed_until IS NOT NULL""")
			.param("node", node)
			.param("seconds", seconds(lease))
			.param("ids", sending)
			.update();
	}

	/** Gives a claimed mail back untried (its lease ran short). */
	void release(long id) {
		this.jdbc.sql("UPDATE outbound_mail SET claimed_until = NULL, claimed_by = NULL WHERE id = :id")
			.param("id", id)
			.update();
	}

	/**
	 * The relay took the mail; {@code note} says for which recipients it did not.
	 */
	void sent(long id, String note) {
		this.jdbc.sql("""
				UPDATE outbound_mail SET status = 'SENT', sent_at = :now, attempts = attempts + 1, claimed_until = NULL,
					claimed_by = NULL, last_error = :note WHERE id = :id""")
			.param("id", id)
			.param("now", now())
			.param("note", limit(note))
			.update();
	}

	/** A temporary failure: tried again after {@code retryIn}, or kept as FAILED. */
	void deferred(long id, int attempts, String error, Duration retryIn, boolean giveUp) {
		this.jdbc.sql("""
				UPDATE outbound_mail SET status = :status, attempts = :attempts, last_error = :error,
					next_attempt_at = :next, claimed_until = NULL, claimed_by = NULL WHERE id = :id""")
			.param("id", id)
			.param("status", giveUp ? FAILED : PENDING)
			.param("attempts", attempts)
			.param("error", limit(error))
			.param("next", now().plus(retryIn))
			.update();
	}

	/** Can never be delivered: FAILED at once, with the relay's answer. */
	void undeliverable(long id, int attempts, String reason) {
		this.jdbc.sql("""
				UPDATE outbound_mail SET status = 'FAILED', attempts = :attempts, last_error = :reason,
					claimed_until = NULL, claimed_by = NULL WHERE id = :id""")
			.param("id", id)
			.param("attempts", attempts)
			.param("reason", limit(reason))
			.update();
	}

	private static List<String> recipients(java.sql.Array array) throws java.sql.SQLException {
		return java.util.Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
	}

	private static int seconds(Duration lease) {
		return (int) Math.max(1, lease.toSeconds());
	}

	private static String limit(String text) {
		return (text != null && text.length() > 2000) ? text.substring(0, 2000) : text;
	}

	OffsetDateTime now() {
		return OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC);
	}

	/**
	 * A mail claimed for sending.
	 */
	record Claimed(long id, OutboxKind kind, Long caseNumber, String messageId, String envelopeFrom,
			List<String> recipients, byte[] raw, int attempts) {
	}

}
