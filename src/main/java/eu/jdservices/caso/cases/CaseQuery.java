package eu.jdservices.caso.cases;

import java.util.List;

import eu.jdservices.caso.intake.Severity;

/**
 * Filters of a case list; {@code null} means "any".
 *
 * @param contact an authorised contact's address
 * @param organization organisation name
 * @param status status
 * @param severity severity
 * @param text words in the number, subject or text
 * @param numbers only these cases (e.g. those whose response target is near, from the
 * timers' {@code Deadlines}); empty: none
 * @param page page number from 0
 * @param size page size
 * @param oldestFirst by number ascending instead of newest first
 * @param team the team the case is assigned to
 * @param assignee the agent the case is assigned to
 * @param sort the order ({@code oldestFirst} turns it round)
 */
public record CaseQuery(String contact, String organization, Status status, Severity severity, String text,
		List<Long> numbers, int page, int size, boolean oldestFirst, String team, String assignee, CaseSort sort) {

	public CaseQuery {
		numbers = (numbers != null) ? List.copyOf(numbers) : null;
		sort = (sort != null) ? sort : CaseSort.NUMBER;
	}

	/** By number. */
	public CaseQuery(String contact, String organization, Status status, Severity severity, String text,
			List<Long> numbers, int page, int size, boolean oldestFirst, String team, String assignee) {
		this(contact, organization, status, severity, text, numbers, page, size, oldestFirst, team, assignee,
				CaseSort.NUMBER);
	}

	/** Any team and assignee. */
	public CaseQuery(String contact, String organization, Status status, Severity severity, String text,
			List<Long> numbers, int page, int size, boolean oldestFirst) {
		this(contact, organization, status, severity, text, numbers, page, size, oldestFirst, null, null);
	}

	/** Newest first. */
	public CaseQuery(String contact, String organization, Status status, Severity severity, String text,
			List<Long> numbers, int page, int size) {
		this(contact, organization, status, severity, text, numbers, page, size, false);
	}

	/** The same query among these cases only. */
	CaseQuery withNumbers(List<Long> numbers) {
		return new CaseQuery(this.contact, this.organization, this.status, this.severity, this.text, numbers, this.page,
				this.size, this.oldestFirst, this.team, this.assignee, this.sort);
	}

	/** The same filters with this status ({@code null}: any). */
	CaseQuery withStatus(Status status) {
		return new CaseQuery(this.contact, this.organization, status, this.severity, this.text, this.numbers, this.page,
				this.size, this.oldestFirst, this.team, this.assignee, this.sort);
	}

}
