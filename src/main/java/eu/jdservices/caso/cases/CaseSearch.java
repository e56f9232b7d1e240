package eu.jdservices.caso.cases;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import eu.jdservices.caso.intake.Reason;
import eu.jdservices.caso.intake.Severity;
import eu.jdservices.caso.policy.OpenCase;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reading cases as the API and the console show them: one case, pages of cases by filter
 * and text, counts per status. A page loads its cases' contacts, findings and links in
 * one query each, whatever its size.
 */
@Repository
class CaseSearch {

	private final JdbcClient jdbc;

	private final CaseWordsIndex words;

	CaseSearch(JdbcClient jdbc, CaseWordsIndex words) {
		this.jdbc = jdbc;
		this.words = words;
	}

	/** The columns a summary shows (not the search words). */
	private static final String COLUMNS = "c.number, c.subject, c.severity, c.status, c.organization, c.requester,"
			+ " c.requester_name, c.alternative_contacts, c.team, c.assignee, c.language, c.created_at,"
			+ " c.acknowledged_at";

	Optional<CaseSummary> find(long number) {
		return summaries("SELECT " + COLUMNS + " FROM cases_case c WHERE c.number = :number", Map.of("number", number))
			.stream()
			.findFirst();
	}

	/**
	 * The numbers of the cases that match, in no order, up to {@code cap + 1} of them:
	 * over a million cases an exact count costs more than the page, and "more than 1,000"
	 * is all a reader needs. Without an order PostgreSQL finds a few matches at once by
	 * their indexes (a search and a filter meet in one bitmap); with many it stops at the
	 * cap.
	 */
	List<Long> matching(CaseQuery query, int cap) {
		Map<String, Object> params = new HashMap<>();
		return this.jdbc.sql(matchingSql(query, cap, params)).params(params).query(Long.class).list();
	}

	String matchingSql(CaseQuery query, int cap, Map<String, Object> params) {
		Narrowed narrowed = narrowed(query);
		String where = CaseFilters.where(narrowed.query(), params, this.words, narrowed.leading());
		params.put("cap", cap + 1);
		return "SELECT c.number" + CaseFilters.from(narrowed.query(), params) + where + " LIMIT :cap";
	}

	/** The page of a list whose matches are all known: sorted here, read by number. */
	List<CaseSummary> page(CaseQuery query, List<Long> all) {
		if (query.sort() != CaseSort.NUMBER) {
			return sortedPage(query, all);
		}
		List<Long> sorted = new ArrayList<>(all);
		sorted.sort(query.oldestFirst() ? Comparator.naturalOrder() : Comparator.reverseOrder());
		int from = (int) Math.min(sorted.size(), (long) query.page() * query.size());
		List<Long> numbers = sorted.subList(from, Math.min(sorted.size(), from + query.size()));
		if (numbers.isEmpty()) {
			return List.of();
		}
		Map<String, Object> params = new HashMap<>();
		return summaries(pageSql(query, numbers, params), params);
	}

	/** A page of the matches in another order than by number: sorted by the database. */
	private List<CaseSummary> sortedPage(CaseQuery query, List<Long> all) {
		if (all.isEmpty()) {
			return List.of();
		}
		Map<String, Object> params = new HashMap<>();
		params.put("numbers", all);
		params.put("limit", query.size());
		params.put("offset", (long) query.page() * query.size());
		return summaries("SELECT " + COLUMNS + " FROM cases_case c WHERE c.number IN (:numbers) ORDER BY "
				+ query.sort().orderBy(query.oldestFirst()) + " LIMIT :limit OFFSET :offset", params);
	}

	String pageSql(CaseQuery query, List<Long> numbers, Map<String, Object> params) {
		params.put("numbers", numbers);
		return "SELECT " + COLUMNS + " FROM cases_case c WHERE c.number IN (:numbers) ORDER BY c.number "
				+ direction(query);
	}

	/**
	 * The page of a list with many matches: the cases newest first, keeping those that
	 * match until the page is full (quick, since many do); the page's numbers first (from
	 * an index alone where the filters have one, however deep the page), then their rows.
	 */
	List<CaseSummary> walk(CaseQuery query) {
		Map<String, Object> params = new HashMap<>();
		return summaries(walkSql(query, params), params);
	}

	String walkSql(CaseQuery query, Map<String, Object> params) {
		Narrowed narrowed = narrowed(query);
		String where = CaseFilters.where(narrowed.query(), params, this.words, narrowed.leading());
		String from = CaseFilters.from(narrowed.query(), params);
		params.put("limit", query.size());
		params.put("offset", (long) query.page() * query.size());
		if (query.sort() != CaseSort.NUMBER) {
			return "SELECT " + COLUMNS + from + where + " ORDER BY " + query.sort().orderBy(query.oldestFirst())
					+ " LIMIT :limit OFFSET :offset";
		}
		return "SELECT " + COLUMNS + " FROM cases_case c WHERE c.number IN (SELECT c.number" + from + where
				+ " ORDER BY c.number " + direction(query) + " LIMIT :limit OFFSET :offset) ORDER BY c.number "
				+ direction(query);
	}

	/**
	 * The query as the database reads it: on H2 a search whose rarest word is in few
	 * cases is read among those cases ({@link CaseWordsIndex#lead}).
	 */
	private Narrowed narrowed(CaseQuery query) {
		if (query.text() == null || query.numbers() != null) {
			return new Narrowed(query, -1);
		}
		CaseWordsIndex.Lead lead = this.words.lead(CaseWords.query(query.text()));
		return (lead != null) ? new Narrowed(query.withNumbers(lead.cases()), lead.word()) : new Narrowed(query, -1);
	}

	/**
	 * @param query the query, among the leading word's cases when there is one
	 * @param leading the index of that word in the search, or {@code -1}
	 */
	private record Narrowed(CaseQuery query, int leading) {
	}

	private static String direction(CaseQuery query) {
		return query.oldestFirst() ? "ASC" : "DESC";
	}

	/**
	 * How many cases match in each status, whatever status the query asks for; each
	 * counted up to {@code cap + 1}. One statement: a count per status, joined.
	 */
	Map<Status, Long> countByStatus(CaseQuery query, int cap) {
		Map<String, Object> params = new HashMap<>();
		Narrowed narrowed = narrowed(query);
		String where = CaseFilters.where(narrowed.query().withStatus(null), params, this.words, narrowed.leading());
		String from = CaseFilters.from(narrowed.query(), params);
		params.put("cap", cap + 1);
		List<String> counts = new ArrayList<>();
		for (Status status : Status.values()) {
			params.put("status_" + status.ordinal(), status.name());
			counts.add("SELECT " + status.ordinal() + " AS status, COUNT(*) AS n FROM (SELECT 1" + from
					+ (where.isEmpty() ? " WHERE " : where + " AND ") + "c.status = :status_" + status.ordinal()
					+ " LIMIT :cap) m" + status.ordinal());
		}
		Map<Status, Long> byStatus = new EnumMap<>(Status.class);
		this.jdbc.sql(String.join(" UNION ALL ", counts))
			.params(params)
			.query((rs, row) -> byStatus.put(Status.values()[rs.getInt("status")], rs.getLong("n")))
			.list();
		return byStatus;
	}

	/** The history of a case, oldest first. */
	List<CaseDetails.Change> history(long number) {
		return this.jdbc.sql("SELECT * FROM cases_history WHERE case_number = :number ORDER BY at, id")
			.param("number", number)
			.query((rs, row) -> new CaseDetails.Change(rs.getObject("at", OffsetDateTime.class), rs.getString("actor"),
					HistoryEvent.valueOf(rs.getString("event")), rs.getString("detail")))
			.list();
	}

	/**
	 * Open cases of an organisation, newest first, with the text of their opening mail
	 * (what the guideline checks compare a new mail with, S1.7 and S2.4): its first
	 * {@link OpenCase#TEXT_READ} characters, all that the checks read of a text.
	 */
	List<OpenCaseOpening> openCasesOf(String organization, int limit) {
		if (organization == null) {
			return List.of();
		}
		// The latest cases of each open status, read backwards along the index on
		// organization, status and number (H2 reads an index in order only when the
		// ORDER BY names its columns from the first), then the latest of both. With both
		// statuses in one IN, H2 read and sorted all the organisation's open cases: 1,981
		// rows for 50 in the intake benchmark.
		return this.jdbc.sql("""
				SELECT number, subject, opening FROM (
					(%1$s 'OPEN' ORDER BY c.organization DESC, c.status DESC, c.number DESC LIMIT :limit)
					UNION ALL
					(%1$s 'WAITING_FOR_CUSTOMER' ORDER BY c.organization DESC, c.status DESC, c.number DESC
						LIMIT :limit)
				) latest
				ORDER BY number DESC LIMIT :limit""".formatted("""
				SELECT c.number, c.subject, (SELECT MIN(m.id) FROM cases_message m
					WHERE m.case_number = c.number AND m.direction = 'IN') AS opening
				FROM cases_case c
				WHERE c.organization = :organization AND c.status ="""))
			.param("organization", organization)
			.param("limit", limit)
			.query((rs, row) -> new OpenCaseOpening(rs.getLong("number"), rs.getString("subject"),
					rs.getObject("opening", Long.class)))
			.list();
	}

	/** The start of a message's text, as far as the guideline checks read it. */
	String openingText(long messageId) {
		return this.jdbc
			.sql("SELECT SUBSTRING(text FROM 1 FOR %d) FROM cases_message WHERE id = :id".formatted(OpenCase.TEXT_READ))
			.param("id", messageId)
			.query(String.class)
			.optional()
			.orElse("");
	}

	/**
	 * An open case's subject and opening mail.
	 *
	 * @param number the case
	 * @param subject its subject
	 * @param opening the id of its first customer mail, {@code null} when it has none
	 */
	record OpenCaseOpening(long number, String subject, Long opening) {
	}

	private List<CaseSummary> summaries(String sql, Map<String, Object> params) {
		List<Row> rows = this.jdbc.sql(sql)
			.params(params)
			.query((rs, row) -> new Row(rs.getLong("number"), rs.getString("subject"),
					Severity.valueOf(rs.getString("severity").strip()), Status.valueOf(rs.getString("status")),
					rs.getString("organization"), rs.getString("requester"),
					Objects.toString(rs.getString("requester_name"), ""),
					ConversationStore.strings(rs, "alternative_contacts"), rs.getString("team"),
					rs.getString("assignee"), rs.getString("language"),
					rs.getObject("created_at", OffsetDateTime.class),
					rs.getObject("acknowledged_at", OffsetDateTime.class)))
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		Children children = children(rows.stream().map(Row::number).toList());
		return rows.stream()
			.map((row) -> new CaseSummary(row.number(), row.subject(), row.severity(), row.status(), row.organization(),
					row.requester(), row.requesterName(), children.contacts(row.number()),
					children.failing(row.number()), row.alternatives(), row.team(), row.assignee(), row.language(),
					row.createdAt(), row.acknowledgedAt(), children.findings(row.number()),
					children.links(row.number())))
			.toList();
	}

	/** The contacts, findings and links of many cases: three queries. */
	private Children children(List<Long> numbers) {
		Children children = new Children();
		this.jdbc.sql("""
				SELECT case_number, email, failing, failing_reason, failing_at, failing_mail FROM cases_contact
				WHERE case_number IN (:numbers) ORDER BY case_number, position""")
			.param("numbers", numbers)
			.query((rs, row) -> {
				long number = rs.getLong("case_number");
				String email = rs.getString("email");
				children.contacts.computeIfAbsent(number, (key) -> new ArrayList<>()).add(email);
				if (rs.getBoolean("failing")) {
					String mail = rs.getString("failing_mail");
					children.failing.computeIfAbsent(number, (key) -> new ArrayList<>())
						.add(new CaseSummary.FailingContact(email, rs.getString("failing_reason"),
								rs.getObject("failing_at", OffsetDateTime.class), messageKind(mail)));
				}
				return null;
			})
			.list();
		this.jdbc.sql("""
				SELECT case_number, code, rule, detail FROM cases_finding
				WHERE case_number IN (:numbers) ORDER BY case_number, id""")
			.param("numbers", numbers)
			.query((rs, row) -> children.findings.computeIfAbsent(rs.getLong("case_number"), (key) -> new ArrayList<>())
				.add(finding(Reason.valueOf(rs.getString("code")), rs.getString("rule"), rs.getString("detail"))))
			.list();
		this.jdbc.sql("""
				SELECT case_number, type, other_number FROM cases_link
				WHERE case_number IN (:numbers) ORDER BY case_number, type, other_number""")
			.param("numbers", numbers)
			.query((rs, row) -> children.links.computeIfAbsent(rs.getLong("case_number"), (key) -> new ArrayList<>())
				.add(new CaseSummary.Link(LinkType.valueOf(rs.getString("type")), rs.getLong("other_number"))))
			.list();
		return children;
	}

	/** A finding stored before findings kept their rule takes its code's rule. */
	private static CaseSummary.Finding finding(Reason code, String rule, String detail) {
		return new CaseSummary.Finding(code, (rule != null) ? rule : code.rule(), detail);
	}

	/**
	 * An old failing mark named something that is no kind of our mails (INVALID_ADDRESS).
	 */
	private static MessageKind messageKind(String mail) {
		if (mail == null) {
			return null;
		}
		try {
			return MessageKind.valueOf(mail);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private record Row(long number, String subject, Severity severity, Status status, String organization,
			String requester, String requesterName, List<String> alternatives, String team, String assignee,
			String language, OffsetDateTime createdAt, OffsetDateTime acknowledgedAt) {
	}

	private static final class Children {

		private final Map<Long, List<String>> contacts = new LinkedHashMap<>();

		private final Map<Long, List<CaseSummary.FailingContact>> failing = new LinkedHashMap<>();

		private final Map<Long, List<CaseSummary.Finding>> findings = new LinkedHashMap<>();

		private final Map<Long, List<CaseSummary.Link>> links = new LinkedHashMap<>();

		List<String> contacts(long number) {
			return this.contacts.getOrDefault(number, List.of());
		}

		List<CaseSummary.FailingContact> failing(long number) {
			return this.failing.getOrDefault(number, List.of());
		}

		List<CaseSummary.Finding> findings(long number) {
			return this.findings.getOrDefault(number, List.of());
		}

		List<CaseSummary.Link> links(long number) {
			return this.links.getOrDefault(number, List.of());
		}

	}

}
