package eu.jdservices.caso.cases;

import java.time.OffsetDateTime;

/**
 * A case was closed, cancelled or merged into another: nothing more is due on it.
 *
 * @param number the case
 * @param status its final status
 * @param at when
 */
public record CaseEnded(long number, Status status, OffsetDateTime at) implements CaseEvent {
}
