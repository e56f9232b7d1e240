package eu.jdservices.caso.contracts;

import java.time.LocalDate;

/**
 * When a request about a contract takes effect (S5.3).
 *
 * @param effectiveOn the day it takes effect
 * @param late whether it came after the notice deadline (it then takes effect at the
 * renewal after next)
 * @param noticeDeadline the deadline it was measured against, or {@code null}
 */
public record RequestEffect(LocalDate effectiveOn, boolean late, LocalDate noticeDeadline) {
}
