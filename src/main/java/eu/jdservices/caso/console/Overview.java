package eu.jdservices.caso.console;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import eu.jdservices.caso.cases.CaseReports;
import eu.jdservices.caso.cases.MessageKind;
import eu.jdservices.caso.timers.BusinessCalendar;
import eu.jdservices.caso.timers.Deadlines;

import org.springframework.stereotype.Component;

/**
 * The team leads' figures, computed from the cases' and the timers' read APIs: open cases
 * by severity and team, response targets met per severity over the last 7 and 30 days,
 * customer windows run out, silence downgrades and cancellations, the median first
 * response, and the customers' mail per day over 30 days.
 */
@Component
class Overview {

	static final List<String> SEVERITIES = List.of("A", "B", "C");

	static final List<Integer> PERIODS = List.of(7, 30);

	private final CaseReports reports;

	private final Deadlines deadlines;

	private final Clock clock;

	private final ZoneId zone;

	Overview(CaseReports reports, Deadlines deadlines, Clock clock, BusinessCalendar calendar) {
		this.reports = reports;
		this.deadlines = deadlines;
		this.clock = clock;
		this.zone = calendar.zone();
	}

	/**
	 * The figures of one period.
	 *
	 * @param days its length, up to now
	 * @param opened cases opened, per severity
	 * @param targetsMet percentage of them whose response target was never missed, per
	 * severity ({@code null} when none was opened)
	 * @param medianFirstResponse per severity and {@code all}, {@code null} when no case
	 * was answered
	 * @param windowsExpired customers' response windows that ran out
	 * @param downgrades cases downgraded for the customer's silence
	 * @param cancellations cases cancelled for the customer's silence
	 */
	record Period(int days, Map<String, Long> opened, Map<String, Integer> targetsMet,
			Map<String, Duration> medianFirstResponse, long windowsExpired, long downgrades, long cancellations) {
	}

	/**
	 * Everything the overview shows.
	 *
	 * @param open open cases: team (or empty for none) → severity → count
	 * @param openBySeverity open cases per severity
	 * @param periods the last 7 and 30 days
	 * @param incoming customers' mails per day, the last 30 days
	 */
	record Figures(Map<String, Map<String, Long>> open, Map<String, Long> openBySeverity, List<Period> periods,
			Map<LocalDate, Long> incoming) {
	}

	Figures figures() {
		Map<String, Map<String, Long>> open = new TreeMap<>();
		Map<String, Long> openBySeverity = zeroes();
		for (CaseReports.OpenCount count : this.reports.openBySeverityAndTeam()) {
			open.computeIfAbsent((count.team() != null) ? count.team() : "", (team) -> zeroes())
				.merge(count.severity(), count.count(), Long::sum);
			openBySeverity.merge(count.severity(), count.count(), Long::sum);
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		List<Period> periods = PERIODS.stream().map((days) -> period(days, now.minusDays(days))).toList();
		LocalDate today = now.atZoneSameInstant(this.zone).toLocalDate();
		return new Figures(open, openBySeverity, periods,
				this.reports.incomingPerDay(today.minusDays(29), today, this.zone));
	}

	private Period period(int days, OffsetDateTime since) {
		List<CaseReports.Opened> opened = this.reports.openedSince(since);
		Set<Long> breached = Set
			.copyOf(this.deadlines.breachedAmong(opened.stream().map(CaseReports.Opened::number).toList()));
		Map<String, Long> count = zeroes();
		Map<String, Long> met = zeroes();
		Map<String, List<Duration>> responses = new LinkedHashMap<>();
		for (CaseReports.Opened one : opened) {
			count.merge(one.severity(), 1L, Long::sum);
			if (!breached.contains(one.number())) {
				met.merge(one.severity(), 1L, Long::sum);
			}
			if (one.firstResponse() != null) {
				responses.computeIfAbsent(one.severity(), (severity) -> new ArrayList<>()).add(one.firstResponse());
				responses.computeIfAbsent("all", (all) -> new ArrayList<>()).add(one.firstResponse());
			}
		}
		Map<String, Integer> targetsMet = new LinkedHashMap<>();
		for (String severity : SEVERITIES) {
			long total = count.get(severity);
			targetsMet.put(severity, (total == 0) ? null : (int) Math.round(100.0 * met.get(severity) / total));
		}
		Map<String, Duration> medians = new LinkedHashMap<>();
		for (String key : List.of("A", "B", "C", "all")) {
			medians.put(key, median(responses.getOrDefault(key, List.of())));
		}
		Map<MessageKind, Long> sent = this.reports.sentSince(since,
				List.of(MessageKind.SILENCE_DOWNGRADE, MessageKind.SILENCE_CANCELLATION));
		return new Period(days, count, targetsMet, medians, this.deadlines.customerWindowsExpiredSince(since),
				sent.get(MessageKind.SILENCE_DOWNGRADE), sent.get(MessageKind.SILENCE_CANCELLATION));
	}

	static Duration median(List<Duration> durations) {
		if (durations.isEmpty()) {
			return null;
		}
		List<Duration> sorted = durations.stream().sorted().toList();
		int middle = sorted.size() / 2;
		return (sorted.size() % 2 == 1) ? sorted.get(middle)
				: sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2);
	}

	private static Map<String, Long> zeroes() {
		Map<String, Long> zeroes = new LinkedHashMap<>();
		SEVERITIES.forEach((severity) -> zeroes.put(severity, 0L));
		return zeroes;
	}

}
