package eu.jdservices.caso.cases;

/**
 * How a case list is ordered; {@code oldestFirst} of the query turns each order round.
 */
public enum CaseSort {

	/** By number, newest first. */
	NUMBER("c.number %1$s"),

	/** Most severe first (A, B, C), then newest first. */
	SEVERITY("c.severity %2$s, c.number DESC"),

	/**
	 * The case with the latest message first, then newest first
	 * ({@code cases_case.last_message_at}, kept by the conversation).
	 */
	UPDATED("c.last_message_at %1$s NULLS LAST, c.number DESC");

	private final String orderBy;

	CaseSort(String orderBy) {
		this.orderBy = orderBy;
	}

	/** The SQL ORDER BY terms over {@code cases_case c}. */
	String orderBy(boolean reversed) {
		return this.orderBy.formatted(reversed ? "ASC" : "DESC", reversed ? "DESC" : "ASC");
	}

}
