package eu.jdservices.caso.outbound;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Component;

/**
 * Wakes the outbox senders as soon as a queued mail is committed, so an acknowledgement
 * leaves in milliseconds rather than at the next poll.
 */
@Component
class OutboxWakeUp {

	private final Semaphore signal = new Semaphore(0);

	void wake() {
		if (this.signal.availablePermits() < 16) {
			this.signal.release();
		}
	}

	/** Waits for a wake-up or the timeout. */
	void await(Duration timeout) throws InterruptedException {
		if (this.signal.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			this.signal.drainPermits();
		}
	}

}
