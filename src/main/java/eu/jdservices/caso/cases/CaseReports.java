package eu.jdservices.caso.cases;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Figures over all cases for the team leads' overview: open cases by severity and team,
 * the cases opened in a period, first responses, silence downgrades and cancellations,
 * incoming mail per day.
 */
@Service
public class CaseReports {

	private final JdbcClient jdbc;

	CaseReports(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * How many open cases (not ended) one team has of one severity.
	 *
	 * @param severity {@code A}, {@code B} or {@code C}
	 * @param team the team, {@code null} for none
	 * @param count how many
	 */
	public record OpenCount(String severity, String team, long count) {
	}

	/**
	 * A case opened in the period and when we first answered it.
	 *
	 * @param number the case
	 * @param severity its severity (now)
	 * @param createdAt when it was opened
	 * @param firstResponseAt our first reply or request for information, {@code null} if
	 * none yet
	 */
	public record Opened(long number, String severity, OffsetDateTime createdAt, OffsetDateTime firstResponseAt) {

		public Duration firstResponse() {
			return (this.firstResponseAt != null) ? Duration.between(this.createdAt, this.firstResponseAt) : null;
		}

	}

	@Transactional(readOnly = true)
	public List<OpenCount> openBySeverityAndTeam() {
		return this.jdbc.sql("""
				SELECT severity, team, COUNT(*) AS n FROM cases_case
				WHERE status NOT IN ('CLOSED', 'CANCELLED')
				GROUP BY severity, team ORDER BY severity, team""")
			.query((rs, row) -> new OpenCount(rs.getString("severity").strip(), rs.getString("team"), rs.getLong("n")))
			.list();
	}

	/** The cases opened since then (not merged into another). */
	@Transactional(readOnly = true)
	public List<Opened> openedSince(OffsetDateTime since) {
		return this.jdbc.sql("""
				SELECT c.number, c.severity, c.created_at,
					(SELECT MIN(m.at) FROM cases_message m WHERE m.case_number = c.number AND m.direction = 'OUT'
						AND m.kind IN ('REPLY', 'REQUEST_INFO')) AS first_response_at
				FROM cases_case c WHERE c.created_at >= :since AND c.merged_into IS NULL ORDER BY c.number""")
			.param("since", since.withOffsetSameInstant(ZoneOffset.UTC))
			.query((rs, row) -> new Opened(rs.getLong("number"), rs.getString("severity").strip(),
					rs.getObject("created_at", OffsetDateTime.class),
					rs.getObject("first_response_at", OffsetDateTime.class)))
			.list();
	}

	/**
	 * How many of our mails of each kind went out since then (e.g. {@code REMINDER},
	 * {@code SILENCE_DOWNGRADE}, {@code SILENCE_CANCELLATION}).
	 */
	@Transactional(readOnly = true)
	public Map<MessageKind, Long> sentSince(OffsetDateTime since, List<MessageKind> kinds) {
		Map<MessageKind, Long> counts = new TreeMap<>();
		kinds.forEach((kind) -> counts.put(kind, 0L));
		this.jdbc.sql("""
				SELECT kind, COUNT(*) AS n FROM cases_message
				WHERE direction = 'OUT' AND at >= :since AND kind IN (:kinds) GROUP BY kind""")
			.param("since", since.withOffsetSameInstant(ZoneOffset.UTC))
			.param("kinds", kinds.stream().map(MessageKind::name).toList())
			.query((rs, row) -> counts.put(MessageKind.valueOf(rs.getString("kind")), rs.getLong("n")))
			.list();
		return counts;
	}

	/**
	 * The customers' mails added to cases on each day from {@code from} to {@code to}, in
	 * the zone.
	 */
	@Transactional(readOnly = true)
	public Map<LocalDate, Long> incomingPerDay(LocalDate from, LocalDate to, ZoneId zone) {
		Map<LocalDate, Long> days = new TreeMap<>();
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			days.put(day, 0L);
		}
		List<OffsetDateTime> arrivals = new ArrayList<>(this.jdbc
			.sql("SELECT at FROM cases_message WHERE direction = 'IN' AND at >= :from AND at < :to")
			.param("from", from.atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC))
			.param("to", to.plusDays(1).atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC))
			.query(OffsetDateTime.class)
			.list());
		arrivals.forEach((at) -> days.merge(at.atZoneSameInstant(zone).toLocalDate(), 1L, Long::sum));
		return days;
	}

}
