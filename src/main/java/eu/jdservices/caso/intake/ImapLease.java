package eu.jdservices.caso.intake;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Exactly one node watches each IMAP mailbox: it holds a lease in the database
 * ({@code intake_imap_lease}, expiry on database time, so the nodes' clocks do not
 * matter) and renews it every {@link #RENEW_EVERY}; when the node dies, the lease runs
 * out after {@link #DURATION} and another node takes the mailbox over.
 */
@Component
class ImapLease {

	static final Duration DURATION = Duration.ofSeconds(20);

	static final Duration RENEW_EVERY = Duration.ofSeconds(5);

	private final JdbcClient jdbc;

	private final String node;

	@Autowired
	ImapLease(JdbcClient jdbc) {
		this(jdbc, ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8));
	}

	ImapLease(JdbcClient jdbc, String node) {
		this.jdbc = jdbc;
		this.node = node;
	}

	String node() {
		return this.node;
	}

	/**
	 * Takes or renews the lease on a mailbox: true when this node holds it now (it held
	 * it already, or the other node's ran out, or there was none).
	 */
	boolean acquire(String mailbox) {
		int updated = this.jdbc.sql("""
				UPDATE intake_imap_lease SET node = :node,
					expires_at = CURRENT_TIMESTAMP + CAST(:seconds AS INTEGER) * INTERVAL '1' SECOND
				WHERE mailbox = :mailbox AND (node = :node OR expires_at < CURRENT_TIMESTAMP)""")
			.param("mailbox", mailbox)
			.param("node", this.node)
			.param("seconds", DURATION.toSeconds())
			.update();
		if (updated > 0) {
			return true;
		}
		try {
			return this.jdbc.sql("""
					INSERT INTO intake_imap_lease (mailbox, node, expires_at)
					VALUES (:mailbox, :node, CURRENT_TIMESTAMP + CAST(:seconds AS INTEGER) * INTERVAL '1' SECOND)""")
				.param("mailbox", mailbox)
				.param("node", this.node)
				.param("seconds", DURATION.toSeconds())
				.update() > 0;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	/** Gives the mailbox up at once (the node stops), so another node need not wait. */
	void release(String mailbox) {
		this.jdbc.sql("DELETE FROM intake_imap_lease WHERE mailbox = :mailbox AND node = :node")
			.param("mailbox", mailbox)
			.param("node", this.node)
			.update();
	}

}
