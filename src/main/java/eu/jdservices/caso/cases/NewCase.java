package eu.jdservices.caso.cases;

import java.time.OffsetDateTime;
import java.util.List;

import eu.jdservices.caso.intake.Severity;

/**
 * A case about to be opened, decided from an inbound mail (or split off a case).
 *
 * @param severity severity from the intake address(es)
 * @param subject subject as stored
 * @param requester the sender's address
 * @param requesterName the sender's display name
 * @param contacts authorised contacts: requester first, then the other addressed people
 * (never our addresses)
 * @param organization organisation from the directory, or {@code null}
 * @param language language to write in
 * @param createdAt opening time
 * @param fingerprint identifies a re-sent copy of the same mail ({@code null} for a
 * split)
 * @param team the team in charge (S1.1), or {@code null}
 */
record NewCase(Severity severity, String subject, String requester, String requesterName, List<String> contacts,
		String organization, String language, OffsetDateTime createdAt, String fingerprint, String team) {

	/** The longest subject a case keeps (its column); the raw mail keeps the whole. */
	static final int MAX_SUBJECT = 1000;

	NewCase {
		contacts = List.copyOf(contacts);
		requesterName = (requesterName != null) ? requesterName : "";
		subject = Limits.cut(subject, MAX_SUBJECT);
	}

	NewCase withSubject(String newSubject) {
		return new NewCase(this.severity, newSubject, this.requester, this.requesterName, this.contacts,
				this.organization, this.language, this.createdAt, this.fingerprint, this.team);
	}

	/** The same case, routed to a team (S1.1). */
	NewCase withTeam(String newTeam) {
		return new NewCase(this.severity, this.subject, this.requester, this.requesterName, this.contacts,
				this.organization, this.language, this.createdAt, this.fingerprint, newTeam);
	}

}
