package eu.jdservices.caso.cases;

import java.time.OffsetDateTime;
import java.util.List;

import eu.jdservices.caso.intake.Reason;
import eu.jdservices.caso.intake.Severity;

/**
 * A case as the API shows it in lists (CONTRACT.md: a case without messages). The due
 * times belong to the timers module, which shows them beside ({@code Deadlines}).
 */
public record CaseSummary(long number, String subject, Severity severity, Status status, String organization,
		String requester, String requesterName, List<String> contacts, List<FailingContact> failingContacts,
		List<String> alternativeContacts, String team, String assignee, String language, OffsetDateTime createdAt,
		OffsetDateTime acknowledgedAt, List<Finding> findings, List<Link> links) {

	public CaseSummary {
		contacts = List.copyOf(contacts);
		failingContacts = List.copyOf(failingContacts);
		alternativeContacts = List.copyOf(alternativeContacts);
		findings = List.copyOf(findings);
		links = List.copyOf(links);
	}

	/**
	 * @param code finding code (CONTRACT.md)
	 * @param rule the guideline it stands for (e.g. {@code S1.7}), or {@code null}
	 * @param detail what was found
	 */
	public record Finding(Reason code, String rule, String detail) {
	}

	/**
	 * A contact our mail cannot reach.
	 *
	 * @param email the contact
	 * @param reason the relay's answer, the bounce, or why the address is invalid
	 * @param at when it was found
	 * @param mail which of our mails failed ({@code ACKNOWLEDGEMENT}, {@code REPLY} …),
	 * {@code BOUNCE} when a bounce came back, {@code null} when the address can never be
	 * answered (found at intake)
	 */
	public record FailingContact(String email, String reason, OffsetDateTime at, MessageKind mail) {
	}

	/**
	 * @param type kind of link
	 * @param number the other case
	 */
	public record Link(LinkType type, long number) {
	}

}
