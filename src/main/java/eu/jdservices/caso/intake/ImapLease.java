package eu.jdservices.caso.intake;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Exactly one node watches each IMAP mailbox: it holds a lease in the database
 * ({@code intake_imap_lease}, expiry on database time, so the nodes' clocks do not
 * matter) and renews it every quarter of its duration ({@code caso.intake.imap.lease}, 20
 * s); when the node dies, the lease runs out and another node takes the mailbox over.
 */
@Component
class ImapLease {

	static final Duration DURATION = Duration.ofSeconds(20);

	private final JdbcClient jdbc;

	private final String node;

	private final Duration duration;

	@Autowired
	ImapLease(JdbcClient jdbc, @Value("${caso.intake.imap.lease:20s}") Duration duration) {
		this(jdbc, ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8),
				duration);
	}

	ImapLease(JdbcClient jdbc, String node) {
		this(jdbc, node, DURATION);
	}

	ImapLease(JdbcClient jdbc, String node, Duration duration) {
		if (duration.toSeconds() < 2) {
			throw new IllegalArgumentException("caso.intake.imap.lease must be at least 2s, not " + duration);
		}
		this.jdbc = jdbc;
		this.node = node;
		this.duration = duration;
	}

	/** How often the lease is renewed: four times in its duration. */
	Duration renewEvery() {
		return this.duration.dividedBy(4);
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
			.param("seconds", this.duration.toSeconds())
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
				.param("seconds", this.duration.toSeconds())
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
