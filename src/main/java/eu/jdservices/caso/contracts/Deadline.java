package eu.jdservices.caso.contracts;

import java.time.LocalDate;

/**
 * A notice deadline to come, for the agents' list.
 *
 * @param contractId the contract
 * @param organization its organisation
 * @param service the service's name
 * @param noticeDeadline the last day to change or cancel before the renewal
 * @param renewsOn the renewal
 * @param daysLeft days from today to the deadline
 */
public record Deadline(long contractId, String organization, String service, LocalDate noticeDeadline,
		LocalDate renewsOn, long daysLeft) {
}
