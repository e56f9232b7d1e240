package eu.jdservices.caso.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Properties;

import javax.net.ssl.SSLException;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Folder;
import jakarta.mail.FolderNotFoundException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens connections to one configured mailbox: the session (IMAPS, STARTTLS or plain,
 * timeouts, certificate checks), the sign-in with a password or with SASL XOAUTH2 and an
 * access token, the folder mail is taken from and the processed folder.
 */
final class ImapConnector {

	private static final Logger log = LoggerFactory.getLogger(ImapConnector.class);

	private static final int TIMEOUT_MILLIS = 20_000;

	private final ImapProperties.Mailbox config;

	private final AccessTokens tokens;

	/**
	 * @param tokens the mailbox's access tokens; {@code null} unless it signs in with
	 * XOAUTH2
	 */
	ImapConnector(ImapProperties.Mailbox config, AccessTokens tokens) {
		this.config = config;
		this.tokens = tokens;
	}

	ImapProperties.Mailbox config() {
		return this.config;
	}

	/**
	 * Whether the access token signed in with is due for renewal: the watch signs in
	 * again before it expires (some servers end a session when its token does).
	 */
	boolean signInDue() {
		return this.tokens != null && this.tokens.due();
	}

	/**
	 * A connected, signed-in store. With XOAUTH2, a token the server refuses is fetched
	 * once more (it may have been revoked before it expired) and the sign-in tried again.
	 */
	Store connect() throws MessagingException, IOException {
		if (this.tokens == null) {
			return connect(password());
		}
		boolean kept = !this.tokens.due();
		try {
			return connect(this.tokens.token(false).value());
		}
		catch (AuthenticationFailedException ex) {
			if (!kept) {
				throw refused(ex);
			}
			log.info("IMAP mailbox {}: the server refused the access token kept; asking {} for a new one",
					this.config.key(), this.config.tokenUri());
			try {
				return connect(this.tokens.token(true).value());
			}
			catch (AuthenticationFailedException again) {
				throw refused(again);
			}
		}
	}

	/**
	 * What went wrong, as the health endpoint, the console and the log say it: a failed
	 * sign-in, a token endpoint's refusal, a missing folder, a certificate not trusted.
	 */
	String problem(Exception ex) {
		if (ex instanceof AccessTokens.TokenRefused) {
			return "no access token for " + this.config.username() + ": " + ex.getMessage();
		}
		if (ex instanceof AuthenticationFailedException) {
			return "authentication failed for " + this.config.username() + " at " + this.config.host() + ": "
					+ ex.getMessage();
		}
		if (ex instanceof FolderNotFoundException) {
			return ex.getMessage();
		}
		SSLException tls = tls(ex);
		if (tls != null) {
			return "TLS with " + this.config.host() + ":" + this.config.effectivePort() + " failed: " + tls;
		}
		return ex.toString();
	}

	/** Whether {@link #problem} says all there is (no stack trace needed in the log). */
	static boolean expected(Exception ex) {
		return ex instanceof AccessTokens.TokenRefused || ex instanceof AuthenticationFailedException
				|| ex instanceof FolderNotFoundException || tls(ex) != null;
	}

	private static SSLException tls(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SSLException found) {
				return found;
			}
		}
		return null;
	}

	private Store connect(String secret) throws MessagingException {
		Session session = Session.getInstance(sessionProperties());
		Store store = session.getStore(protocol());
		store.connect(this.config.host(), this.config.effectivePort(), this.config.username(), secret);
		return store;
	}

	private AuthenticationFailedException refused(AuthenticationFailedException ex) {
		String source = (this.config.serviceAccountKeyFile() != null)
				? "the service account of " + this.config.serviceAccountKeyFile()
				: this.config.tokenUri() + " (client " + this.config.clientId() + ")";
		return new AuthenticationFailedException("XOAUTH2 with a token from " + source + ": " + ex.getMessage());
	}

	/** The folder mail is taken from; it must exist. */
	IMAPFolder folder(Store store) throws MessagingException {
		IMAPFolder folder = (IMAPFolder) store.getFolder(this.config.folder());
		if (!folder.exists()) {
			throw new FolderNotFoundException(folder, "folder '" + this.config.folder() + "' does not exist in mailbox "
					+ this.config.username() + " at " + this.config.host());
		}
		return folder;
	}

	/**
	 * The processed folder, {@code /} mapped to the server's hierarchy delimiter, created
	 * level by level when missing.
	 */
	ProcessedFolder processedFolder(Store store) throws MessagingException {
		char separator = store.getDefaultFolder().getSeparator();
		String[] levels = this.config.processedFolder().split("/");
		Folder level = null;
		boolean created = false;
		StringBuilder name = new StringBuilder();
		for (int i = 0; i < levels.length; i++) {
			if (levels[i].isBlank()) {
				continue;
			}
			if (!name.isEmpty()) {
				name.append(separator);
			}
			name.append(levels[i]);
			level = store.getFolder(name.toString());
			if (!level.exists()) {
				int type = (i == levels.length - 1) ? Folder.HOLDS_MESSAGES
						: (Folder.HOLDS_FOLDERS | Folder.HOLDS_MESSAGES);
				if (!level.create(type)) {
					throw new MessagingException(
							"could not create the processed folder '" + name + "' in mailbox " + this.config.key());
				}
				created = true;
				log.info("IMAP mailbox {}: created folder {}", this.config.key(), name);
			}
		}
		if (level == null) {
			throw new MessagingException("caso.intake.imap processed-folder is empty");
		}
		return new ProcessedFolder(level, created);
	}

	/**
	 * The processed folder of a mailbox.
	 *
	 * @param folder the folder
	 * @param created whether it was missing and has just been created
	 */
	record ProcessedFolder(Folder folder, boolean created) {

	}

	private String password() throws IOException {
		if (this.config.passwordFile() != null) {
			try {
				return Files.readString(this.config.passwordFile()).strip();
			}
			catch (IOException ex) {
				throw new IOException("cannot read password-file " + this.config.passwordFile() + ": " + ex);
			}
		}
		return this.config.password();
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
			boolean asIs = this.config.trustsCertificateAsIs();
			properties.put(p + "ssl.checkserveridentity", String.valueOf(!asIs));
			if (asIs) {
				properties.put(p + "ssl.trust", this.config.host());
			}
		}
		if (this.config.auth() == ImapProperties.Auth.XOAUTH2) {
			// the token goes as the password; XOAUTH2 is the one mechanism offered
			properties.put(p + "auth.mechanisms", "XOAUTH2");
		}
		return properties;
	}

}
