package eu.jdservices.caso.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import eu.jdservices.caso.cases.CaseDetails;
import eu.jdservices.caso.cases.CaseSummary;
import eu.jdservices.caso.cases.Cases;
import eu.jdservices.caso.meetings.MeetingView;
import eu.jdservices.caso.meetings.Meetings;
import eu.jdservices.caso.status.IncidentLink;
import eu.jdservices.caso.status.Incidents;
import eu.jdservices.caso.timers.CaseDeadlines;
import eu.jdservices.caso.timers.Deadlines;

import org.springframework.stereotype.Component;

/**
 * A case as the API shows it (CONTRACT.md): what the cases module knows, with the due
 * times the timers keep for it and the status-page incidents it is linked to.
 */
@Component
class CaseJson {

	private final Cases cases;

	private final Deadlines deadlines;

	private final Incidents incidents;

	private final Meetings meetings;

	CaseJson(Cases cases, Deadlines deadlines, Incidents incidents, Meetings meetings) {
		this.meetings = meetings;
		this.cases = cases;
		this.deadlines = deadlines;
		this.incidents = incidents;
	}

	Optional<Detail> find(long number) {
		return this.cases.find(number).map((details) -> {
			CaseDeadlines due = this.deadlines.of(number);
			return new Detail(details, due.customerResponseDueAt(), due.firstResponseDueAt(),
					this.incidents.linkedTo(number), this.meetings.of(number));
		});
	}

	Page page(Cases.Page page) {
		Map<Long, CaseDeadlines> due = this.deadlines.of(page.items().stream().map(CaseSummary::number).toList());
		return new Page(page.items().stream().map((summary) -> {
			CaseDeadlines deadlines = due.getOrDefault(summary.number(), CaseDeadlines.none(summary.number()));
			return new Item(summary, deadlines.customerResponseDueAt(), deadlines.firstResponseDueAt());
		}).toList(), page.total(), page.totalCapped());
	}

	/**
	 * One case with its messages and history, and the status-page incidents it is linked
	 * to.
	 */
	record Detail(@JsonUnwrapped CaseDetails details, OffsetDateTime customerResponseDueAt,
			OffsetDateTime firstResponseDueAt, List<IncidentLink> incidents, List<MeetingView> meetings) {
	}

	/** One case of a list. */
	record Item(@JsonUnwrapped CaseSummary summary, OffsetDateTime customerResponseDueAt,
			OffsetDateTime firstResponseDueAt) {
	}

	/**
	 * A page of cases; {@code total} stops at {@link Cases#COUNT_CAP}, and
	 * {@code totalCapped} says that more match.
	 */
	record Page(List<Item> items, long total, boolean totalCapped) {
	}

}
