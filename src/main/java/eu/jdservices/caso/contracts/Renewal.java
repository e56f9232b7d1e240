package eu.jdservices.caso.contracts;

import java.time.LocalDate;

/**
 * A contract's next renewal (S5.3).
 *
 * @param renewsOn the day the next term starts
 * @param noticeDeadline the last day a change or cancellation takes effect on
 * {@code renewsOn}: {@code renewsOn} minus the notice days
 * @param renewalAfterNext the day the term after the next one starts: where a change or
 * cancellation given after the deadline takes effect
 */
public record Renewal(LocalDate renewsOn, LocalDate noticeDeadline, LocalDate renewalAfterNext) {
}
