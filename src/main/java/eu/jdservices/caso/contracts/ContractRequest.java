package eu.jdservices.caso.contracts;

import java.time.LocalDate;

/**
 * A request about a contract that a case brought (S5.3).
 *
 * @param caseNumber the case
 * @param contractId the contract
 * @param kind what was asked
 * @param askedOn when
 * @param effectiveOn when it takes effect
 * @param late whether it came after the notice deadline
 * @param billing the billing asked for, or {@code null}
 */
public record ContractRequest(long caseNumber, long contractId, RequestKind kind, LocalDate askedOn,
		LocalDate effectiveOn, boolean late, Billing billing) {
}
