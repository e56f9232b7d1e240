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
 */
public record CaseQuery(String contact, String organization, Status status, Severity severity, String text,
		String breach, int page, int size, boolean oldestFirst) {

	/** Newest first. */
	public CaseQuery(String contact, String organization, Status status, Severity severity, String text, String breach,
			int page, int size) {
		this(contact, organization, status, severity, text, breach, page, size, false);
	}

}
