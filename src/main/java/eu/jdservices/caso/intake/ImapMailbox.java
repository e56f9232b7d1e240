package eu.jdservices.caso.intake;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches one IMAP mailbox folder on its own thread while this node holds the mailbox's
 * lease: takes each new message ({@link TakingMail}: by UID above the last one stored,
 * whatever its {@code \Seen} flag; stored first, moved to the processed folder after the
 * commit). Waits with IDLE when the server offers it, else polls; reconnects with
 * back-off after an error, which stays visible until the next good fetch.
 */
final class ImapMailbox implements Runnable {

	private static final Logger log = LoggerFactory.getLogger(ImapMailbox.class);

	private static final Duration MAX_BACKOFF = Duration.ofSeconds(60);

	private final ImapProperties.Mailbox config;

	private final ImapConnector connector;

	private final TakingMail taking;

	private final ImapProgressStore progress;

	private final ImapLease lease;

	private volatile boolean running = true;

	private volatile boolean leaseHeld;

	private volatile Store store;

	private volatile IMAPFolder folder;

	private volatile MailboxState state;

	ImapMailbox(ImapConnector connector, TakingMail taking, ImapProgressStore progress, ImapLease lease) {
		this.config = connector.config();
		this.connector = connector;
		this.taking = taking;
		this.progress = progress;
		this.lease = lease;
		this.state = new MailboxState(this.config.key(), false, false, false, null, null, null, null);
	}

	MailboxState state() {
		return this.state;
	}

	@Override
	public void run() {
		Duration backoff = Duration.ofSeconds(1);
		while (this.running) {
			if (!holdLease()) {
				if (!sleep(this.lease.renewEvery())) {
					break;
				}
				continue;
			}
			boolean renew = false;
			try {
				watch();
				renew = this.running;
				backoff = Duration.ofSeconds(1);
			}
			catch (MessagingException | IOException | RuntimeException ex) {
				if (this.running) {
					failed(this.connector.problem(ex), ImapConnector.expected(ex) ? null : ex);
				}
			}
			finally {
				close();
			}
			if (!this.running) {
				break;
			}
			if (renew) {
				continue;
			}
			if (!sleep(backoff)) {
				break;
			}
			backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
		}
	}

	/**
	 * Takes (or keeps) the mailbox's lease; without it the mailbox is in standby: another
	 * node watches it.
	 */
	private boolean holdLease() {
		boolean held;
		try {
			held = this.lease.acquire(this.config.key());
		}
		catch (RuntimeException ex) {
			this.leaseHeld = true; // so that the error is shown
			failed("could not take the mailbox's lease in the database: " + ex, null);
			held = false;
		}
		if (held && !this.leaseHeld) {
			log.info("IMAP mailbox {}: this node ({}) watches it now", this.config.key(), this.lease.node());
		}
		if (!held && this.state.lastError() == null) {
			this.state = new MailboxState(this.config.key(), false, false, true, this.state.lastFetchAt(), null, null,
					null);
		}
		this.leaseHeld = held;
		return held;
	}

	/**
	 * Renews the lease while watching; when it is lost (the database was unreachable for
	 * longer than the lease), the watch ends at once, for another node to take over.
	 */
	void renewLease() {
		if (!this.leaseHeld || !this.running) {
			return;
		}
		boolean renewed;
		try {
			renewed = this.lease.acquire(this.config.key());
		}
		catch (RuntimeException ex) {
			log.warn("IMAP mailbox {}: could not renew the lease: {}", this.config.key(), ex.toString());
			return; // tried again shortly; the lease lasts several renewals
		}
		if (!renewed) {
			log.warn("IMAP mailbox {}: another node took its lease; this node stops watching it", this.config.key());
			this.leaseHeld = false;
			wake();
			close();
		}
	}

	/** Gives the lease up (the node stops). */
	void releaseLease() {
		if (this.leaseHeld) {
			try {
				this.lease.release(this.config.key());
			}
			catch (RuntimeException ex) {
				log.warn("IMAP mailbox {}: could not release the lease: {}", this.config.key(), ex.toString());
			}
			this.leaseHeld = false;
		}
	}

	/** Ends the watch: aborts an IDLE, closes the connection. */
	void stop() {
		this.running = false;
		wake();
		close();
	}

	/** Aborts a running IDLE so the folder is looked at now (any folder command does). */
	void wake() {
		IMAPFolder open = this.folder;
		if (open != null && open.isOpen()) {
			try {
				open.getMessageCount();
			}
			catch (MessagingException | RuntimeException ex) {
				// the watch itself notices a broken connection
			}
		}
	}

	/**
	 * Connects, then takes new mail until the watch ends: stopped, the lease lost, an
	 * error, or (XOAUTH2) the access token due for renewal, when it returns to sign in
	 * again at once.
	 */
	private void watch() throws MessagingException, IOException {
		Store connected = this.connector.connect();
		this.store = connected;
		IMAPFolder inbox = this.connector.folder(connected);
		Folder processed = this.connector.processedFolder(connected).folder();
		inbox.open(Folder.READ_WRITE);
		this.folder = inbox;
		IMAPStore imap = (IMAPStore) connected;
		boolean idle = this.config.idle() && imap.hasCapability("IDLE");
		log.info("IMAP mailbox {} connected; {}; taken mail goes to {}", this.config.key(),
				idle ? "waiting with IDLE" : "polling every " + this.config.pollInterval(), processed.getFullName());
		this.state = new MailboxState(this.config.key(), true, idle, false, this.state.lastFetchAt(),
				this.state.lastError(), this.state.lastErrorAt(), this.state.waiting());
		while (this.running) {
			int waiting = this.taking.takeNew(inbox, processed, imap, () -> this.running);
			this.progress.fetched(this.config.key(), waiting);
			this.state = new MailboxState(this.config.key(), true, idle, false, this.progress.instant(), null, null,
					waiting);
			if (!this.running) {
				break;
			}
			if (this.connector.signInDue()) {
				log.info("IMAP mailbox {}: its access token is due for renewal; signing in again", this.config.key());
				return;
			}
			if (idle) {
				inbox.idle(true);
			}
			else if (!sleep(this.config.pollInterval())) {
				this.running = false;
			}
		}
	}

	private void failed(String error, Throwable ex) {
		if (!this.leaseHeld) {
			log.info("IMAP mailbox {}: stopped watching, its lease was lost ({})", this.config.key(), error);
			return;
		}
		if (ex != null) {
			log.error("IMAP mailbox {}: {}; connecting again", this.config.key(), error, ex);
		}
		else {
			log.error("IMAP mailbox {}: {}; connecting again", this.config.key(), error);
		}
		Instant now = this.progress.instant();
		this.state = new MailboxState(this.config.key(), false, false, false, this.state.lastFetchAt(), error, now,
				this.state.waiting());
		try {
			this.progress.failed(this.config.key(), error);
		}
		catch (RuntimeException recording) {
			log.warn("IMAP mailbox {}: could not record the error: {}", this.config.key(), recording.toString());
		}
	}

	/** Waits; false when interrupted (the node stops). */
	private static boolean sleep(Duration duration) {
		try {
			Thread.sleep(duration);
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private void close() {
		this.folder = null;
		Store open = this.store;
		this.store = null;
		if (open != null) {
			try {
				open.close();
			}
			catch (MessagingException | RuntimeException ex) {
				// closing anyway
			}
		}
	}

}
