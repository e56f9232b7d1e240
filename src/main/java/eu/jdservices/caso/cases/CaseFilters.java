package eu.jdservices.caso.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The SQL condition of a case list's filters ({@link CaseQuery}), with its parameters:
 * the same filters for the page, its total and its counts per status.
 */
final class CaseFilters {

	private CaseFilters() {
	}

	/**
	 * The {@code WHERE} clause ({@code c} is {@code cases_case}), empty for no filter.
	 */
	static String where(CaseQuery query, Map<String, Object> params, CaseWordsIndex words) {
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
		if (query.numbers() != null) {
			if (query.numbers().isEmpty()) {
				conditions.add("1 = 0");
			}
			else {
				conditions.add("c.number IN (:numbers)");
				params.put("numbers", query.numbers());
			}
		}
		if (query.text() != null) {
			// the number, subject, organisation, contacts' addresses and messages' texts,
			// as words (CaseWords)
			conditions.add(words.condition(CaseWords.query(query.text()), params));
		}
		return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
	}

}
