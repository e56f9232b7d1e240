package eu.jdservices.caso.intake;

import java.time.Instant;

/**
 * What a mailbox is doing as this node sees it, for the health endpoint and the console.
 *
 * @param mailbox user@host:port/folder
 * @param connected whether connected now
 * @param idle whether waiting with IDLE (else polling)
 * @param standby whether another node watches the mailbox (holds its lease)
 * @param lastFetchAt the last good look at the folder
 * @param lastError the last error, until the next good look
 * @param lastErrorAt when it happened
 * @param waiting how many messages the last look left waiting; {@code null}: unknown
 */
record MailboxState(String mailbox, boolean connected, boolean idle, boolean standby, Instant lastFetchAt,
		String lastError, Instant lastErrorAt, Integer waiting) {

	boolean failing() {
		return this.lastError != null;
	}

}
