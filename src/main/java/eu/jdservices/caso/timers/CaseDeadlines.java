package eu.jdservices.caso.timers;

import java.time.OffsetDateTime;

/**
 * The due times of a case, as the timers module keeps them.
 *
 * @param caseNumber the case
 * @param customerResponseDueAt when the customer's answer is due (S2.2), {@code null}
 * when the case does not wait for the customer
 * @param firstResponseDueAt when the provider's (first or next) response is due
 * @param responseTarget where that target stands
 */
public record CaseDeadlines(long caseNumber, OffsetDateTime customerResponseDueAt, OffsetDateTime firstResponseDueAt,
		ResponseTarget responseTarget) {

	/** A case without any clock running. */
	public static CaseDeadlines none(long caseNumber) {
		return new CaseDeadlines(caseNumber, null, null, ResponseTarget.ON_TIME);
	}

}
