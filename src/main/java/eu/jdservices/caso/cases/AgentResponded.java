package eu.jdservices.caso.cases;

import java.time.OffsetDateTime;

/**
 * An agent answered the contacts (reply or request for information): the provider's
 * response target is met.
 *
 * @param number the case
 * @param at when
 */
public record AgentResponded(long number, OffsetDateTime at) implements CaseEvent {
}
