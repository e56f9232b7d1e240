package eu.jdservices.caso.outbound;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import eu.jdservices.caso.cases.Cases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Drains the outbox: sends due mails to the relay ({@code spring.mail.*}) or, without
 * one, writes them to the dev outbox. Each mail is marked the moment it left, so a crash
 * re-sends at most the one mail per sender that was on the wire. A refusal for good (5xx,
 * an address that can never be answered) fails the mail at once and marks the contact as
 * failing; a temporary failure is retried with growing waits and never dropped.
 */
@Component
class OutboxSender implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	private final Outbox outbox;

	private final OutboxWakeUp wakeUp;

	private final OutboxLease lease;

	private final Delivery delivery;

	private final Cases cases;

	private final TransactionTemplate transactions;

	private final OutboundProperties properties;

	private final OutboundMetrics metrics;

	private final List<Thread> threads = new ArrayList<>();

	/** The mails this node's senders claimed and are sending: the leases renewed. */
	private final Set<Long> sending = ConcurrentHashMap.newKeySet();

	private volatile boolean running;

	OutboxSender(Outbox outbox, OutboxWakeUp wakeUp, OutboxLease lease, ObjectProvider<JavaMailSenderImpl> relay,
			DevOutbox devOutbox, Cases cases, TransactionTemplate transactions, OutboundProperties properties,
			OutboundMetrics metrics) {
		this.outbox = outbox;
		this.wakeUp = wakeUp;
		this.lease = lease;
		JavaMailSenderImpl configured = relay.getIfAvailable();
		this.delivery = (configured != null) ? new RelayDelivery(configured) : devOutbox;
		this.cases = cases;
		this.transactions = transactions;
		this.properties = properties;
		this.metrics = metrics;
		if (configured == null) {
			log.info("No SMTP relay configured (spring.mail.host): outbound mail is kept in {}",
					devOutbox.folder().toAbsolutePath());
		}
	}

	@Override
	public void start() {
		this.running = true;
		for (int i = 0; i < this.properties.senders(); i++) {
			this.threads.add(Thread.ofPlatform().name("caso-outbox-" + i).daemon().start(this::loop));
		}
		this.threads.add(Thread.ofPlatform().name("caso-outbox-lease").daemon().start(this::renewLeases));
	}

	@Override
	public void stop() {
		this.running = false;
		this.threads.forEach(Thread::interrupt);
		for (Thread thread : this.threads) {
			try {
				thread.join(5000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		this.threads.clear();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		// start after, stop before the web server and the intake
		return Integer.MAX_VALUE - 2000;
	}

	private void loop() {
		try (KeptConnection connection = new KeptConnection(this.delivery, this.properties.relayKeepAlive())) {
			loop(connection);
		}
	}

	private void loop(KeptConnection connection) {
		while (this.running) {
			try {
				if (drainOnce(connection) == 0) {
					connection.closeIfIdle();
					this.wakeUp.await(this.properties.pollInterval());
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				connection.close();
				if (this.running) {
					log.warn(
							"Outbox round failed, trying again shortly; mail it had claimed but whose result it "
									+ "could not record is taken again when its claim ({}) runs out: {}",
							this.lease.duration(), ex.toString());
					if (!pause()) {
						return;
					}
				}
			}
		}
	}

	private void renewLeases() {
		while (this.running) {
			try {
				Thread.sleep(this.lease.renewalInterval().toMillis());
				long started = System.nanoTime();
				List<Long> held = List.copyOf(this.sending);
				this.transactions.executeWithoutResult(
						(status) -> this.outbox.renew(this.lease.node(), this.lease.duration(), held));
				this.lease.renewed(started);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				if (this.running) {
					log.warn("Could not renew this node's outbox lease: {}", ex.toString());
				}
			}
		}
	}

	private boolean pause() {
		try {
			Thread.sleep(this.properties.pollInterval().toMillis());
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/**
	 * Sends one batch of due mails over the sender's connection; returns how many were
	 * claimed.
	 */
	int drainOnce(KeptConnection connection) {
		long claimStarted = System.nanoTime();
		List<Outbox.Claimed> claimed = this.transactions.execute(
				(status) -> this.outbox.claim(this.properties.batchSize(), this.lease.node(), this.lease.duration()));
		long claimCommitted = System.nanoTime();
		if (claimed == null || claimed.isEmpty()) {
			return 0;
		}
		claimed.forEach((mail) -> this.sending.add(mail.id()));
		try {
			send(connection, claimed, claimStarted, claimCommitted);
		}
		finally {
			// whatever was not recorded (the database went away) is left to its lease
			claimed.forEach((mail) -> this.sending.remove(mail.id()));
		}
		return claimed.size();
	}

	private void send(KeptConnection connection, List<Outbox.Claimed> claimed, long claimStarted, long claimCommitted) {
		try {
			for (int i = 0; i < claimed.size(); i++) {
				Outbox.Claimed mail = claimed.get(i);
				if (!this.lease.stillHeld(claimStarted, claimCommitted)) {
					log.warn("Outbox lease ran short (database slow or unreachable); {} mails left for later",
							claimed.size() - i);
					claimed.subList(i, claimed.size()).forEach(this::release);
					break;
				}
				Delivery.Batch batch;
				try {
					batch = connection.get();
				}
				catch (Exception ex) {
					DeliveryResult unreachable = new DeliveryResult.Deferred("relay unreachable: " + ex, true);
					claimed.subList(i, claimed.size()).forEach((rest) -> record(rest, unreachable));
					break;
				}
				DeliveryResult result = batch.deliver(mail);
				connection.carried(result);
				record(mail, result);
				if (result instanceof DeliveryResult.Deferred deferred && deferred.connectionLost()) {
					claimed.subList(i + 1, claimed.size()).forEach((rest) -> record(rest, deferred));
					break;
				}
			}
		}
		finally {
			connection.roundEnded();
		}
	}

	private void release(Outbox.Claimed mail) {
		this.transactions.executeWithoutResult((status) -> this.outbox.release(mail.id()));
	}

	private void record(Outbox.Claimed mail, DeliveryResult result) {
		this.transactions.executeWithoutResult((status) -> {
			switch (result) {
				case DeliveryResult.Delivered delivered -> {
					this.outbox.sent(mail.id(), refusals(delivered.refused()));
					if (mail.kind() == OutboxKind.ACKNOWLEDGEMENT && mail.caseNumber() != null) {
						this.cases.acknowledged(mail.caseNumber(), this.outbox.now());
						this.metrics.acknowledgementSent(mail.id());
					}
					delivered.refused().forEach((refusal) -> failing(mail, refusal));
				}
				case DeliveryResult.Undeliverable undeliverable -> {
					this.outbox.undeliverable(mail.id(), mail.attempts() + 1, undeliverable.reason());
					List<DeliveryResult.Refusal> refused = undeliverable.refused().isEmpty()
							? everyone(mail, undeliverable.reason()) : undeliverable.refused();
					refused.forEach((refusal) -> failing(mail, refusal));
					log.warn("Mail <{}> to {} cannot be delivered, kept as FAILED: {}", mail.messageId(),
							mail.recipients(), undeliverable.reason());
				}
				case DeliveryResult.Deferred deferred -> {
					int attempts = mail.attempts() + 1;
					boolean giveUp = attempts >= this.properties.maxAttempts();
					this.outbox.deferred(mail.id(), attempts, deferred.reason(), this.properties.backoff(attempts),
							giveUp);
					if (giveUp) {
						everyone(mail, "gave up after " + attempts + " attempts: " + deferred.reason())
							.forEach((refusal) -> failing(mail, refusal));
					}
					log.warn("Mail <{}> to {} not sent (attempt {}{}): {}", mail.messageId(), mail.recipients(),
							attempts, giveUp ? ", giving up: kept as FAILED" : ", will retry", deferred.reason());
				}
			}
		});
	}

	private void failing(Outbox.Claimed mail, DeliveryResult.Refusal refusal) {
		if (mail.caseNumber() != null && mail.kind().message() != null) {
			this.cases.deliveryFailed(mail.caseNumber(), refusal.address(), mail.kind().message(), refusal.reason(),
					this.outbox.now());
		}
	}

	private static List<DeliveryResult.Refusal> everyone(Outbox.Claimed mail, String reason) {
		return mail.recipients().stream().map((recipient) -> new DeliveryResult.Refusal(recipient, reason)).toList();
	}

	private static String refusals(List<DeliveryResult.Refusal> refused) {
		if (refused.isEmpty()) {
			return null;
		}
		return "not delivered to " + String.join("; ",
				refused.stream().map((refusal) -> refusal.address() + ": " + refusal.reason()).toList());
	}

}
