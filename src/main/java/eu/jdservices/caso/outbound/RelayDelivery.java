package eu.jdservices.caso.outbound;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import eu.jdservices.caso.intake.Reachability;
import org.eclipse.angus.mail.smtp.SMTPMessage;

import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Hands mail to the SMTP relay of {@code spring.mail.*}, one message at a time over a
 * connection a sender keeps ({@link KeptConnection}), and tells a refusal for good (5xx,
 * an address that can never be answered) from a temporary one (4xx, connection trouble).
 * Recipients the relay takes get the mail even when others are refused
 * ({@code mail.smtp.sendpartial}).
 */
final class RelayDelivery implements Delivery {

	private final JavaMailSenderImpl relay;

	private final Session session;

	RelayDelivery(JavaMailSenderImpl relay) {
		this.relay = relay;
		Properties properties = new Properties();
		properties.putAll(relay.getJavaMailProperties());
		String protocol = (relay.getProtocol() != null) ? relay.getProtocol() : "smtp";
		properties.putIfAbsent("mail." + protocol + ".sendpartial", "true");
		this.session = Session.getInstance(properties);
	}

	@Override
	public Delivery.Batch open() throws MessagingException {
		Transport transport = this.session
			.getTransport((this.relay.getProtocol() != null) ? this.relay.getProtocol() : "smtp");
		transport.connect(this.relay.getHost(), this.relay.getPort(), this.relay.getUsername(),
				this.relay.getPassword());
		return new Connection(transport);
	}

	private final class Connection implements Delivery.Batch {

		private final Transport transport;

		Connection(Transport transport) {
			this.transport = transport;
		}

		@Override
		public DeliveryResult deliver(Outbox.Claimed mail) {
			List<DeliveryResult.Refusal> unanswerable = new ArrayList<>();
			List<Address> recipients = new ArrayList<>();
			for (String recipient : mail.recipients()) {
				try {
					InternetAddress address = new InternetAddress(recipient, true);
					Reachability.problem(recipient)
						.ifPresentOrElse(
								(problem) -> unanswerable
									.add(new DeliveryResult.Refusal(recipient, problem.description())),
								() -> recipients.add(address));
				}
				catch (AddressException ex) {
					unanswerable.add(new DeliveryResult.Refusal(recipient, "invalid address: " + ex.getMessage()));
				}
			}
			if (recipients.isEmpty()) {
				return new DeliveryResult.Undeliverable("no recipient can be answered", unanswerable);
			}
			SMTPMessage message;
			try {
				message = new SMTPMessage(RelayDelivery.this.session, new ByteArrayInputStream(mail.raw()));
				message.setEnvelopeFrom(mail.envelopeFrom());
			}
			catch (MessagingException ex) {
				return new DeliveryResult.Undeliverable("our mail cannot be read: " + ex.getMessage(), List.of());
			}
			try {
				this.transport.sendMessage(message, recipients.toArray(Address[]::new));
				return new DeliveryResult.Delivered(unanswerable);
			}
			catch (MessagingException ex) {
				return RelayAnswers.classify(ex, recipients, unanswerable, this.transport.isConnected());
			}
		}

		@Override
		public boolean usable() {
			// Angus asks the relay (NOOP)
			return this.transport.isConnected();
		}

		@Override
		public void close() {
			try {
				this.transport.close();
			}
			catch (MessagingException ex) {
				// the connection is gone already
			}
		}

	}

}
