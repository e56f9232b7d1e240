package eu.jdservices.caso.outbound;

import java.util.Properties;

import jakarta.mail.Session;

/**
 * The Jakarta Mail session used to build and re-read our mails (no server connection of
 * its own).
 */
final class JakartaMail {

	private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

	static {
		// Jakarta Mail looks its stream provider up with a class-path scan for every
		// message it reads or writes
		// (jakartaee/mail-api#861); naming the provider turns that into a plain class
		// load.
		if (System.getProperty(STREAM_PROVIDER) == null) {
			System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
		}
	}

	private JakartaMail() {
	}

	static Session session() {
		return Session.getInstance(new Properties());
	}

}
