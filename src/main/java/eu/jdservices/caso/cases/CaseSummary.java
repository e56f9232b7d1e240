package eu.jdservices.caso.cases;

import java.time.OffsetDateTime;
import java.util.List;

import eu.jdservices.caso.intake.Severity;

/**
 * A case as the API shows it in lists (CONTRACT.md: a case without messages).
 */
public record CaseSummary(long number, String subject, Severity severity, Status status, String organization,
		String requester, String requesterName, List<String> contacts, List<FailingContact> failingContacts,
		List<String> alternativeContacts, String team, String assignee, String language, OffsetDateTime createdAt,
		OffsetDateTime acknowledgedAt, OffsetDateTime customerResponseDueAt, OffsetDateTime firstResponseDueAt,
		List<Finding> findings, List<Link> links) {

	public CaseSummary {
		contacts = List.copyOf(contacts);
		failingContacts = List.copyOf(failingContacts);
		alternativeContacts = List.copyOf(alternativeContacts);
		findings = List.copyOf(findings);
		links = List.copyOf(links);
	}

	/**
	 * @param code finding code (CONTRACT.md)
	 * @param detail what was found
	 */
	public record Finding(String code, String detail) {
	}

	/**
	 * A contact our mail cannot reach.
	 *
	 * @param email the contact
	 * @param reason the relay's answer, the bounce, or why the address is invalid
	 * @param at when it was found
	 * @param mail which of our mails failed (the outbox kind, e.g. ACKNOWLEDGEMENT), or
	 * {@code BOUNCE} when a bounce came back
	 */
	public record FailingContact(String email, String reason, OffsetDateTime at, String mail) {
	}

	/**
	 * @param type kind of link
	 * @param number the other case
	 */
	public record Link(String type, long number) {
	}

}
