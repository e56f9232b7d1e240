package eu.jdservices.caso.status;

import eu.jdservices.caso.cases.CaseEnded;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A linked case that is closed, cancelled or merged is no longer told of its incidents'
 * updates (in the transaction that ends it, so an incident resolved just after never
 * tries to close it again).
 */
@Component
class LinkedCasesEnding {

	private final IncidentStore store;

	LinkedCasesEnding(IncidentStore store) {
		this.store = store;
	}

	@EventListener
	void on(CaseEnded ended) {
		this.store.caseEnded(ended.number(), ended.at());
	}

}
