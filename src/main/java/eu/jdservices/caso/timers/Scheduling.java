package eu.jdservices.caso.timers;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import eu.jdservices.caso.cases.AgentResponded;
import eu.jdservices.caso.cases.CaseEnded;
import eu.jdservices.caso.cases.CaseOpened;
import eu.jdservices.caso.cases.CustomerAsked;
import eu.jdservices.caso.cases.CustomerWrote;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts and stops the clocks of a case as it changes, in the same transaction as the
 * change (the case view shows its due times at once): the customer's response window when
 * the provider asks (S2.2) or the customer's silence lowers the severity (S2.6), the
 * provider's response target when a case opens or the customer writes. The due times are
 * the timers' own ({@link Deadlines}).
 */
@Component
class Scheduling {

	private static final double SOON = 0.8;

	private final TimerStore timers;

	private final DeadlineStore deadlines;

	private final TimersProperties properties;

	private final BusinessCalendar calendar;

	private final ApplicationEventPublisher events;

	Scheduling(TimerStore timers, DeadlineStore deadlines, TimersProperties properties, BusinessCalendar calendar,
			ApplicationEventPublisher events) {
		this.timers = timers;
		this.deadlines = deadlines;
		this.properties = properties;
		this.calendar = calendar;
		this.events = events;
	}

	@EventListener
	void on(CaseOpened event) {
		long number = event.snapshot().number();
		OffsetDateTime due = startResponseTarget(number, event.snapshot().severity().name(),
				event.snapshot().createdAt());
		this.deadlines.opened(number, due);
	}

	/**
	 * S2.2: the customer's window starts; a reminder at a fraction of it, the expiry at
	 * its end. After a silence (S2.6) the contacts are told when the new window ends.
	 */
	@EventListener
	void on(CustomerAsked event) {
		long number = event.number();
		String severity = event.severity().name();
		this.timers.cancel(number, TimerKind.CUSTOMER);
		this.timers.cancel(number, TimerKind.RESPONSE);
		this.deadlines.responseTarget(number, ResponseTarget.ON_TIME);
		TimersProperties.SeverityWindows windows = this.properties.windows().of(severity);
		OffsetDateTime start = event.at();
		OffsetDateTime end = at(windows.customerResponse().end(start.toInstant(), this.calendar));
		OffsetDateTime reminder = at(
				windows.customerResponse().at(windows.reminderAt(), start.toInstant(), this.calendar));
		this.timers.schedule(
				new TimerStore.Timer(0, number, TimerKind.CUSTOMER_REMINDER, severity, start, end, reminder),
				new TimerStore.Timer(0, number, TimerKind.CUSTOMER_EXPIRY, severity, start, end, end));
		this.deadlines.customerResponseDue(number, end);
		if (event.afterSilence()) {
			this.events.publishEvent(new CustomerWindowOpened(number, event.loweredFrom(), event.severity(), end));
		}
	}

	/**
	 * The customer answered: their clock stops, the provider's next-response target
	 * starts.
	 */
	@EventListener
	void on(CustomerWrote event) {
		this.timers.cancel(event.number(), TimerKind.CUSTOMER);
		this.deadlines.customerResponseDue(event.number(), null);
		if (!this.timers.anyPending(event.number(), TimerKind.RESPONSE)) {
			OffsetDateTime due = startResponseTarget(event.number(), event.severity().name(), event.at());
			this.deadlines.responseDue(event.number(), due);
		}
	}

	@EventListener
	void on(AgentResponded event) {
		this.timers.cancel(event.number(), TimerKind.RESPONSE);
		this.deadlines.responseTarget(event.number(), ResponseTarget.ON_TIME);
	}

	@EventListener
	void on(CaseEnded event) {
		this.timers.cancel(event.number(), TimerKind.CUSTOMER);
		this.timers.cancel(event.number(), TimerKind.RESPONSE);
		this.deadlines.customerResponseDue(event.number(), null);
		this.deadlines.responseTarget(event.number(), ResponseTarget.ON_TIME);
	}

	/** The provider's response target: a warning at 80 %, the breach at its end. */
	private OffsetDateTime startResponseTarget(long number, String severity, OffsetDateTime start) {
		Window target = this.properties.windows().of(severity).firstResponse();
		OffsetDateTime due = at(target.end(start.toInstant(), this.calendar));
		OffsetDateTime soon = at(target.at(SOON, start.toInstant(), this.calendar));
		this.timers.schedule(new TimerStore.Timer(0, number, TimerKind.RESPONSE_SOON, severity, start, due, soon),
				new TimerStore.Timer(0, number, TimerKind.RESPONSE_BREACHED, severity, start, due, due));
		return due;
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
