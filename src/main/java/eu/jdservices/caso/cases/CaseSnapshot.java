package eu.jdservices.caso.cases;

import java.time.OffsetDateTime;
import java.util.List;

import eu.jdservices.caso.intake.Severity;

/**
 * What other modules need to know of a case to write about it.
 *
 * @param number case number
 * @param severity current severity
 * @param subject subject as stored
 * @param requester address of the person who opened it
 * @param requesterName their display name (may be empty)
 * @param contacts authorised contacts, requester first
 * @param language language to write to the contacts in ({@code es} or {@code en})
 * @param organization organisation name, or {@code null}
 * @param createdAt when it was opened
 */
public record CaseSnapshot(long number, Severity severity, String subject, String requester, String requesterName,
		List<String> contacts, String language, String organization, OffsetDateTime createdAt) {

	public CaseSnapshot {
		contacts = List.copyOf(contacts);
	}

	static CaseSnapshot of(CaseSummary summary) {
		return new CaseSnapshot(summary.number(), summary.severity(), summary.subject(), summary.requester(),
				summary.requesterName(), summary.contacts(), summary.language(), summary.organization(),
				summary.createdAt());
	}

	/** The tag every mail about the case carries in its subject. */
	public String tag() {
		return "[Caso #" + this.number + "]";
	}

}
