package eu.jdservices.caso.intake;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Back-pressure between the SMTP listener and the processing of stored mail: when more
 * mails wait for a decision than processing keeps up with, new SMTP transactions wait
 * before they are stored, so senders slow down instead of acknowledgements falling
 * behind. After a long wait the sender gets a temporary failure (451) and retries later.
 */
@Component
class TriageBacklog {

	private final Set<Long> waiting = ConcurrentHashMap.newKeySet();

	private final int limit;

	TriageBacklog(IntakeProperties properties) {
		this.limit = properties.smtp().maxBacklog();
	}

	/** Waits until there is room; false when there was none within the timeout. */
	boolean awaitRoom(Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (this.waiting.size() >= this.limit) {
			if (System.nanoTime() > deadline) {
				return false;
			}
			synchronized (this) {
				wait(5);
			}
		}
		return true;
	}

	void added(long intakeId) {
		this.waiting.add(intakeId);
	}

	void done(long intakeId) {
		if (this.waiting.remove(intakeId)) {
			synchronized (this) {
				notifyAll();
			}
		}
	}

	boolean isWaiting(long intakeId) {
		return this.waiting.contains(intakeId);
	}

	int size() {
		return this.waiting.size();
	}

}
