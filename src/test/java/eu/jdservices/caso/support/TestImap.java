package eu.jdservices.caso.support;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Properties;

import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Flags;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * A GreenMail IMAP (and IMAPS) server on 127.0.0.1 for the tests of mailbox intake:
 * mailboxes {@code <login>@jd-services.eu}, mail put straight into a folder, the
 * Message-IDs a folder holds. Its hierarchy delimiter is {@code .}. Stop it when the test
 * class ends: GreenMail's IMAP handlers spin on a CPU while a client idles.
 */
public final class TestImap {

	private final GreenMail greenMail;

	private TestImap(GreenMail greenMail) {
		this.greenMail = greenMail;
	}

	/**
	 * Starts the server, each protocol ({@link ServerSetup#PROTOCOL_IMAP},
	 * {@link ServerSetup#PROTOCOL_IMAPS}) on a free port.
	 */
	public static TestImap start(String... protocols) {
		ServerSetup[] setups = Arrays.stream(protocols)
			.map((protocol) -> new ServerSetup(FreePort.find(), "127.0.0.1", protocol))
			.toArray(ServerSetup[]::new);
		GreenMail greenMail = new GreenMail(setups);
		greenMail.start();
		return new TestImap(greenMail);
	}

	public int imapPort() {
		return this.greenMail.getImap().getPort();
	}

	public int imapsPort() {
		return this.greenMail.getImaps().getPort();
	}

	/** Makes the mailbox {@code <login>@jd-services.eu}. */
	public void user(String login, String password) {
		this.greenMail.setUser(login + "@jd-services.eu", login, password);
	}

	/** What the mailbox's sign-in now checks (GreenMail's XOAUTH2 checks the token). */
	public void password(String login, String password) {
		user(login).setPassword(password);
	}

	public void deliver(String login, String folder, byte[] raw, Flags flags) throws Exception {
		MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
		host().getFolder(user(login), folder).appendMessage(message, flags, new Date());
	}

	/** The Message-IDs (without brackets) in a folder; none when it does not exist. */
	public List<String> messageIds(String login, String folder) throws FolderException {
		MailFolder found = host().getFolder(user(login), folder);
		if (found == null) {
			return List.of();
		}
		// GreenMail's folder is not safe to read while Caso moves messages out of it: a
		// moved message may show as an empty slot, or the reading fails and is done again
		for (int attempt = 1;; attempt++) {
			try {
				return found.getMessages()
					.stream()
					.filter(java.util.Objects::nonNull)
					.map(TestImap::messageId)
					.toList();
			}
			catch (java.util.ConcurrentModificationException ex) {
				if (attempt == 20) {
					throw ex;
				}
				Thread.onSpinWait();
			}
		}
	}

	public ImapHostManager host() {
		return this.greenMail.getManagers().getImapHostManager();
	}

	public GreenMailUser user(String login) {
		return this.greenMail.getManagers().getUserManager().getUser(login);
	}

	public void stop() {
		this.greenMail.stop();
	}

	private static String messageId(StoredMessage stored) {
		try {
			return stored.getMimeMessage().getMessageID().replaceAll("[<>]", "");
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
