package eu.jdservices.caso.support;

import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP relay for tests (GreenMail), one per test JVM on a free port; it can be
 * stopped and started again on the same port to play a relay that is down.
 */
public final class TestRelay {

	private static TestRelay instance;

	private final int port;

	private GreenMail greenMail;

	private TestRelay(int port) {
		this.port = port;
		start();
	}

	public static synchronized TestRelay get() {
		if (instance == null) {
			instance = new TestRelay(FreePort.find());
		}
		return instance;
	}

	public int port() {
		return this.port;
	}

	public synchronized void start() {
		if (this.greenMail == null) {
			this.greenMail = new GreenMail(new ServerSetup(this.port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
			this.greenMail.start();
		}
	}

	public synchronized void stop() {
		if (this.greenMail != null) {
			this.greenMail.stop();
			this.greenMail = null;
		}
	}

	/** Everything the relay received so far. */
	public synchronized List<MimeMessage> received() {
		return (this.greenMail != null) ? Arrays.asList(this.greenMail.getReceivedMessages()) : List.of();
	}

	/** Mails received whose subject contains the text. */
	public List<MimeMessage> withSubjectContaining(String text) {
		return received().stream().filter((message) -> {
			try {
				return message.getSubject() != null && message.getSubject().contains(text);
			}
			catch (jakarta.mail.MessagingException ex) {
				return false;
			}
		}).toList();
	}

	/**
	 * Mails received whose recipients (To, Cc) name the address and whose subject starts
	 * with the text: one per envelope recipient, as the relay keeps them.
	 */
	public List<MimeMessage> toWithSubjectStarting(String recipient, String subjectStart) {
		return received().stream().filter((message) -> {
			try {
				return isTo(message, recipient) && message.getSubject() != null
						&& message.getSubject().startsWith(subjectStart);
			}
			catch (jakarta.mail.MessagingException ex) {
				return false;
			}
		}).toList();
	}

	/** Whether the mail's recipients (To, Cc) name the address. */
	public static boolean isTo(MimeMessage message, String recipient) {
		try {
			return message.getAllRecipients() != null && Arrays.stream(message.getAllRecipients())
				.anyMatch((address) -> address.toString().contains(recipient));
		}
		catch (jakarta.mail.MessagingException ex) {
			return false;
		}
	}

}
