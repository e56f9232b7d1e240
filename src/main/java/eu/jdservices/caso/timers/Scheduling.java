package eu.jdservices.caso.timers;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import eu.jdservices.caso.cases.AgentResponded;
import eu.jdservices.caso.cases.CaseEnded;
import eu.jdservices.caso.cases.CaseOpened;
import eu.jdservices.caso.cases.Cases;
import eu.jdservices.caso.cases.CustomerAsked;
import eu.jdservices.caso.cases.CustomerWrote;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts and stops the clocks of a case as it changes, in the same transaction as the
 * change: the customer's response window when the provider asks (S2.2), the provider's
 * response target when a case opens or the customer writes. The due times are shown on
 * the case.
 */
@Component
class Scheduling {

	private static final double SOON = 0.8;

	private final TimerStore timers;

	private final TimersProperties properties;

	private final BusinessCalendar calendar;

	private final Cases cases;

	Scheduling(TimerStore timers, TimersProperties properties, BusinessCalendar calendar, Cases cases) {
		this.timers = timers;
		this.properties = properties;
		this.calendar = calendar;
		this.cases = cases;
	}

	@EventListener
	void on(CaseOpened event) {
		startResponseTarget(event.snapshot().number(), event.snapshot().severity().name(),
				event.snapshot().createdAt());
	}

	/**
	 * S2.2: the customer's window starts; a reminder at a fraction of it, the expiry at
	 * its end.
	 */
	@EventListener
	void on(CustomerAsked event) {
		long number = event.number();
		String severity = event.severity().name();
		this.timers.cancel(number, TimerKind.CUSTOMER);
		this.timers.cancel(number, TimerKind.RESPONSE);
		this.cases.responseTarget(number, null);
		TimersProperties.SeverityWindows windows = this.properties.windows().of(severity);
		OffsetDateTime start = event.at();
		OffsetDateTime end = at(windows.customerResponse().end(start.toInstant(), this.calendar));
		OffsetDateTime reminder = at(
				windows.customerResponse().at(windows.reminderAt(), start.toInstant(), this.calendar));
		this.timers.schedule(
				new TimerStore.Timer(0, number, TimerKind.CUSTOMER_REMINDER, severity, start, end, reminder),
				new TimerStore.Timer(0, number, TimerKind.CUSTOMER_EXPIRY, severity, start, end, end));
		this.cases.customerResponseDue(number, end);
	}

	/**
	 * The customer answered: their clock stops, the provider's next-response target
	 * starts.
	 */
	@EventListener
	void on(CustomerWrote event) {
		this.timers.cancel(event.number(), TimerKind.CUSTOMER);
		this.cases.customerResponseDue(event.number(), null);
		if (!this.timers.anyPending(event.number(), TimerKind.RESPONSE)) {
			startResponseTarget(event.number(), event.severity().name(), event.at());
		}
	}

	@EventListener
	void on(AgentResponded event) {
		this.timers.cancel(event.number(), TimerKind.RESPONSE);
		this.cases.responseTarget(event.number(), null);
	}

	@EventListener
	void on(CaseEnded event) {
		this.timers.cancel(event.number(), TimerKind.CUSTOMER);
		this.timers.cancel(event.number(), TimerKind.RESPONSE);
		this.cases.customerResponseDue(event.number(), null);
		this.cases.responseTarget(event.number(), null);
	}

	private void startResponseTarget(long number, String severity, OffsetDateTime start) {
		Window target = this.properties.windows().of(severity).firstResponse();
		OffsetDateTime due = at(target.end(start.toInstant(), this.calendar));
		OffsetDateTime soon = at(target.at(SOON, start.toInstant(), this.calendar));
		this.timers.schedule(new TimerStore.Timer(0, number, TimerKind.RESPONSE_SOON, severity, start, due, soon),
				new TimerStore.Timer(0, number, TimerKind.RESPONSE_BREACHED, severity, start, due, due));
		this.cases.responseDue(number, due);
	}

	private static OffsetDateTime at(java.time.Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
