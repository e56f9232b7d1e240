package eu.jdservices.caso.support;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.subethamail.smtp.MessageContext;
import org.subethamail.smtp.MessageHandler;
import org.subethamail.smtp.RejectException;
import org.subethamail.smtp.server.SMTPServer;

/**
 * An SMTP relay for tests that answers like a real one refusing some recipients: a local
 * part containing {@code no-such-user} gets {@code 550 5.1.1}, one containing
 * {@code greylisted} gets {@code 451 4.7.1} the first time and is taken the next,
 * {@code quota-full} always gets {@code 452 4.2.2}. It keeps every recipient it was asked
 * for (RCPT TO) and every mail it took.
 */
public final class RefusingRelay implements AutoCloseable {

	private final SMTPServer server;

	private final List<String> asked = new CopyOnWriteArrayList<>();

	private final List<Delivered> delivered = new CopyOnWriteArrayList<>();

	private final Set<String> greylistedOnce = ConcurrentHashMap.newKeySet();

	private RefusingRelay() {
		this.server = SMTPServer.port(0)
			.bindAddress(InetAddress.getLoopbackAddress())
			.messageHandlerFactory(Transaction::new)
			.build();
		this.server.start();
	}

	public static RefusingRelay start() {
		return new RefusingRelay();
	}

	public int port() {
		return this.server.getPortAllocated();
	}

	/** Every RCPT TO the relay was asked, in order (refused ones included). */
	public List<String> asked() {
		return List.copyOf(this.asked);
	}

	/** How often the relay was asked to take mail for this address. */
	public long timesAsked(String address) {
		return this.asked.stream().filter(address.toLowerCase(Locale.ROOT)::equals).count();
	}

	/** The mails the relay took. */
	public List<Delivered> delivered() {
		return List.copyOf(this.delivered);
	}

	@Override
	public void close() {
		this.server.stop();
	}

	/**
	 * A mail the relay took.
	 *
	 * @param recipients the recipients it took it for
	 * @param raw the bytes
	 * @param connection the sender's end of the connection it came over (address and
	 * port)
	 */
	public record Delivered(List<String> recipients, String raw, String connection) {
	}

	private final class Transaction implements MessageHandler {

		private final List<String> recipients = new ArrayList<>();

		private final String connection;

		Transaction(MessageContext context) {
			this.connection = String.valueOf(context.getRemoteAddress());
		}

		@Override
		public void from(String from) {
		}

		@Override
		public void recipient(String recipient) throws RejectException {
			String address = recipient.toLowerCase(Locale.ROOT);
			RefusingRelay.this.asked.add(address);
			if (address.contains("no-such-user")) {
				throw new RejectException(550, "5.1.1 <" + address + ">: Recipient address rejected: User unknown");
			}
			if (address.contains("quota-full")) {
				throw new RejectException(452, "4.2.2 <" + address + ">: Mailbox full, try again later");
			}
			if (address.contains("greylisted") && RefusingRelay.this.greylistedOnce.add(address)) {
				throw new RejectException(451, "4.7.1 <" + address + ">: Greylisted, please try again later");
			}
			this.recipients.add(address);
		}

		@Override
		public String data(InputStream data) throws IOException {
			RefusingRelay.this.delivered.add(new Delivered(List.copyOf(this.recipients),
					new String(data.readAllBytes(), "ISO-8859-1"), this.connection));
			return null;
		}

		@Override
		public void done() {
		}

	}

}
