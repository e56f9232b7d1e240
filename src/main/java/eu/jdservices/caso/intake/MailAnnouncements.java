package eu.jdservices.caso.intake;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Announces a stored mail ({@link MailReceived}) once the transaction that stored it has
 * committed, so that it is decided. The announcement itself is not stored: the mail's
 * row, undecided, is what says it still has to be decided, and {@link IntakeRecovery}
 * announces again any that stays undecided (after a crash, a full queue, an outage or a
 * failed attempt). That spares every mail the event registry's own rows and commits.
 */
@Component
class MailAnnouncements {

	private final ApplicationEventPublisher events;

	private final TriageBacklog backlog;

	MailAnnouncements(ApplicationEventPublisher events, TriageBacklog backlog) {
		this.events = events;
		this.backlog = backlog;
	}

	/** After the current transaction commits (at once when there is none). */
	void afterCommit(long intakeId, String messageId) {
		this.backlog.added(intakeId);
		MailReceived received = new MailReceived(intakeId, messageId);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					MailAnnouncements.this.events.publishEvent(received);
				}

				@Override
				public void afterCompletion(int status) {
					if (status != STATUS_COMMITTED) {
						MailAnnouncements.this.backlog.done(intakeId);
					}
				}
			});
		}
		else {
			this.events.publishEvent(received);
		}
	}

	/** Whether this node has the mail in its queue already. */
	boolean queued(long intakeId) {
		return this.backlog.isWaiting(intakeId);
	}

}
