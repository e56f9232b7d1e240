package eu.jdservices.caso.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.subethamail.smtp.MessageContext;
import org.subethamail.smtp.MessageHandler;
import org.subethamail.smtp.RejectException;
import org.subethamail.smtp.auth.EasyAuthenticationHandlerFactory;
import org.subethamail.smtp.auth.LoginFailedException;
import org.subethamail.smtp.server.SMTPServer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The built-in SMTP listener (SubEthaSMTP). Accepts only our intake addresses (550
 * otherwise), refuses mail over the size limit (552, nothing stored) and answers 250 only
 * once the exact bytes and the envelope are stored. With a certificate
 * ({@code caso.intake.smtp.tls.bundle}) it offers STARTTLS (TLS 1.2 or newer), and may
 * require it; with {@code caso.intake.smtp.auth.*} the submitting MTA must sign in (SMTP
 * AUTH PLAIN/LOGIN, only after STARTTLS when TLS is on).
 */
@Component
public class SmtpIntake implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(SmtpIntake.class);

	private static final Duration BACKLOG_WAIT = Duration.ofSeconds(60);

	private final IntakeProperties.Smtp properties;

	private final IntakeAddresses addresses;

	private final ReceivingMail receiving;

	private final TriageBacklog backlog;

	private final IntakeMetrics metrics;

	private volatile SMTPServer server;

	private final ObjectProvider<SslBundles> sslBundles;

	SmtpIntake(IntakeProperties properties, IntakeAddresses addresses, ReceivingMail receiving, TriageBacklog backlog,
			IntakeMetrics metrics, ObjectProvider<SslBundles> sslBundles) {
		this.sslBundles = sslBundles;
		this.properties = properties.smtp();
		this.addresses = addresses;
		this.receiving = receiving;
		this.backlog = backlog;
		this.metrics = metrics;
	}

	@Override
	public void start() {
		if (!this.properties.enabled()) {
			return;
		}
		SMTPServer.Builder builder = SMTPServer.port(this.properties.port())
			.bindAddress(bindAddress())
			.hostName("caso")
			.softwareName("Caso")
			.maxMessageSize(maxSize())
			.maxConnections(this.properties.maxConnections())
			.maxRecipients(100)
			.insertReceivedHeaders(false)
			.sessionHandler(this.metrics.smtpSessions())
			.messageHandlerFactory(Session::new);
		IntakeProperties.Tls tls = this.properties.tls();
		if (tls.enabled()) {
			SSLContext context = this.sslBundles.getObject().getBundle(tls.bundle()).createSslContext();
			builder.enableTLS().requireTLS(tls.required()).startTlsSocketFactory((socket) -> startTls(context, socket));
		}
		IntakeProperties.Auth auth = this.properties.auth();
		if (auth.enabled()) {
			builder
				.authenticationHandlerFactory(new EasyAuthenticationHandlerFactory(
						(username, password, context) -> checkLogin(auth, username, password)))
				.requireAuth();
		}
		SMTPServer smtp = builder.build();
		smtp.start();
		this.server = smtp;
		log.info("SMTP intake listening on {}:{} for {}{}{}", this.properties.host(), smtp.getPortAllocated(),
				this.addresses.all(), tls.enabled() ? "; STARTTLS " + (tls.required() ? "required" : "offered") : "",
				auth.enabled() ? "; SMTP AUTH required" : "");
	}

	@Override
	public void stop() {
		SMTPServer smtp = this.server;
		if (smtp != null) {
			smtp.stop();
			this.server = null;
		}
	}

	@Override
	public boolean isRunning() {
		return this.server != null;
	}

	/** Whether the listener is configured to start. */
	boolean enabled() {
		return this.properties.enabled();
	}

	/** Whether the listener accepts connections now. */
	boolean listening() {
		SMTPServer smtp = this.server;
		return smtp != null && smtp.isRunning();
	}

	/** The port actually listened on (useful when configured with 0). */
	public int port() {
		SMTPServer smtp = this.server;
		return (smtp != null) ? smtp.getPortAllocated() : -1;
	}

	/** TLS over the client's connection, as the server side, TLS 1.2 or newer only. */
	static SSLSocket startTls(SSLContext context, Socket socket) throws IOException {
		InetSocketAddress remote = (InetSocketAddress) socket.getRemoteSocketAddress();
		SSLSocket tls = (SSLSocket) context.getSocketFactory()
			.createSocket(socket, remote.getHostString(), socket.getPort(), true);
		tls.setUseClientMode(false);
		tls.setEnabledProtocols(Arrays.stream(tls.getSupportedProtocols())
			.filter((protocol) -> protocol.equals("TLSv1.2") || protocol.equals("TLSv1.3"))
			.toArray(String[]::new));
		return tls;
	}

	private static void checkLogin(IntakeProperties.Auth auth, String username, String password)
			throws LoginFailedException {
		boolean user = MessageDigest.isEqual(bytes(username), bytes(auth.username()));
		boolean secret = MessageDigest.isEqual(bytes(password), bytes(auth.password()));
		if (!user || !secret) {
			throw new LoginFailedException("5.7.8 Authentication credentials invalid");
		}
	}

	private static byte[] bytes(String text) {
		return (text != null) ? text.getBytes(StandardCharsets.UTF_8) : new byte[0];
	}

	private int maxSize() {
		return (int) Math.min(Integer.MAX_VALUE - 1, this.properties.maxMessageSize().toBytes());
	}

	private InetAddress bindAddress() {
		try {
			return InetAddress.getByName(this.properties.host());
		}
		catch (UnknownHostException ex) {
			throw new IllegalStateException("caso.intake.smtp.host is not a valid address: " + this.properties.host(),
					ex);
		}
	}

	/** One SMTP mail transaction. */
	private final class Session implements MessageHandler {

		private final MessageContext context;

		private String mailFrom = "";

		private final List<String> recipients = new ArrayList<>();

		Session(MessageContext context) {
			this.context = context;
		}

		@Override
		public void from(String from) {
			this.mailFrom = (from != null) ? from.trim() : "";
		}

		@Override
		public void recipient(String recipient) throws RejectException {
			String address = recipient.trim().toLowerCase(Locale.ROOT);
			if (!SmtpIntake.this.addresses.isOwn(address)) {
				throw new RejectException(550, "5.1.1 <" + address + ">: no such mailbox here; cases are opened at "
						+ SmtpIntake.this.addresses.all());
			}
			if (!this.recipients.contains(address)) {
				this.recipients.add(address);
			}
		}

		@Override
		public String data(InputStream data) throws RejectException, IOException {
			byte[] raw = readLimited(data, maxSize());
			if (raw == null) {
				throw new RejectException(552, "5.3.4 Message too big: the limit is "
						+ SmtpIntake.this.properties.maxMessageSize().toMegabytes() + " MB; nothing was stored");
			}
			try {
				if (!SmtpIntake.this.backlog.awaitRoom(BACKLOG_WAIT)) {
					throw new RejectException(451, "4.3.2 Too much mail waiting to be processed, please retry later");
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new RejectException(451, "4.3.2 Shutting down, please retry later");
			}
			String remote = String.valueOf(this.context.getRemoteAddress());
			IntakeStore.Envelope envelope = new IntakeStore.Envelope(this.mailFrom, List.copyOf(this.recipients),
					remote, this.context.getHelo().orElse(null));
			try {
				long id = SmtpIntake.this.receiving.receive(envelope, raw);
				return "2.0.0 Ok: stored as " + id;
			}
			catch (RuntimeException ex) {
				log.error("Could not store mail from <{}>; answering 451 so the sender retries", this.mailFrom, ex);
				throw new RejectException(451, "4.3.0 Temporary storage failure, please retry later");
			}
		}

		@Override
		public void done() {
		}

	}

	/**
	 * Reads at most {@code limit} bytes; {@code null} (after draining the rest) when
	 * there is more.
	 */
	static byte[] readLimited(InputStream data, int limit) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		byte[] buffer = new byte[64 * 1024];
		long total = 0;
		int read;
		boolean tooBig = false;
		while ((read = data.read(buffer)) != -1) {
			total += read;
			if (total > limit) {
				tooBig = true;
				continue;
			}
			out.write(buffer, 0, read);
		}
		return tooBig ? null : out.toByteArray();
	}

}
