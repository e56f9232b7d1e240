package eu.jdservices.caso.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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

	/** A good look at the folder: the last error is over. */
	void fetched(String mailbox) {
		status(mailbox,
				"UPDATE intake_imap_status SET last_fetch_at = :now, last_error = NULL, last_error_at = NULL "
						+ "WHERE mailbox = :mailbox",
				"INSERT INTO intake_imap_status (mailbox, last_fetch_at) VALUES (:mailbox, :now)", null);
	}

	void failed(String mailbox, String error) {
		status(mailbox,
				"UPDATE intake_imap_status SET last_error = :error, last_error_at = :now WHERE mailbox = :mailbox",
				"INSERT INTO intake_imap_status (mailbox, last_error, last_error_at) VALUES (:mailbox, :error, :now)",
				(error != null && error.length() > 4000) ? error.substring(0, 4000) : error);
	}

	private void status(String mailbox, String update, String insert, String error) {
		OffsetDateTime now = now();
		if (run(update, mailbox, now, error) == 0) {
			try {
				run(insert, mailbox, now, error);
			}
			catch (DuplicateKeyException ex) {
				run(update, mailbox, now, error);
			}
		}
	}

	private int run(String sql, String mailbox, OffsetDateTime now, String error) {
		return this.jdbc.sql(sql).param("mailbox", mailbox).param("now", now).param("error", error).update();
	}

	Instant instant() {
		return this.clock.instant();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC);
	}

}
