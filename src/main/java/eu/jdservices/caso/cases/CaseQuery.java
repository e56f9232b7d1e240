package eu.jdservices.caso.cases;

import eu.jdservices.caso.intake.Severity;

/**
 * Filters of a case list; {@code null} means "any".
 *
 * @param contact an authorised contact's address
 * @param organization organisation name
 * @param status status
 * @param severity severity
 * @param text words in the number, subject or text
 * @param breach {@code SOON} or {@code BREACHED}: cases whose response target is near or
 * past
 * @param page page number from 0
 * @param size page size
 * @param oldestFirst by number ascending instead of newest first
 * @param team the team the case is assigned to
 * @param assignee the agent the case is assigned to
 */
public record CaseQuery(String contact, String organization, Status status, Severity severity, String text,
		String breach, int page, int size, boolean oldestFirst, String team, String assignee) {

	/** Any team and assignee. */
	public CaseQuery(String contact, String organization, Status status, Severity severity, String text, String breach,
			int page, int size, boolean oldestFirst) {
		this(contact, organization, status, severity, text, breach, page, size, oldestFirst, null, null);
	}

	/** Newest first. */
	public CaseQuery(String contact, String organization, Status status, Severity severity, String text, String breach,
			int page, int size) {
		this(contact, organization, status, severity, text, breach, page, size, false);
	}

	/** The same filters with any status. */
	CaseQuery anyStatus() {
		return new CaseQuery(this.contact, this.organization, null, this.severity, this.text, this.breach, this.page,
				this.size, this.oldestFirst, this.team, this.assignee);
	}

}
