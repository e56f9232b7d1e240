package eu.jdservices.caso.intake;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The IMAP mailboxes ({@code caso.intake.imap.mailboxes}), each watched by a thread of
 * its own ({@link ImapMailbox}); a timer renews each IDLE every poll interval, so a
 * notification the server never sent costs at most that long. Each mailbox's
 * {@link ImapConnector} (and, with XOAUTH2, its access tokens) also serves the console's
 * connection test.
 */
@Component
class ImapIntake implements SmartLifecycle {

	private final ImapProperties properties;

	private final ReceivingMail receiving;

	private final IntakeAddresses addresses;

	private final ImapProgressStore progress;

	private final TriageBacklog backlog;

	private final ImapLease lease;

	private final JsonMapper json;

	private final Clock clock;

	private final List<ImapConnector> connectors = new ArrayList<>();

	private final List<ImapMailbox> mailboxes = new ArrayList<>();

	private final List<Thread> threads = new ArrayList<>();

	private HttpClient http;

	private ScheduledExecutorService renewing;

	private ScheduledExecutorService leases;

	private volatile boolean running;

	ImapIntake(ImapProperties properties, ReceivingMail receiving, IntakeAddresses addresses,
			ImapProgressStore progress, TriageBacklog backlog, ImapLease lease, JsonMapper json, Clock clock) {
		this.lease = lease;
		this.json = json;
		this.clock = clock;
		this.properties = properties;
		this.receiving = receiving;
		this.addresses = addresses;
		this.progress = progress;
		this.backlog = backlog;
	}

	@Override
	public synchronized void start() {
		if (this.running) {
			return;
		}
		this.running = true;
		List<ImapProperties.Mailbox> configured = this.properties.mailboxes();
		if (configured.isEmpty()) {
			return;
		}
		this.renewing = Executors
			.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("imap-intake-renew").factory());
		this.leases = Executors
			.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("imap-intake-lease").factory());
		this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build();
		for (int i = 0; i < configured.size(); i++) {
			ImapProperties.Mailbox config = configured.get(i);
			AccessTokens tokens = (config.auth() == ImapProperties.Auth.XOAUTH2)
					? new AccessTokens(config, this.http, this.json, this.clock) : null;
			ImapConnector connector = new ImapConnector(config, tokens);
			this.connectors.add(connector);
			ImapMailbox mailbox = new ImapMailbox(connector,
					new TakingMail(config, this.receiving, this.addresses, this.progress, this.backlog), this.progress,
					this.lease);
			this.mailboxes.add(mailbox);
			Thread thread = Thread.ofPlatform().daemon().name("imap-intake-" + i).start(mailbox);
			this.threads.add(thread);
			long every = Math.max(1000, config.pollInterval().toMillis());
			this.renewing.scheduleWithFixedDelay(mailbox::wake, every, every, TimeUnit.MILLISECONDS);
			long renew = this.lease.renewEvery().toMillis();
			this.leases.scheduleWithFixedDelay(mailbox::renewLease, renew, renew, TimeUnit.MILLISECONDS);
		}
	}

	@Override
	public synchronized void stop() {
		this.running = false;
		if (this.renewing != null) {
			this.renewing.shutdownNow();
			this.renewing = null;
		}
		if (this.leases != null) {
			this.leases.shutdownNow();
			this.leases = null;
		}
		this.mailboxes.forEach(ImapMailbox::stop);
		for (Thread thread : this.threads) {
			thread.interrupt();
			try {
				thread.join(Duration.ofSeconds(5));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		this.mailboxes.forEach(ImapMailbox::releaseLease);
		this.threads.clear();
		this.mailboxes.clear();
		this.connectors.clear();
		if (this.http != null) {
			this.http.close();
			this.http = null;
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** What each configured mailbox is doing, in the order configured. */
	synchronized List<MailboxState> states() {
		return this.mailboxes.stream().map(ImapMailbox::state).toList();
	}

	/** The connector of the {@code index}th mailbox configured; empty when stopped. */
	synchronized Optional<ImapConnector> connector(int index) {
		return (index >= 0 && index < this.connectors.size()) ? Optional.of(this.connectors.get(index))
				: Optional.empty();
	}

}
