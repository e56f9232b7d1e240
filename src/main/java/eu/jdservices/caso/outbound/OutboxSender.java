package eu.jdservices.caso.outbound;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import eu.jdservices.caso.cases.Cases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Drains the outbox: sends due mails to the relay ({@code spring.mail.*}) or, without
 * one, writes them to the dev outbox. A failed mail is retried with growing waits and
 * never dropped; a mail is marked sent right after the relay took it, so it is not sent
 * twice.
 */
@Component
class OutboxSender implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	static final String ACKNOWLEDGEMENT = "ACKNOWLEDGEMENT";

	static final String NOTICE = "NOTICE";

	private final Outbox outbox;

	private final OutboxWakeUp wakeUp;

	private final JavaMailSender relay;

	private final DevOutbox devOutbox;

	private final Cases cases;

	private final TransactionTemplate transactions;

	private final OutboundProperties properties;

	private final OutboundMetrics metrics;

	private final Session session = JakartaMail.session();

	private final List<Thread> threads = new ArrayList<>();

	private volatile boolean running;

	OutboxSender(Outbox outbox, OutboxWakeUp wakeUp, ObjectProvider<JavaMailSender> relay, DevOutbox devOutbox,
			Cases cases, TransactionTemplate transactions, OutboundProperties properties, OutboundMetrics metrics) {
		this.outbox = outbox;
		this.wakeUp = wakeUp;
		this.relay = relay.getIfAvailable();
		this.devOutbox = devOutbox;
		this.cases = cases;
		this.transactions = transactions;
		this.properties = properties;
		this.metrics = metrics;
	}

	@Override
	public void start() {
		this.running = true;
		if (this.relay == null) {
			log.info("No SMTP relay configured (spring.mail.host): outbound mail is kept in {}",
					this.devOutbox.folder().toAbsolutePath());
		}
		for (int i = 0; i < this.properties.senders(); i++) {
			Thread thread = Thread.ofPlatform().name("caso-outbox-" + i).daemon().start(this::loop);
			this.threads.add(thread);
		}
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
		while (this.running) {
			try {
				if (drainOnce() == 0) {
					this.wakeUp.await(this.properties.pollInterval());
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				if (this.running) {
					log.warn("Outbox round failed, trying again shortly: {}", ex.toString());
					try {
						Thread.sleep(this.properties.pollInterval().toMillis());
					}
					catch (InterruptedException interrupted) {
						Thread.currentThread().interrupt();
						return;
					}
				}
			}
		}
	}

	/** Sends one batch of due mails; returns how many were claimed. */
	int drainOnce() {
		List<Outbox.Claimed> claimed = this.transactions
			.execute((status) -> this.outbox.claim(this.properties.batchSize(), this.properties.claimTimeout()));
		if (claimed == null || claimed.isEmpty()) {
			return 0;
		}
		Map<Long, Exception> failures = (this.relay != null) ? sendToRelay(claimed) : writeToDevOutbox(claimed);
		this.transactions.executeWithoutResult((status) -> {
			for (Outbox.Claimed mail : claimed) {
				Exception failure = failures.get(mail.id());
				if (failure == null) {
					this.outbox.sent(mail.id());
					if (ACKNOWLEDGEMENT.equals(mail.kind()) && mail.caseNumber() != null) {
						this.cases.acknowledged(mail.caseNumber(), this.outbox.now());
						this.metrics.acknowledgementSent(mail.id());
					}
				}
				else {
					int attempts = mail.attempts() + 1;
					boolean giveUp = attempts >= this.properties.maxAttempts();
					this.outbox.failed(mail.id(), attempts, failure.toString(), this.properties.backoff(attempts),
							giveUp);
					log.warn("Mail <{}> to {} not sent (attempt {}{}): {}", mail.messageId(), mail.recipients(),
							attempts, giveUp ? ", giving up: kept as FAILED" : ", will retry", failure.toString());
				}
			}
		});
		return claimed.size();
	}

	private Map<Long, Exception> sendToRelay(List<Outbox.Claimed> claimed) {
		Map<Long, Exception> failures = new HashMap<>();
		List<MimeMessage> messages = new ArrayList<>();
		Map<MimeMessage, Long> ids = new HashMap<>();
		for (Outbox.Claimed mail : claimed) {
			try {
				MimeMessage message = new MimeMessage(this.session, new ByteArrayInputStream(mail.raw()));
				messages.add(message);
				ids.put(message, mail.id());
			}
			catch (MessagingException ex) {
				failures.put(mail.id(), ex);
			}
		}
		try {
			this.relay.send(messages.toArray(MimeMessage[]::new));
		}
		catch (MailSendException ex) {
			if (ex.getFailedMessages().isEmpty()) {
				messages.forEach((message) -> failures.put(ids.get(message), ex));
			}
			ex.getFailedMessages().forEach((message, cause) -> failures.put(ids.get(message), cause));
		}
		catch (MailException ex) {
			messages.forEach((message) -> failures.put(ids.get(message), ex));
		}
		return failures;
	}

	private Map<Long, Exception> writeToDevOutbox(List<Outbox.Claimed> claimed) {
		Map<Long, Exception> failures = new HashMap<>();
		for (Outbox.Claimed mail : claimed) {
			try {
				this.devOutbox.write(mail);
			}
			catch (RuntimeException ex) {
				failures.put(mail.id(), ex);
			}
		}
		return failures;
	}

}
