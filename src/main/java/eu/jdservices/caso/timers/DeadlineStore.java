package eu.jdservices.caso.timers;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The due times of each case, kept by the timers as they start and stop the clocks: what
 * agents see beside a case.
 */
@Repository
class DeadlineStore {

	private static final RowMapper<CaseDeadlines> DEADLINES = (rs, row) -> new CaseDeadlines(rs.getLong("case_number"),
			rs.getObject("customer_response_due_at", OffsetDateTime.class),
			rs.getObject("first_response_due_at", OffsetDateTime.class),
			ResponseTarget.valueOf(rs.getString("response_target")));

	private final JdbcClient jdbc;

	DeadlineStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A case opened: its first response is due. */
	void opened(long number, OffsetDateTime firstResponseDueAt) {
		this.jdbc.sql("""
				INSERT INTO timers_deadline (case_number, first_response_due_at, response_target)
				VALUES (:number, :due, 'ON_TIME')""").param("number", number).param("due", firstResponseDueAt).update();
	}

	void customerResponseDue(long number, OffsetDateTime dueAt) {
		ensure(number);
		this.jdbc.sql("UPDATE timers_deadline SET customer_response_due_at = :due WHERE case_number = :number")
			.param("number", number)
			.param("due", dueAt)
			.update();
	}

	void responseDue(long number, OffsetDateTime dueAt) {
		ensure(number);
		this.jdbc.sql("UPDATE timers_deadline SET first_response_due_at = :due WHERE case_number = :number")
			.param("number", number)
			.param("due", dueAt)
			.update();
	}

	void responseTarget(long number, ResponseTarget state) {
		ensure(number);
		this.jdbc.sql("UPDATE timers_deadline SET response_target = :state WHERE case_number = :number")
			.param("number", number)
			.param("state", state.name())
			.update();
	}

	Map<Long, CaseDeadlines> of(Collection<Long> numbers) {
		if (numbers.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql("SELECT * FROM timers_deadline WHERE case_number IN (:numbers)")
			.param("numbers", numbers)
			.query(DEADLINES)
			.list()
			.stream()
			.collect(Collectors.toMap(CaseDeadlines::caseNumber, Function.identity()));
	}

	/**
	 * The next slice of the cases with a due time in the order of the next one (the index
	 * {@code timers_deadline_next_due}), after the position given (none: from the start).
	 */
	List<DuePosition> byNextDue(ResponseTarget state, boolean latestFirst, DuePosition after, int limit) {
		List<String> conditions = new ArrayList<>(List.of("next_due_at IS NOT NULL"));
		Map<String, Object> params = new HashMap<>();
		if (state != null) {
			conditions.add("response_target = :state");
			params.put("state", state.name());
		}
		if (after != null) {
			// an index range on the due time, less the cases of that time already read
			conditions.add(latestFirst ? "next_due_at <= :due AND NOT (next_due_at = :due AND case_number >= :number)"
					: "next_due_at >= :due AND NOT (next_due_at = :due AND case_number <= :number)");
			params.put("due", after.dueAt());
			params.put("number", after.caseNumber());
		}
		String direction = latestFirst ? " DESC" : "";
		params.put("limit", limit);
		return this.jdbc
			.sql("SELECT case_number, next_due_at FROM timers_deadline WHERE " + String.join(" AND ", conditions)
					+ " ORDER BY next_due_at" + direction + ", case_number" + direction + " LIMIT :limit")
			.params(params)
			.query((rs, row) -> new DuePosition(rs.getObject("next_due_at", OffsetDateTime.class),
					rs.getLong("case_number")))
			.list();
	}

	/**
	 * Of the given cases, those whose response target was missed at some time (a fired
	 * breach timer).
	 */
	List<Long> breachedAmong(Collection<Long> numbers) {
		if (numbers.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				SELECT DISTINCT case_number FROM timers_timer
				WHERE kind = 'RESPONSE_BREACHED' AND fired_at IS NOT NULL AND case_number IN (:numbers)""")
			.param("numbers", numbers)
			.query(Long.class)
			.list();
	}

	/** How many customer windows ran out (a fired expiry timer) since then. */
	long customerWindowsExpiredSince(OffsetDateTime since) {
		return this.jdbc.sql("""
				SELECT COUNT(*) FROM timers_timer
				WHERE kind = 'CUSTOMER_EXPIRY' AND fired_at IS NOT NULL AND fired_at >= :since""")
			.param("since", since)
			.query(Long.class)
			.single();
	}

	List<Long> withResponseTarget(ResponseTarget state) {
		return this.jdbc.sql("SELECT case_number FROM timers_deadline WHERE response_target = :state")
			.param("state", state.name())
			.query(Long.class)
			.list();
	}

	private void ensure(long number) {
		this.jdbc
			.sql("INSERT INTO timers_deadline (case_number, response_target) VALUES (:number, 'ON_TIME')"
					+ " ON CONFLICT DO NOTHING")
			.param("number", number)
			.update();
	}

}
