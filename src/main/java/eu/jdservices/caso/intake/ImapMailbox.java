package eu.jdservices.caso.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.FolderNotFoundException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.InternetAddress;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches one IMAP mailbox folder on its own thread: takes each new message (by UID above
 * the last one stored, whatever its {@code \Seen} flag), stores the exact bytes through
 * the same pipeline as the SMTP listener, and only once that committed moves it to the
 * processed folder. Waits with IDLE when the server offers it, else polls; reconnects
 * with back-off after an error, which stays visible until the next good fetch.
 */
final class ImapMailbox implements Runnable {

	private static final Logger log = LoggerFactory.getLogger(ImapMailbox.class);

	private static final Duration BACKLOG_WAIT = Duration.ofSeconds(10);

	private static final Duration MAX_BACKOFF = Duration.ofSeconds(60);

	private static final int TIMEOUT_MILLIS = 20_000;

	private final ImapProperties.Mailbox config;

	private final ReceivingMail receiving;

	private final IntakeAddresses addresses;

	private final ImapProgressStore progress;

	private final TriageBacklog backlog;

	private final ImapLease lease;

	private volatile boolean running = true;

	private volatile boolean leaseHeld;

	private volatile Store store;

	private volatile IMAPFolder folder;

	private volatile State state;

	ImapMailbox(ImapProperties.Mailbox config, ReceivingMail receiving, IntakeAddresses addresses,
			ImapProgressStore progress, TriageBacklog backlog, ImapLease lease) {
		this.lease = lease;
		this.config = config;
		this.receiving = receiving;
		this.addresses = addresses;
		this.progress = progress;
		this.backlog = backlog;
		this.state = new State(config.key(), false, false, false, null, null, null);
	}

	/**
	 * What a mailbox is doing, for the health endpoint.
	 *
	 * @param mailbox user@host:port/folder
	 * @param connected whether connected now
	 * @param idle whether waiting with IDLE (else polling)
	 * @param standby whether another node watches the mailbox (holds its lease)
	 * @param lastFetchAt the last good look at the folder
	 * @param lastError the last error, until the next good look
	 * @param lastErrorAt when it happened
	 */
	record State(String mailbox, boolean connected, boolean idle, boolean standby, Instant lastFetchAt,
			String lastError, Instant lastErrorAt) {

		boolean failing() {
			return this.lastError != null;
		}

	}

	State state() {
		return this.state;
	}

	@Override
	public void run() {
		Duration backoff = Duration.ofSeconds(1);
		while (this.running) {
			if (!holdLease()) {
				try {
					Thread.sleep(ImapLease.RENEW_EVERY);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					break;
				}
				continue;
			}
			try {
				watch();
				backoff = Duration.ofSeconds(1);
			}
			catch (AuthenticationFailedException ex) {
				failed("authentication failed for " + this.config.username() + " at " + this.config.host() + ": "
						+ ex.getMessage(), null);
			}
			catch (FolderNotFoundException ex) {
				failed(ex.getMessage(), null);
			}
			catch (MessagingException | IOException | RuntimeException ex) {
				if (this.running) {
					failed(ex.toString(), ex);
				}
			}
			finally {
				close();
			}
			if (!this.running) {
				break;
			}
			try {
				Thread.sleep(backoff);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
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
			this.state = new State(this.config.key(), false, false, true, this.state.lastFetchAt(), null, null);
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

	private void watch() throws MessagingException, IOException {
		Session session = Session.getInstance(sessionProperties());
		Store connected = session.getStore(protocol());
		this.store = connected;
		connected.connect(this.config.host(), this.config.effectivePort(), this.config.username(),
				this.config.password());
		IMAPFolder inbox = (IMAPFolder) connected.getFolder(this.config.folder());
		if (!inbox.exists()) {
			throw new FolderNotFoundException(inbox, "folder '" + this.config.folder() + "' does not exist in mailbox "
					+ this.config.username() + " at " + this.config.host());
		}
		Folder processed = processedFolder(connected);
		inbox.open(Folder.READ_WRITE);
		this.folder = inbox;
		IMAPStore imap = (IMAPStore) connected;
		boolean idle = this.config.idle() && imap.hasCapability("IDLE");
		log.info("IMAP mailbox {} connected; {}; taken mail goes to {}", this.config.key(),
				idle ? "waiting with IDLE" : "polling every " + this.config.pollInterval(), processed.getFullName());
		this.state = new State(this.config.key(), true, idle, false, this.state.lastFetchAt(), this.state.lastError(),
				this.state.lastErrorAt());
		while (this.running) {
			takeNew(inbox, processed, imap);
			if (!this.running) {
				break;
			}
			if (idle) {
				inbox.idle(true);
			}
			else {
				try {
					Thread.sleep(this.config.pollInterval());
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					this.running = false;
				}
			}
		}
	}

	/**
	 * One look at the folder: stores each message above the last UID stored (each in its
	 * own transaction together with the new last UID), then moves what was stored.
	 */
	void takeNew(IMAPFolder inbox, Folder processed, IMAPStore imap) throws MessagingException, IOException {
		String key = this.config.key();
		long validity = inbox.getUIDValidity();
		MailboxProgress current = this.progress.find(key).orElse(null);
		if (current == null) {
			current = MailboxProgress.first(this.progress.instant(), validity, uidNext(inbox), this.config.since());
			this.progress.insert(key, current);
			log.info("IMAP mailbox {}: first connection, taking {} mail (from UID {})", key,
					(this.config.since() == ImapProperties.Since.NOW) ? "only new" : "all", current.startUid());
		}
		else if (current.uidValidity() != validity) {
			log.warn(
					"IMAP mailbox {}: UIDVALIDITY changed from {} to {}; scanning the folder again "
							+ "(mail already stored is recognised by its Message-ID)",
					key, current.uidValidity(), validity);
			current = current.rescanned(validity);
			this.progress.update(key, current);
		}
		Message[] messages = inbox.getMessagesByUID(current.startUid(), UIDFolder.LASTUID);
		FetchProfile profile = new FetchProfile();
		profile.add(UIDFolder.FetchProfileItem.UID);
		profile.add(FetchProfile.Item.ENVELOPE);
		inbox.fetch(messages, profile);
		List<Message> stored = new ArrayList<>();
		for (Message message : messages) {
			if (!this.running) {
				break;
			}
			long uid = inbox.getUID(message);
			Instant arrived = (message.getReceivedDate() != null) ? message.getReceivedDate().toInstant() : null;
			if (!current.takes(uid, arrived, this.config.since())) {
				continue;
			}
			if (uid > current.lastUid()) {
				if (!roomInBacklog()) {
					break;
				}
				MailboxProgress next = current.taken(uid);
				boolean imported = current.old(uid, arrived);
				long id = this.receiving.receive(envelope(message), raw(message), imported,
						() -> this.progress.update(key, next));
				log.debug("IMAP mailbox {}: UID {} stored as {}", key, uid, id);
				current = next;
			}
			stored.add(message);
		}
		if (!stored.isEmpty()) {
			move(inbox, stored.toArray(Message[]::new), processed, imap);
		}
		this.progress.fetched(key);
		this.state = new State(key, true, this.state.idle(), false, this.progress.instant(), null, null);
	}

	private boolean roomInBacklog() {
		try {
			return this.backlog.awaitRoom(BACKLOG_WAIT);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.running = false;
			return false;
		}
	}

	/** MOVE where the server offers it, else COPY, {@code \Deleted} and EXPUNGE. */
	private static void move(IMAPFolder inbox, Message[] messages, Folder processed, IMAPStore imap)
			throws MessagingException {
		if (imap.hasCapability("MOVE")) {
			inbox.moveMessages(messages, processed);
			return;
		}
		inbox.copyMessages(messages, processed);
		inbox.setFlags(messages, new Flags(Flags.Flag.DELETED), true);
		if (imap.hasCapability("UIDPLUS")) {
			inbox.expunge(messages);
		}
		else {
			inbox.expunge();
		}
	}

	/**
	 * The processed folder, {@code /} mapped to the server's hierarchy delimiter, created
	 * level by level when missing.
	 */
	private Folder processedFolder(Store connected) throws MessagingException {
		char separator = connected.getDefaultFolder().getSeparator();
		String[] levels = this.config.processedFolder().split("/");
		Folder level = null;
		StringBuilder name = new StringBuilder();
		for (int i = 0; i < levels.length; i++) {
			if (levels[i].isBlank()) {
				continue;
			}
			if (!name.isEmpty()) {
				name.append(separator);
			}
			name.append(levels[i]);
			level = connected.getFolder(name.toString());
			if (!level.exists()) {
				int type = (i == levels.length - 1) ? Folder.HOLDS_MESSAGES
						: (Folder.HOLDS_FOLDERS | Folder.HOLDS_MESSAGES);
				if (!level.create(type)) {
					throw new MessagingException(
							"could not create the processed folder '" + name + "' in mailbox " + this.config.key());
				}
				log.info("IMAP mailbox {}: created folder {}", this.config.key(), name);
			}
		}
		if (level == null) {
			throw new MessagingException("caso.intake.imap processed-folder is empty");
		}
		return level;
	}

	private static long uidNext(IMAPFolder inbox) throws MessagingException {
		long next = inbox.getUIDNext();
		if (next > 0) {
			return next;
		}
		int count = inbox.getMessageCount();
		return (count > 0) ? inbox.getUID(inbox.getMessage(count)) + 1 : 1;
	}

	private IntakeStore.Envelope envelope(Message message) throws MessagingException {
		return new IntakeStore.Envelope(returnPath(message), recipients(message), "imap://" + this.config.key(), null);
	}

	/**
	 * The envelope sender the delivering server recorded ({@code Return-Path}); without
	 * one the From address (an empty one means a bounce).
	 */
	private static String returnPath(Message message) throws MessagingException {
		String[] paths = message.getHeader("Return-Path");
		if (paths != null && paths.length > 0) {
			return HeaderSection.stripBrackets(paths[0]).trim();
		}
		Address[] from = message.getFrom();
		if (from != null && from.length > 0 && from[0] instanceof InternetAddress address
				&& address.getAddress() != null) {
			return address.getAddress();
		}
		return "";
	}

	/** The mailbox's address, or the intake addresses among To, Cc and Delivered-To. */
	private List<String> recipients(Message message) throws MessagingException {
		if (this.config.address() != null && !this.config.address().isBlank()) {
			return List.of(this.config.address().trim().toLowerCase(Locale.ROOT));
		}
		Set<String> found = new LinkedHashSet<>();
		for (Message.RecipientType type : List.of(Message.RecipientType.TO, Message.RecipientType.CC)) {
			Address[] addressed = message.getRecipients(type);
			if (addressed != null) {
				for (Address address : addressed) {
					if (address instanceof InternetAddress internet && internet.getAddress() != null) {
						found.add(internet.getAddress());
					}
				}
			}
		}
		String[] delivered = message.getHeader("Delivered-To");
		if (delivered != null) {
			for (String address : delivered) {
				found.add(HeaderSection.stripBrackets(address));
			}
		}
		return found.stream()
			.map((address) -> address.trim().toLowerCase(Locale.ROOT))
			.filter(this.addresses::isOwn)
			.distinct()
			.toList();
	}

	private static byte[] raw(Message message) throws MessagingException, IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		message.writeTo(out);
		return out.toByteArray();
	}

	private String protocol() {
		return (this.config.security() == ImapProperties.Security.SSL) ? "imaps" : "imap";
	}

	private Properties sessionProperties() {
		String p = "mail." + protocol() + ".";
		Properties properties = new Properties();
		properties.put(p + "peek", "true");
		properties.put(p + "connectiontimeout", String.valueOf(TIMEOUT_MILLIS));
		properties.put(p + "timeout",
				String.valueOf(Math.max(TIMEOUT_MILLIS, 2 * this.config.pollInterval().toMillis())));
		properties.put(p + "writetimeout", String.valueOf(TIMEOUT_MILLIS));
		if (this.config.security() == ImapProperties.Security.STARTTLS) {
			properties.put(p + "starttls.enable", "true");
			properties.put(p + "starttls.required", "true");
		}
		if (this.config.security() != ImapProperties.Security.NONE) {
			properties.put(p + "ssl.checkserveridentity", "true");
		}
		return properties;
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
		this.state = new State(this.config.key(), false, false, false, this.state.lastFetchAt(), error, now);
		try {
			this.progress.failed(this.config.key(), error);
		}
		catch (RuntimeException recording) {
			log.warn("IMAP mailbox {}: could not record the error: {}", this.config.key(), recording.toString());
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
