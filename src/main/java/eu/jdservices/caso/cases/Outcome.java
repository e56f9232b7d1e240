package eu.jdservices.caso.cases;

import java.util.List;

import eu.jdservices.caso.intake.Decision;
import eu.jdservices.caso.intake.Reason;

/**
 * What became of an inbound mail, as recorded on the stored mail.
 *
 * @param from the sender
 * @param decision the decision
 * @param reasons reason / finding codes
 * @param detail a short explanation for agents
 * @param caseNumber the case concerned, if any
 */
record Outcome(String from, Decision decision, List<Reason> reasons, String detail, Long caseNumber) {

	Outcome {
		reasons = List.copyOf(reasons);
	}

	static Outcome quarantined(String from, Reason reason, String why) {
		return new Outcome(from, Decision.QUARANTINED, List.of(reason), why, null);
	}

}
