package eu.jdservices.caso.console;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import eu.jdservices.caso.cases.CaseQuery;
import eu.jdservices.caso.cases.CaseSort;
import eu.jdservices.caso.cases.CaseSummary;
import eu.jdservices.caso.cases.Cases;
import eu.jdservices.caso.cases.Status;
import eu.jdservices.caso.intake.Severity;
import eu.jdservices.caso.timers.Deadlines;
import eu.jdservices.caso.timers.DuePosition;
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
 * @param oldestFirst the order turned round (by number: ascending)
 * @param sort {@code number}, {@code severity}, {@code updated} (last message) or
 * {@code due} (the next due time, soonest first; only cases with one)
 */
record QueueFilters(Status status, Severity severity, String q, boolean waiting, String breach, String team,
		String assignee, boolean mine, int page, int size, boolean oldestFirst, String sort) {

	/** The orders the queue offers. */
	static final List<String> SORTS = List.of("number", "due", "severity", "updated");

	static final int MAX_SIZE = 200;

	/** How many cases of the due order one query looks at. */
	static final int DUE_SLICE = 1000;

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
		sort = (sort != null && SORTS.contains(sort.strip().toLowerCase(Locale.ROOT)))
				? sort.strip().toLowerCase(Locale.ROOT) : "number";
	}

	boolean byDue() {
		return this.sort.equals("due");
	}

	/**
	 * The query, with "mine" meaning the given agent and the breach filter meaning the
	 * given cases.
	 */
	CaseQuery query(String agent, Deadlines deadlines) {
		List<Long> breaching = (this.breach != null) ? deadlines.casesWith(ResponseTarget.valueOf(this.breach)) : null;
		return new CaseQuery(null, null, this.waiting ? Status.WAITING_FOR_CUSTOMER : this.status, this.severity,
				this.q, breaching, this.page, this.size, this.oldestFirst, this.team, this.mine ? agent : this.assignee,
				caseSort());
	}

	/**
	 * The cases of the queue in the order of their next due time (soonest first, or
	 * latest with {@code oldestFirst}); only cases with a due time.
	 */
	Cases.Page byDue(String agent, Deadlines deadlines, Cases cases) {
		ResponseTarget breaching = (this.breach != null) ? ResponseTarget.valueOf(this.breach) : null;
		// in slices of the due order, read from its index: the page's cases are loaded,
		// the rest only counted, until the page is full and the count past its cap
		int needed = (this.page + 1) * this.size;
		Map<Long, Integer> position = new HashMap<>();
		List<CaseSummary> matched = new ArrayList<>();
		long total = 0;
		boolean capped = false;
		DuePosition after = null;
		while (true) {
			List<DuePosition> due = deadlines.byNextDue(breaching, this.oldestFirst, after, DUE_SLICE);
			if (due.isEmpty()) {
				break;
			}
			List<Long> slice = due.stream().map(DuePosition::caseNumber).toList();
			boolean load = matched.size() < needed;
			if (load) {
				slice.forEach((number) -> position.put(number, position.size()));
			}
			Cases.Page found = cases.list(new CaseQuery(null, null,
					this.waiting ? Status.WAITING_FOR_CUSTOMER : this.status, this.severity, this.q, slice, 0,
					load ? slice.size() : 1, false, this.team, this.mine ? agent : this.assignee));
			if (load) {
				matched.addAll(found.items());
			}
			total += found.total();
			if (matched.size() >= needed && total > Cases.COUNT_CAP) {
				capped = true;
				break;
			}
			if (due.size() < DUE_SLICE) {
				break;
			}
			after = due.get(due.size() - 1);
		}
		List<CaseSummary> ordered = matched.stream()
			.sorted(Comparator.comparing((CaseSummary summary) -> position.get(summary.number())))
			.toList();
		int first = Math.min(ordered.size(), this.page * this.size);
		return new Cases.Page(ordered.subList(first, Math.min(ordered.size(), first + this.size)),
				capped ? Cases.COUNT_CAP : total, capped);
	}

	private CaseSort caseSort() {
		return switch (this.sort) {
			case "severity" -> CaseSort.SEVERITY;
			case "updated" -> CaseSort.UPDATED;
			default -> CaseSort.NUMBER;
		};
	}

	/** The same filters from the first page, in another order. */
	public String sortedBy(String sort) {
		return link(0, this.oldestFirst, sort);
	}

	/** The same filters on another page. */
	public String page(int page) {
		return link(page, this.oldestFirst, this.sort);
	}

	/** The same filters from the first page, sorted by number the other way round. */
	public String reversed() {
		return link(0, !this.oldestFirst, this.sort);
	}

	private String link(int page, boolean oldestFirst, String sort) {
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
		if (!sort.equals("number")) {
			uri.queryParam("sort", sort);
		}
		return uri.encode().build().toUriString();
	}

}
