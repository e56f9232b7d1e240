package eu.jdservices.caso.cases;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.support.AbstractSqlTypeValue;

/**
 * The SQL of a case list's filters ({@link CaseQuery}), with its parameters: the same
 * filters for the page, its total and its counts per status.
 */
final class CaseFilters {

	private CaseFilters() {
	}

	/**
	 * The {@code FROM} clause: the cases, or with a list of numbers (a slice of the due
	 * order, the cases breaching their target; none: no case) those numbers joined to the
	 * cases. The list drives the query so each number is one look-up of its case: as
	 * {@code c.number IN (...)} H2 would rather read an index of the other filters (the
	 * status's, say) and compare every row with the whole list, 1.8 s for 1,000 numbers
	 * in 100,000 cases instead of 13 ms.
	 */
	static String from(CaseQuery query, Map<String, Object> params) {
		if (query.numbers() == null) {
			return " FROM cases_case c";
		}
		params.put("numbers", new NumberArray(new LinkedHashSet<>(query.numbers()).toArray(Long[]::new)));
		return " FROM UNNEST(CAST(:numbers AS BIGINT ARRAY)) n(number) JOIN cases_case c ON c.number = n.number";
	}

	/**
	 * An SQL array of case numbers as a parameter; shown as its literal, {@code {1,2,3}}.
	 */
	private static final class NumberArray extends AbstractSqlTypeValue {

		private final Long[] numbers;

		NumberArray(Long[] numbers) {
			this.numbers = numbers;
		}

		@Override
		protected Object createTypeValue(Connection connection, int sqlType, String typeName) throws SQLException {
			return connection.createArrayOf("bigint", this.numbers);
		}

		@Override
		public String toString() {
			return "{" + String.join(",", Arrays.stream(this.numbers).map(String::valueOf).toList()) + "}";
		}

	}

	/**
	 * The {@code WHERE} clause ({@code c} is {@code cases_case}), empty for no filter;
	 * the searched word at {@code leading} is left out (the numbers are its cases).
	 */
	static String where(CaseQuery query, Map<String, Object> params, CaseWordsIndex words, int leading) {
		List<String> conditions = new ArrayList<>();
		if (query.contact() != null) {
			conditions
				.add("EXISTS (SELECT 1 FROM cases_contact k WHERE k.case_number = c.number AND k.email = :contact)");
			params.put("contact", query.contact());
		}
		if (query.organization() != null) {
			conditions.add("LOWER(c.organization) = LOWER(:organization)");
			params.put("organization", query.organization());
		}
		if (query.status() != null) {
			conditions.add("c.status = :status");
			params.put("status", query.status().name());
		}
		if (query.severity() != null) {
			conditions.add("c.severity = :severity");
			params.put("severity", query.severity().name());
		}
		if (query.team() != null) {
			conditions.add("c.team = :team");
			params.put("team", query.team());
		}
		if (query.assignee() != null) {
			conditions.add("c.assignee = :assignee");
			params.put("assignee", query.assignee());
		}
		if (query.text() != null) {
			// the number, subject, organisation, contacts' addresses and messages' texts,
			// as words (CaseWords)
			String condition = words.condition(CaseWords.query(query.text()), leading, params);
			if (!condition.isEmpty()) {
				conditions.add(condition);
			}
		}
		return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
	}

}
