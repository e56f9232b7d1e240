package eu.jdservices.caso.outbound;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * This node's hold on the outbox mail it claimed: a short lease in the database
 * ({@code caso.outbound.claim-lease}), renewed every third of it while the node lives. A
 * node that cannot renew (database unreachable) stops sending the rest of a batch before
 * the lease could run out, so no other node ever sends a mail this one is still sending;
 * a node that died loses its claims when the lease ends, and the others take them over.
 */
@Component
class OutboxLease {

	private final String node = ManagementFactory.getRuntimeMXBean().getName() + "/"
			+ UUID.randomUUID().toString().substring(0, 8);

	private final Duration duration;

	private volatile long lastRenewalStart = System.nanoTime() - Long.MAX_VALUE / 2;

	OutboxLease(OutboundProperties properties) {
		this.duration = properties.claimLease();
	}

	String node() {
		return this.node;
	}

	Duration duration() {
		return this.duration;
	}

	/** How often the lease is renewed. */
	Duration renewalInterval() {
		return this.duration.dividedBy(3);
	}

	/**
	 * Whether a batch claimed between the two times (from {@link System#nanoTime()}) is
	 * still safely held: a third of the lease is kept as margin.
	 */
	boolean stillHeld(long claimStarted, long claimCommitted) {
		long base = claimStarted;
		long renewal = this.lastRenewalStart;
		if (renewal - claimCommitted > 0) {
			// a renewal that began after the claim was committed extended it
			base = renewal;
		}
		return System.nanoTime() - base < this.duration.toNanos() * 2 / 3;
	}

	/** A renewal that began at this time (from {@link System#nanoTime()}) committed. */
	void renewed(long started) {
		this.lastRenewalStart = started;
	}

}
