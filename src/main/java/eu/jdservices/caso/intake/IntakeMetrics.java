package eu.jdservices.caso.intake;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.subethamail.smtp.server.Session;
import org.subethamail.smtp.server.SessionHandler;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The intake's meters (README "Health and metrics"): every decision recorded on an
 * inbound mail, the triage backlog of this node and its limit, and the SMTP sessions of
 * this node's listener.
 */
@Component
class IntakeMetrics {

	/** The reason tag of a decision without reasons. */
	static final String NO_REASON = "none";

	private final MeterRegistry registry;

	private final Counter sessions;

	private final AtomicInteger openSessions = new AtomicInteger();

	IntakeMetrics(MeterRegistry registry, TriageBacklog backlog, IntakeProperties properties) {
		this.registry = registry;
		Gauge.builder("caso.triage.backlog", backlog::size)
			.description("Stored mails of this node waiting for a decision")
			.register(registry);
		int limit = properties.smtp().maxBacklog();
		Gauge.builder("caso.triage.backlog.limit", () -> limit)
			.description("Backlog at which new SMTP transactions wait (caso.intake.smtp.max-backlog)")
			.register(registry);
		this.sessions = Counter.builder("caso.smtp.sessions")
			.description("SMTP sessions the listener accepted")
			.register(registry);
		Gauge.builder("caso.smtp.sessions.open", this.openSessions::get)
			.description("SMTP sessions open now")
			.register(registry);
	}

	/**
	 * Counts a decision recorded on an inbound mail, once its transaction commits: one
	 * {@code caso.mail.received} per mail (tagged with its first reason) and one
	 * {@code caso.mail.reasons} per reason.
	 */
	void decided(Decision decision, List<Reason> reasons) {
		List<String> recorded = reasons.stream().map(Reason::name).toList();
		Runnable count = () -> {
			Counter.builder("caso.mail.received")
				.description("Inbound mails by the decision recorded and its first reason")
				.tag("decision", decision.name())
				.tag("reason", recorded.isEmpty() ? NO_REASON : recorded.get(0))
				.register(this.registry)
				.increment();
			for (String reason : recorded) {
				Counter.builder("caso.mail.reasons")
					.description("Reasons recorded with inbound decisions, one per reason")
					.tag("decision", decision.name())
					.tag("reason", reason)
					.register(this.registry)
					.increment();
			}
		};
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					count.run();
				}
			});
		}
		else {
			count.run();
		}
	}

	/** Counts the sessions of the SMTP listener. */
	SessionHandler smtpSessions() {
		return new SessionHandler() {

			@Override
			public SessionAcceptance accept(Session session) {
				IntakeMetrics.this.sessions.increment();
				IntakeMetrics.this.openSessions.incrementAndGet();
				return SessionAcceptance.success();
			}

			@Override
			public void onSessionEnd(Session session) {
				IntakeMetrics.this.openSessions.decrementAndGet();
			}

		};
	}

}
