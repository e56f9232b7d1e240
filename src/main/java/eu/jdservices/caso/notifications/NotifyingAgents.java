package eu.jdservices.caso.notifications;

import java.util.Optional;

import eu.jdservices.caso.cases.CaseAssigned;
import eu.jdservices.caso.cases.CaseSummary;
import eu.jdservices.caso.cases.Cases;
import eu.jdservices.caso.cases.CustomerWrote;
import eu.jdservices.caso.timers.ResponseTargetMissed;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns what happens to cases into notifications of their assignee: assigned to them (not
 * when they took it themselves), a customer's reply, a response target about to be
 * missed. Idempotent: an event handled twice notifies once.
 */
@Component
class NotifyingAgents {

	private final NotificationStore store;

	private final Cases cases;

	private final ApplicationEventPublisher events;

	NotifyingAgents(NotificationStore store, Cases cases, ApplicationEventPublisher events) {
		this.store = store;
		this.cases = cases;
		this.events = events;
	}

	@ApplicationModuleListener
	void on(CaseAssigned event) {
		if (!event.assignee().equalsIgnoreCase(event.by())) {
			summary(event.number())
				.ifPresent((summary) -> notify(event.assignee(), NotificationKind.ASSIGNED, summary, event.at()));
		}
	}

	@ApplicationModuleListener
	void on(CustomerWrote event) {
		summary(event.number()).filter((summary) -> summary.assignee() != null)
			.ifPresent((summary) -> notify(summary.assignee(), NotificationKind.CUSTOMER_REPLIED, summary, event.at()));
	}

	@ApplicationModuleListener
	void on(ResponseTargetMissed event) {
		if (event.breached()) {
			return;
		}
		summary(event.caseNumber()).filter((summary) -> summary.assignee() != null)
			.ifPresent((summary) -> notify(summary.assignee(), NotificationKind.TARGET_SOON, summary, event.dueAt()));
	}

	private Optional<CaseSummary> summary(long number) {
		return this.cases.find(number).map((details) -> details.summary());
	}

	private void notify(String agent, NotificationKind kind, CaseSummary summary, java.time.OffsetDateTime at) {
		if (this.store.add(agent, kind, summary.number(), summary.subject(), at)
				&& this.store.preferences(agent).wants(kind)) {
			this.events.publishEvent(
					new AgentNotified(agent, kind, summary.number(), summary.subject(), summary.severity().name(), at));
		}
	}

}
