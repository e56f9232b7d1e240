package eu.jdservices.caso.accounts;

import java.time.OffsetDateTime;

/**
 * One line of the audit log.
 *
 * @param at when
 * @param actor who (an agent's address, {@code caso} for the system itself, or what a
 * failed sign-in claimed)
 * @param action what
 * @param target whom or what it concerned
 * @param detail more about it
 * @param client the client address of the request, if there was one
 */
public record AuditEntry(OffsetDateTime at, String actor, AuditAction action, String target, String detail,
		String client) {
}
