package eu.jdservices.caso.intake;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * The intake's API on its IMAP mailboxes, for the console: each configured mailbox with
 * what it is doing (as this node sees it and as the database recorded it, whichever node
 * watches it), and a connection test.
 */
@Service
public class ImapMailboxes {

	private static final Logger log = LoggerFactory.getLogger(ImapMailboxes.class);

	private final ImapProperties properties;

	private final ImapIntake intake;

	private final ImapProgressStore progress;

	private final ImapLease lease;

	ImapMailboxes(ImapProperties properties, ImapIntake intake, ImapProgressStore progress, ImapLease lease) {
		this.properties = properties;
		this.intake = intake;
		this.progress = progress;
		this.lease = lease;
	}

	/** The configured mailboxes, in the order configured. */
	public List<Mailbox> list() {
		List<ImapProperties.Mailbox> configured = this.properties.mailboxes();
		if (configured.isEmpty()) {
			return List.of();
		}
		List<MailboxState> states = this.intake.states();
		Map<String, ImapProgressStore.Recorded> recorded = this.progress.recorded();
		List<Mailbox> mailboxes = new ArrayList<>();
		for (int i = 0; i < configured.size(); i++) {
			ImapProperties.Mailbox config = configured.get(i);
			MailboxState state = (i < states.size()) ? states.get(i) : null;
			ImapProgressStore.Recorded row = recorded.get(config.key());
			String node = (row != null) ? row.watchedBy() : null;
			boolean here = this.lease.node().equals(node);
			mailboxes.add(new Mailbox(i, config.key(), config.host(), config.effectivePort(), config.security().name(),
					config.username(), config.folder(), config.processedFolder(), config.address(),
					config.auth().name(), config.idle(), config.pollInterval(),
					here && state != null && state.connected(), here && state != null && state.idle(), node, here,
					(row != null) ? row.lastFetchAt() : utc((state != null) ? state.lastFetchAt() : null),
					(state != null && state.lastError() != null) ? state.lastError()
							: (row != null) ? row.lastError() : null,
					(state != null && state.lastErrorAt() != null) ? utc(state.lastErrorAt())
							: (row != null) ? row.lastErrorAt() : null,
					(row != null) ? row.waiting() : null, (row != null) ? row.taken() : 0));
		}
		return mailboxes;
	}

	/**
	 * Connects to the {@code index}th mailbox as its watch does (signs in, opens its
	 * folder, finds or creates the processed folder) and says what it found, or the
	 * error. The watch itself goes on undisturbed.
	 */
	public ConnectionTest test(int index) {
		ImapConnector connector = this.intake.connector(index)
			.orElseThrow(() -> new IllegalArgumentException("no IMAP mailbox number " + index));
		String key = connector.config().key();
		Store store = null;
		try {
			store = connector.connect();
			IMAPFolder folder = connector.folder(store);
			ImapConnector.ProcessedFolder processed = connector.processedFolder(store);
			folder.open(Folder.READ_ONLY);
			int messages = folder.getMessageCount();
			folder.close(false);
			log.info("IMAP mailbox {}: connection test passed ({} messages)", key, messages);
			return new ConnectionTest(index, key, true, folder.getFullName(), messages,
					processed.folder().getFullName(), processed.created(), null);
		}
		catch (MessagingException | IOException | RuntimeException ex) {
			String problem = connector.problem(ex);
			log.warn("IMAP mailbox {}: connection test failed: {}", key, problem);
			return new ConnectionTest(index, key, false, connector.config().folder(), 0, null, false, problem);
		}
		finally {
			if (store != null) {
				try {
					store.close();
				}
				catch (MessagingException ex) {
					// closing anyway
				}
			}
		}
	}

	private static OffsetDateTime utc(Instant at) {
		return (at != null) ? at.atOffset(ZoneOffset.UTC) : null;
	}

	/**
	 * A configured mailbox and what it is doing.
	 *
	 * @param index its place in {@code caso.intake.imap.mailboxes}
	 * @param key user@host:port/folder, as logs and health name it
	 * @param host the IMAP server
	 * @param port its port
	 * @param security SSL, STARTTLS or NONE
	 * @param username the user signing in
	 * @param folder where mail is taken from
	 * @param processedFolder where taken mail goes
	 * @param address the severity address it serves; {@code null}: by recipients
	 * @param auth PASSWORD or XOAUTH2
	 * @param idleConfigured whether IDLE is used when offered
	 * @param pollInterval how often it is looked at without IDLE
	 * @param connected whether this node is connected to it now
	 * @param idle whether this node waits on it with IDLE now
	 * @param watchedBy the node that holds its lease; {@code null}: none
	 * @param watchedHere whether that is this node
	 * @param lastFetchAt its last good look
	 * @param lastError its last error, until the next good look
	 * @param lastErrorAt when
	 * @param waiting how many messages the last look left waiting; {@code null}: unknown
	 * @param taken how many mails were taken from it
	 */
	public record Mailbox(int index, String key, String host, int port, String security, String username, String folder,
			String processedFolder, String address, String auth, boolean idleConfigured, Duration pollInterval,
			boolean connected, boolean idle, String watchedBy, boolean watchedHere, OffsetDateTime lastFetchAt,
			String lastError, OffsetDateTime lastErrorAt, Integer waiting, long taken) {

		public boolean failing() {
			return this.lastError != null;
		}

	}

	/**
	 * What a connection test found.
	 *
	 * @param index the mailbox's place in the configuration
	 * @param key its name
	 * @param ok whether it signed in and found its folder
	 * @param folder the folder mail is taken from
	 * @param messages how many messages are in it
	 * @param processedFolder the processed folder, as the server names it
	 * @param processedCreated whether that was missing and has been created
	 * @param error what went wrong; {@code null} when ok
	 */
	public record ConnectionTest(int index, String key, boolean ok, String folder, int messages, String processedFolder,
			boolean processedCreated, String error) {

	}

}
