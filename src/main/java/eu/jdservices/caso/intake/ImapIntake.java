package eu.jdservices.caso.intake;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The IMAP mailboxes ({@code caso.intake.imap.mailboxes}), each watched by a thread of
 * its own ({@link ImapMailbox}); a timer renews each IDLE every poll interval, so a
 * notification the server never sent costs at most that long.
 */
@Component
class ImapIntake implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ImapIntake.class);

	private final ImapProperties properties;

	private final ReceivingMail receiving;

	private final IntakeAddresses addresses;

	private final ImapProgressStore progress;

	private final TriageBacklog backlog;

	private final ImapLease lease;

	private final List<ImapMailbox> mailboxes = new ArrayList<>();

	private final List<Thread> threads = new ArrayList<>();

	private final List<ImapMailbox.State> refused = new ArrayList<>();

	private ScheduledExecutorService renewing;

	private ScheduledExecutorService leases;

	private volatile boolean running;

	ImapIntake(ImapProperties properties, ReceivingMail receiving, IntakeAddresses addresses,
			ImapProgressStore progress, TriageBacklog backlog, ImapLease lease) {
		this.lease = lease;
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
		for (int i = 0; i < configured.size(); i++) {
			ImapProperties.Mailbox config = configured.get(i);
			if (config.auth() == ImapProperties.Auth.XOAUTH2) {
				String error = "XOAUTH2 is not yet supported; mailbox not watched";
				log.error("IMAP mailbox {}: {}", config.key(), error);
				this.refused.add(new ImapMailbox.State(config.key(), false, false, false, null, error, null));
				continue;
			}
			ImapMailbox mailbox = new ImapMailbox(config, this.receiving, this.addresses, this.progress, this.backlog,
					this.lease);
			this.mailboxes.add(mailbox);
			Thread thread = Thread.ofPlatform().daemon().name("imap-intake-" + i).start(mailbox);
			this.threads.add(thread);
			long every = Math.max(1000, config.pollInterval().toMillis());
			this.renewing.scheduleWithFixedDelay(mailbox::wake, every, every, TimeUnit.MILLISECONDS);
			long renew = ImapLease.RENEW_EVERY.toMillis();
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
		this.refused.clear();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** What each configured mailbox is doing. */
	synchronized List<ImapMailbox.State> states() {
		List<ImapMailbox.State> states = new ArrayList<>(this.refused);
		this.mailboxes.forEach((mailbox) -> states.add(mailbox.state()));
		return states;
	}

}
