package eu.jdservices.caso.cases;

import java.time.OffsetDateTime;

/**
 * A case was given to an agent (a new assignee; clearing it is no assignment).
 *
 * @param number the case
 * @param subject its subject
 * @param assignee the agent it is assigned to now
 * @param by who assigned it
 * @param at when
 */
public record CaseAssigned(long number, String subject, String assignee, String by,
		OffsetDateTime at) implements CaseEvent {
}
