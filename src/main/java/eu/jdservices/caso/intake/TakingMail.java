package eu.jdservices.caso.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.UIDFolder;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One look at a mailbox folder: each message above the last UID stored is stored (the
 * exact bytes, each in its own transaction together with the new last UID), and only then
 * is what was stored moved to the processed folder. A crash between the two leaves a
 * stored message in the folder: the next look moves it without storing it again.
 */
final class TakingMail {

	private static final Logger log = LoggerFactory.getLogger(TakingMail.class);

	private static final Duration BACKLOG_WAIT = Duration.ofSeconds(10);

	private final ImapProperties.Mailbox config;

	private final ReceivingMail receiving;

	private final MailboxEnvelope envelopes;

	private final ImapProgressStore progress;

	private final TriageBacklog backlog;

	TakingMail(ImapProperties.Mailbox config, ReceivingMail receiving, IntakeAddresses addresses,
			ImapProgressStore progress, TriageBacklog backlog) {
		this.config = config;
		this.receiving = receiving;
		this.envelopes = new MailboxEnvelope(config, addresses);
		this.progress = progress;
		this.backlog = backlog;
	}

	/**
	 * Takes what is new in the folder.
	 * @param running whether to go on (false: the watch ends, the rest waits)
	 * @return how many messages were left waiting (the triage backlog was full, or the
	 * watch ended)
	 */
	int takeNew(IMAPFolder inbox, Folder processed, IMAPStore imap, BooleanSupplier running)
			throws MessagingException, IOException {
		String key = this.config.key();
		MailboxProgress current = current(inbox);
		Message[] messages = inbox.getMessagesByUID(current.startUid(), UIDFolder.LASTUID);
		FetchProfile profile = new FetchProfile();
		profile.add(UIDFolder.FetchProfileItem.UID);
		profile.add(FetchProfile.Item.ENVELOPE);
		inbox.fetch(messages, profile);
		List<Message> stored = new ArrayList<>();
		int waiting = 0;
		for (Message message : messages) {
			long uid = inbox.getUID(message);
			Instant arrived = (message.getReceivedDate() != null) ? message.getReceivedDate().toInstant() : null;
			if (!current.takes(uid, arrived, this.config.since())) {
				continue;
			}
			if (waiting > 0 || !running.getAsBoolean()) {
				waiting += (uid > current.lastUid()) ? 1 : 0;
				continue;
			}
			if (uid > current.lastUid()) {
				if (!roomInBacklog()) {
					waiting++;
					continue;
				}
				MailboxProgress next = current.taken(uid);
				boolean imported = current.old(uid, arrived);
				long id = this.receiving.receive(this.envelopes.of(message), raw(message), imported,
						() -> this.progress.taken(key, next));
				log.debug("IMAP mailbox {}: UID {} stored as {}", key, uid, id);
				current = next;
			}
			stored.add(message);
		}
		if (!stored.isEmpty()) {
			move(inbox, stored.toArray(Message[]::new), processed, imap);
		}
		return waiting;
	}

	/**
	 * The progress so far: recorded at the first connection, scanned again from the start
	 * after a UIDVALIDITY change.
	 */
	private MailboxProgress current(IMAPFolder inbox) throws MessagingException {
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
		return current;
	}

	private boolean roomInBacklog() {
		try {
			return this.backlog.awaitRoom(BACKLOG_WAIT);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
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

	private static long uidNext(IMAPFolder inbox) throws MessagingException {
		long next = inbox.getUIDNext();
		if (next > 0) {
			return next;
		}
		int count = inbox.getMessageCount();
		return (count > 0) ? inbox.getUID(inbox.getMessage(count)) + 1 : 1;
	}

	private static byte[] raw(Message message) throws MessagingException, IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		message.writeTo(out);
		return out.toByteArray();
	}

}
