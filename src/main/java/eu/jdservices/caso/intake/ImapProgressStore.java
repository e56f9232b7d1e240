package eu.jdservices.caso.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The progress and the state of each IMAP mailbox folder ({@code intake_imap_progress}).
 */
@Repository
class ImapProgressStore {

	private final JdbcClient jdbc;

	private final Clock clock;

	ImapProgressStore(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	Optional<MailboxProgress> find(String mailbox) {
		return this.jdbc.sql("""
				SELECT first_connected_at, first_uid_validity, boundary_uid, uid_validity, start_uid, last_uid
				FROM intake_imap_progress WHERE mailbox = :mailbox""")
			.param("mailbox", mailbox)
			.query((rs, row) -> new MailboxProgress(
					rs.getObject("first_connected_at", OffsetDateTime.class).toInstant(),
					rs.getLong("first_uid_validity"), rs.getLong("boundary_uid"), rs.getLong("uid_validity"),
					rs.getLong("start_uid"), rs.getLong("last_uid")))
			.optional();
	}

	void insert(String mailbox, MailboxProgress progress) {
		this.jdbc.sql("""
				INSERT INTO intake_imap_progress (mailbox, first_connected_at, first_uid_validity, boundary_uid,
					uid_validity, start_uid, last_uid)
				VALUES (:mailbox, :first, :firstValidity, :boundary, :validity, :start, :last)""")
			.param("mailbox", mailbox)
			.param("first", progress.firstConnectedAt().atOffset(ZoneOffset.UTC))
			.param("firstValidity", progress.firstUidValidity())
			.param("boundary", progress.boundaryUid())
			.param("validity", progress.uidValidity())
			.param("start", progress.startUid())
			.param("last", progress.lastUid())
			.update();
	}

	void update(String mailbox, MailboxProgress progress) {
		this.jdbc.sql("""
				UPDATE intake_imap_progress SET uid_validity = :validity, start_uid = :start, last_uid = :last
				WHERE mailbox = :mailbox""")
			.param("mailbox", mailbox)
			.param("validity", progress.uidValidity())
			.param("start", progress.startUid())
			.param("last", progress.lastUid())
			.update();
	}

	/**
	 * A message was stored (in the same transaction): the new last UID, one more mail
	 * taken.
	 */
	void taken(String mailbox, MailboxProgress progress) {
		this.jdbc.sql("""
				UPDATE intake_imap_progress SET uid_validity = :validity, start_uid = :start, last_uid = :last,
					taken = taken + 1
				WHERE mailbox = :mailbox""")
			.param("mailbox", mailbox)
			.param("validity", progress.uidValidity())
			.param("start", progress.startUid())
			.param("last", progress.lastUid())
			.update();
	}

	/**
	 * A good look at the folder, which left {@code waiting} messages for the next one:
	 * the last error is over.
	 */
	void fetched(String mailbox, int waiting) {
		status(mailbox,
				"UPDATE intake_imap_status SET last_fetch_at = :now, last_error = NULL, last_error_at = NULL, "
						+ "waiting = :waiting WHERE mailbox = :mailbox",
				"INSERT INTO intake_imap_status (mailbox, last_fetch_at, waiting) VALUES (:mailbox, :now, :waiting)",
				null, waiting);
	}

	void failed(String mailbox, String error) {
		status(mailbox,
				"UPDATE intake_imap_status SET last_error = :error, last_error_at = :now WHERE mailbox = :mailbox",
				"INSERT INTO intake_imap_status (mailbox, last_error, last_error_at) VALUES (:mailbox, :error, :now)",
				(error != null && error.length() > 4000) ? error.substring(0, 4000) : error, null);
	}

	/**
	 * What the mailboxes last did, as any node recorded it, with how many mails were
	 * taken and which node holds each one's lease.
	 */
	Map<String, Recorded> recorded() {
		Map<String, Recorded> recorded = new HashMap<>();
		this.jdbc.sql("""
				SELECT m.mailbox, s.last_fetch_at, s.last_error, s.last_error_at, s.waiting, p.taken,
					l.node, l.expires_at
				FROM (SELECT mailbox FROM intake_imap_status UNION SELECT mailbox FROM intake_imap_progress
					UNION SELECT mailbox FROM intake_imap_lease) m
				LEFT JOIN intake_imap_status s ON s.mailbox = m.mailbox
				LEFT JOIN intake_imap_progress p ON p.mailbox = m.mailbox
				LEFT JOIN intake_imap_lease l ON l.mailbox = m.mailbox AND l.expires_at > CURRENT_TIMESTAMP""")
			.query((rs, row) -> new Recorded(rs.getString("mailbox"),
					rs.getObject("last_fetch_at", OffsetDateTime.class), rs.getString("last_error"),
					rs.getObject("last_error_at", OffsetDateTime.class),
					(Integer) rs.getObject("waiting", Integer.class), rs.getLong("taken"), rs.getString("node")))
			.list()
			.forEach((row) -> recorded.put(row.mailbox(), row));
		return recorded;
	}

	/**
	 * What the database holds on one mailbox.
	 *
	 * @param mailbox its key
	 * @param lastFetchAt its last good look
	 * @param lastError its last error, until the next good look
	 * @param lastErrorAt when
	 * @param waiting how many messages the last look left waiting
	 * @param taken how many mails were taken from it
	 * @param watchedBy the node holding its lease; {@code null}: none
	 */
	record Recorded(String mailbox, OffsetDateTime lastFetchAt, String lastError, OffsetDateTime lastErrorAt,
			Integer waiting, long taken, String watchedBy) {

	}

	private void status(String mailbox, String update, String insert, String error, Integer waiting) {
		OffsetDateTime now = now();
		if (run(update, mailbox, now, error, waiting) == 0) {
			try {
				run(insert, mailbox, now, error, waiting);
			}
			catch (DuplicateKeyException ex) {
				run(update, mailbox, now, error, waiting);
			}
		}
	}

	private int run(String sql, String mailbox, OffsetDateTime now, String error, Integer waiting) {
		return this.jdbc.sql(sql)
			.param("mailbox", mailbox)
			.param("now", now)
			.param("error", error)
			.param("waiting", waiting)
			.update();
	}

	Instant instant() {
		return this.clock.instant();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC);
	}

}
