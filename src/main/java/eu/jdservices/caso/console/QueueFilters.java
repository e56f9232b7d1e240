package eu.jdservices.caso.console;

import java.util.List;
import java.util.Locale;

import eu.jdservices.caso.cases.CaseQuery;
import eu.jdservices.caso.cases.Status;
import eu.jdservices.caso.intake.Severity;
import eu.jdservices.caso.timers.Deadlines;
import eu.jdservices.caso.timers.ResponseTarget;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the agent filters the case queue by, and the links that keep those filters.
 *
 * @param status status, or {@code null} for any
 * @param severity severity, or {@code null} for any
 * @param q words in the number, subject or text
 * @param waiting only cases waiting for the customer
 * @param breach {@code SOON} or {@code BREACHED}, or {@code null}
 * @param team only cases of this team
 * @param assignee only cases assigned to this agent
 * @param mine only cases assigned to the signed-in agent (instead of {@code assignee})
 * @param page page from 0
 * @param size cases per page
 * @param oldestFirst by number ascending
 */
record QueueFilters(Status status, Severity severity, String q, boolean waiting, String breach, String team,
		String assignee, boolean mine, int page, int size, boolean oldestFirst) {

	static final int MAX_SIZE = 200;

	QueueFilters {
		q = (q == null || q.isBlank()) ? null : q.strip();
		breach = (breach == null || breach.isBlank()) ? null : breach.strip().toUpperCase(Locale.ROOT);
		if (breach != null && !breach.equals("SOON") && !breach.equals("BREACHED")) {
			breach = null;
		}
		team = (team == null || team.isBlank()) ? null : team.strip();
		assignee = (assignee == null || assignee.isBlank() || mine) ? null : assignee.strip();
		page = Math.max(0, page);
		size = Math.clamp(size, 1, MAX_SIZE);
	}

	/**
	 * The query, with "mine" meaning the given agent and the breach filter meaning the
	 * given cases.
	 */
	CaseQuery query(String agent, Deadlines deadlines) {
		List<Long> breaching = (this.breach != null) ? deadlines.casesWith(ResponseTarget.valueOf(this.breach)) : null;
		return new CaseQuery(null, null, this.waiting ? Status.WAITING_FOR_CUSTOMER : this.status, this.severity,
				this.q, breaching, this.page, this.size, this.oldestFirst, this.team,
				this.mine ? agent : this.assignee);
	}

	/** The same filters on another page. */
	public String page(int page) {
		return link(page, this.oldestFirst);
	}

	/** The same filters from the first page, sorted by number the other way round. */
	public String reversed() {
		return link(0, !this.oldestFirst);
	}

	private String link(int page, boolean oldestFirst) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/cases");
		if (this.status != null) {
			uri.queryParam("status", this.status);
		}
		if (this.severity != null) {
			uri.queryParam("severity", this.severity);
		}
		if (this.q != null) {
			uri.queryParam("q", this.q);
		}
		if (this.waiting) {
			uri.queryParam("waiting", true);
		}
		if (this.breach != null) {
			uri.queryParam("breach", this.breach);
		}
		if (this.team != null) {
			uri.queryParam("team", this.team);
		}
		if (this.assignee != null) {
			uri.queryParam("assignee", this.assignee);
		}
		if (this.mine) {
			uri.queryParam("mine", true);
		}
		if (page > 0) {
			uri.queryParam("page", page);
		}
		uri.queryParam("size", this.size);
		uri.queryParam("order", oldestFirst ? "asc" : "desc");
		return uri.encode().build().toUriString();
	}

}
