package eu.jdservices.caso.cases;

import java.util.concurrent.locks.ReentrantLock;

import javax.sql.DataSource;

import eu.jdservices.caso.EmbeddedH2;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Serialises the decisions on one requester's mail for the rest of the current
 * transaction, so that each sees the cases the one before opened (the resend window, S1.7
 * and S2.4's comparison with open cases).
 *
 * <p>
 * On a database several nodes share (PostgreSQL) the lock is the requester's row of
 * {@code cases_requester_lock}, locked {@code FOR UPDATE}. An embedded H2 database can
 * only be opened by one JVM, so there the lock is one of this JVM, released when the
 * transaction ends: H2 waits for a row lock by trying again and again, which cost the
 * deciding threads more CPU than deciding.
 */
@Component
class RequesterLocks {

	/**
	 * Locks in this JVM (embedded H2), by the requester's hash: enough to rarely share
	 * one.
	 */
	private static final int STRIPES = 256;

	private final CaseRepository cases;

	private final ReentrantLock[] inThisJvm;

	RequesterLocks(CaseRepository cases, DataSource dataSource) {
		this.cases = cases;
		this.inThisJvm = EmbeddedH2.in(dataSource) ? new ReentrantLock[STRIPES] : null;
		if (this.inThisJvm != null) {
			for (int i = 0; i < STRIPES; i++) {
				this.inThisJvm[i] = new ReentrantLock();
			}
		}
	}

	/** Waits until no other transaction decides on the requester's mail, and holds it. */
	void lock(String requester) {
		if (this.inThisJvm == null) {
			this.cases.lockRequester(requester);
			return;
		}
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			throw new IllegalStateException("A requester's lock is held for a transaction: there is none");
		}
		ReentrantLock lock = this.inThisJvm[Math.floorMod(requester.toLowerCase(java.util.Locale.ROOT).hashCode(),
				STRIPES)];
		lock.lock();
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				lock.unlock();
			}
		});
	}

	/** Whether the database is H2 in this process (not an H2 server other JVMs reach). */
	static boolean embedded(String url) {
		return EmbeddedH2.url(url);
	}

}
