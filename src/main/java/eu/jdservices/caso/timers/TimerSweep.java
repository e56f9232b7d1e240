package eu.jdservices.caso.timers;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import eu.jdservices.caso.cases.CaseActions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fires due timers, each exactly once across all nodes: claimed and acted on in one
 * transaction. S2.6 cooperation: a reminder halfway, at expiry the case decides (one
 * severity level down with a new window, or a silent C case cancelled). Response targets
 * near or past are kept and told to the team. Other modules' reminders are published as
 * {@link ReminderDue}, each once.
 */
@Component
class TimerSweep {

	private static final Logger log = LoggerFactory.getLogger(TimerSweep.class);

	private static final int BATCH = 100;

	private final TimerStore timers;

	private final CaseActions actions;

	private final DeadlineStore deadlines;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	/**
	 * Who fired a timer: process and this application context (several may share a JVM).
	 */
	private final String node = ManagementFactory.getRuntimeMXBean().getName() + "/"
			+ java.util.UUID.randomUUID().toString().substring(0, 8);

	TimerSweep(TimerStore timers, CaseActions actions, DeadlineStore deadlines, ApplicationEventPublisher events,
			TransactionTemplate transactions, Clock clock) {
		this.timers = timers;
		this.actions = actions;
		this.deadlines = deadlines;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${caso.timers.sweep-interval:5s}",
			initialDelayString = "${caso.timers.sweep-interval:5s}")
	void scheduled() {
		try {
			sweep();
		}
		catch (RuntimeException ex) {
			log.warn("Timer sweep failed, trying again at the next one: {}", ex.toString());
		}
	}

	/** Fires everything due now; returns how many timers fired. */
	int sweep() {
		int fired = 0;
		int round;
		do {
			round = this.transactions.execute((status) -> {
				List<TimerStore.Timer> due = this.timers.claimDue(OffsetDateTime.now(this.clock), BATCH, this.node);
				due.forEach(this::fire);
				return due.size();
			});
			fired += round;
		}
		while (round == BATCH);
		do {
			round = this.transactions.execute((status) -> {
				List<ReminderDue> due = this.timers.claimDueReminders(OffsetDateTime.now(this.clock), BATCH, this.node);
				due.forEach(this.events::publishEvent);
				return due.size();
			});
			fired += round;
		}
		while (round == BATCH);
		return fired;
	}

	private void fire(TimerStore.Timer timer) {
		switch (timer.kind()) {
			case CUSTOMER_REMINDER -> this.actions.remindCustomer(timer.caseNumber(), timer.windowEnd());
			case CUSTOMER_EXPIRY -> this.actions.customerSilent(timer.caseNumber());
			case RESPONSE_SOON -> {
				this.deadlines.responseTarget(timer.caseNumber(), ResponseTarget.SOON);
				this.events.publishEvent(
						new ResponseTargetMissed(timer.caseNumber(), timer.severity(), timer.windowEnd(), false));
			}
			case RESPONSE_BREACHED -> {
				this.deadlines.responseTarget(timer.caseNumber(), ResponseTarget.BREACHED);
				this.events.publishEvent(
						new ResponseTargetMissed(timer.caseNumber(), timer.severity(), timer.windowEnd(), true));
			}
		}
	}

}
