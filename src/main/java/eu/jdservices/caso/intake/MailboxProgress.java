package eu.jdservices.caso.intake;

import java.time.Instant;

/**
 * How far Caso has taken mail from one mailbox folder, by UIDVALIDITY and UID (never by
 * {@code \Seen}, which people and other clients change).
 *
 * @param firstConnectedAt when Caso first connected to the folder
 * @param firstUidValidity the folder's UIDVALIDITY then
 * @param boundaryUid its UIDNEXT then: lower UIDs (of that UIDVALIDITY) are old mail
 * @param uidValidity the UIDVALIDITY the UIDs below belong to
 * @param startUid the lowest UID Caso takes under this UIDVALIDITY
 * @param lastUid the highest UID stored so far (0: none)
 */
record MailboxProgress(Instant firstConnectedAt, long firstUidValidity, long boundaryUid, long uidValidity,
		long startUid, long lastUid) {

	/**
	 * First connection: with {@code since=NOW} only UIDs from the current UIDNEXT are
	 * taken, with {@code ALL} every mail, the older ones as imported.
	 */
	static MailboxProgress first(Instant now, long uidValidity, long uidNext, ImapProperties.Since since) {
		long start = (since == ImapProperties.Since.NOW) ? uidNext : 1;
		return new MailboxProgress(now, uidValidity, uidNext, uidValidity, start, start - 1);
	}

	/**
	 * The folder's UIDVALIDITY changed (it was recreated or rebuilt): every UID is new,
	 * the folder is scanned again from the start; the Message-ID keeps what was stored
	 * from being stored twice, and the arrival date tells old mail from new.
	 */
	MailboxProgress rescanned(long newUidValidity) {
		return new MailboxProgress(this.firstConnectedAt, this.firstUidValidity, this.boundaryUid, newUidValidity, 1,
				0);
	}

	MailboxProgress taken(long uid) {
		return new MailboxProgress(this.firstConnectedAt, this.firstUidValidity, this.boundaryUid, this.uidValidity,
				this.startUid, Math.max(this.lastUid, uid));
	}

	/**
	 * Whether mail that was already in the folder when Caso first connected: by UID under
	 * the first UIDVALIDITY, by arrival date after a change.
	 */
	boolean old(long uid, Instant arrived) {
		if (this.uidValidity == this.firstUidValidity) {
			return uid < this.boundaryUid;
		}
		return arrived != null && arrived.isBefore(this.firstConnectedAt);
	}

	/** Whether Caso takes this message ({@code since=NOW} leaves old mail alone). */
	boolean takes(long uid, Instant arrived, ImapProperties.Since since) {
		if (uid < this.startUid) {
			return false;
		}
		return since == ImapProperties.Since.ALL || !old(uid, arrived);
	}

}
