package eu.jdservices.caso.cases;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The words each case is found by ({@code cases_case.search_words}), and the condition
 * that finds them: on PostgreSQL the words' {@code tsvector} and its GIN index
 * ({@code V111}), on H2 the same words matched with {@code LIKE}, among the cases of the
 * search's rarest word when it is in few of them (the words one per row in
 * {@code cases_case_word}, {@code V114}) — the same cases either way, since both compare
 * the words {@link CaseWords} cut. Words are only ever added: a contact taken off a case
 * or a message split away leaves its words findable there.
 */
@Repository
class CaseWordsIndex {

	/**
	 * H2: a word with at most this many rows in {@code cases_case_word} (one per case and
	 * form: a word's cases are never more) leads a search (its cases are listed, then
	 * checked for the other words).
	 */
	static final int LEAD_CASES = 5_000;

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final boolean postgres;

	private final int leadCases;

	@Autowired
	CaseWordsIndex(JdbcClient jdbc, DataSource dataSource) {
		this(jdbc, dataSource, LEAD_CASES);
	}

	/** With another bound for a leading word (tests: 0, every word is common). */
	CaseWordsIndex(JdbcClient jdbc, DataSource dataSource, int leadCases) {
		this.jdbc = jdbc;
		this.batch = new JdbcTemplate(dataSource);
		this.postgres = isPostgres(dataSource);
		this.leadCases = leadCases;
	}

	/**
	 * Adds the words of texts to a case's words: those it does not have yet are appended
	 * by the database to what is there when it writes, so that two messages added to one
	 * case at once lose neither's words (at worst a word is there twice).
	 */
	void add(long number, String... texts) {
		Set<String> added = CaseWords.of(texts);
		if (added.isEmpty()) {
			return;
		}
		List<String> stored = this.jdbc.sql("SELECT search_words FROM cases_case WHERE number = :number")
			.param("number", number)
			.query((rs, row) -> Objects.toString(rs.getString(1), ""))
			.list();
		if (stored.isEmpty()) {
			return;
		}
		Set<String> had = new HashSet<>(Arrays.asList(stored.get(0).split(" ")));
		Set<String> missing = new LinkedHashSet<>(added);
		missing.removeAll(had);
		append(number, CaseWords.joined(missing, CaseWords.MAX_CHARS - stored.get(0).length() - 1));
	}

	/**
	 * The first words of a case just inserted (which has none yet): {@link #add} without
	 * reading what is there.
	 */
	void addToNew(long number, String... texts) {
		append(number, CaseWords.joined(CaseWords.of(texts), CaseWords.MAX_CHARS - 1));
	}

	/**
	 * The words of a case just inserted (which has none yet) and of its first message,
	 * written with the time of that message ({@code last_message_at}) in one statement.
	 */
	void addFirst(long number, OffsetDateTime firstMessageAt, String... texts) {
		String words = CaseWords.joined(CaseWords.of(texts), CaseWords.MAX_CHARS - 1);
		this.jdbc.sql("UPDATE cases_case SET search_words = :words, last_message_at = :at WHERE number = :number")
			.param("number", number)
			.param("words", words.isEmpty() ? null : words)
			.param("at", firstMessageAt)
			.update();
		addRows(number, words);
	}

	private void append(long number, String appended) {
		if (appended.isEmpty()) {
			return;
		}
		this.jdbc.sql("""
				UPDATE cases_case SET search_words = CASE WHEN search_words IS NULL OR search_words = '' THEN :words
					ELSE search_words || ' ' || :words END
				WHERE number = :number""").param("number", number).param("words", appended).update();
		addRows(number, appended);
	}

	/** H2: the words one per row ({@code cases_case_word}), which lead its searches. */
	private void addRows(long number, String appended) {
		if (!this.postgres && !appended.isEmpty()) {
			List<Object[]> rows = Arrays.stream(appended.split(" "))
				.map((word) -> new Object[] { word, number })
				.toList();
			// a word added by two messages at once is one row
			this.batch.batchUpdate(
					"INSERT INTO cases_case_word (word, case_number) VALUES (?, ?) ON CONFLICT DO NOTHING", rows);
		}
	}

	/**
	 * Adds the words of what a case is now: number, subject, organisation, contacts,
	 * messages' texts.
	 */
	void refresh(long number) {
		List<String> texts = new ArrayList<>();
		texts.add(Long.toString(number));
		this.jdbc.sql("SELECT subject, organization, requester, requester_name FROM cases_case WHERE number = :number")
			.param("number", number)
			.query((rs,
					row) -> texts.addAll(Arrays.asList(rs.getString("subject"), rs.getString("organization"),
							rs.getString("requester"), rs.getString("requester_name"))))
			.list();
		texts.addAll(this.jdbc.sql("SELECT email FROM cases_contact WHERE case_number = :number")
			.param("number", number)
			.query(String.class)
			.list());
		texts.addAll(this.jdbc
			.sql("SELECT text FROM cases_message WHERE case_number = :number AND kind IN (:kinds) ORDER BY id")
			.param("number", number)
			.param("kinds", MessageKind.searchableNames())
			.query(String.class)
			.list());
		add(number, texts.toArray(String[]::new));
	}

	/**
	 * Up to {@code limit} cases after {@code after} that have no words yet, lowest number
	 * first (read along the primary key: one pass over the table for all batches).
	 */
	List<Long> withoutWords(long after, int limit) {
		return this.jdbc.sql("""
				SELECT number FROM cases_case WHERE number > :after AND search_words IS NULL
				ORDER BY number LIMIT :limit""").param("after", after).param("limit", limit).query(Long.class).list();
	}

	/**
	 * H2: the word of a search with the fewest rows, when they are few (up to
	 * {@link #LEAD_CASES}), with its cases: the search is then read among them, each
	 * checked for the other words, instead of checking every case. {@code null} on
	 * PostgreSQL (its planner weighs its GIN index itself), for no words, and when every
	 * word is common: a case list read by number until its page or count is full finds
	 * matches soon then.
	 */
	Lead lead(CaseWords.Query query) {
		if (this.postgres || query.isEmpty()) {
			return null;
		}
		int rarest = -1;
		long fewest = Long.MAX_VALUE;
		for (int i = 0; i < query.words().size(); i++) {
			Map<String, Object> params = new HashMap<>();
			params.put("cap", this.leadCases + 1);
			long rows = this.jdbc
				.sql("SELECT COUNT(*) FROM (SELECT 1 FROM cases_case_word w WHERE " + word(query, i, params)
						+ " LIMIT :cap) n")
				.params(params)
				.query(Long.class)
				.single();
			if (rows < fewest) {
				fewest = rows;
				rarest = i;
			}
		}
		if (fewest > this.leadCases) {
			return null;
		}
		Map<String, Object> params = new HashMap<>();
		List<Long> cases = this.jdbc
			.sql("SELECT DISTINCT w.case_number FROM cases_case_word w WHERE " + word(query, rarest, params))
			.params(params)
			.query(Long.class)
			.list();
		return new Lead(rarest, cases);
	}

	/**
	 * The word of a search in the fewest cases, and those cases.
	 *
	 * @param word its index in the search
	 * @param cases the cases having it
	 */
	record Lead(int word, List<Long> cases) {
	}

	/**
	 * The condition on {@code c} ({@code cases_case}) that the case has the words of the
	 * query (but the leading one, {@code -1} for none: its cases are the list searched),
	 * with its parameters; empty when nothing is left to check.
	 */
	String condition(CaseWords.Query query, int leading, Map<String, Object> params) {
		if (query.isEmpty()) {
			return "1 = 0";
		}
		if (this.postgres) {
			params.put("words", tsquery(query));
			return "c.search_document @@ CAST(:words AS tsquery)";
		}
		// on H2 the other words matched in the case's words: for the cases of a leading
		// word, or for common words, where a case list read by number soon has its page
		List<String> all = new ArrayList<>();
		for (int i = 0; i < query.words().size(); i++) {
			if (i == leading) {
				continue;
			}
			List<String> any = new ArrayList<>();
			int form = 0;
			for (String word : query.words().get(i)) {
				String name = "like" + i + "_" + form++;
				any.add("(' ' || c.search_words || ' ') LIKE :" + name);
				params.put(name, "% " + likeEscaped(word) + (query.isPrefix(i) ? "%" : " %"));
			}
			all.add("(" + String.join(" OR ", any) + ")");
		}
		return String.join(" AND ", all);
	}

	private static String likeEscaped(String word) {
		return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	/**
	 * H2: the condition on {@code w} ({@code cases_case_word}) that it is the word at
	 * {@code i} of the query: one of its forms, or (the last word) a word starting with
	 * one, as index ranges.
	 */
	private static String word(CaseWords.Query query, int i, Map<String, Object> params) {
		List<String> forms = List.copyOf(query.words().get(i));
		String name = "word" + i;
		if (!query.isPrefix(i)) {
			params.put(name, forms);
			return "w.word IN (:" + name + ")";
		}
		// the range from the first form to the end of the last, then each form's
		List<String> starts = new ArrayList<>();
		for (int form = 0; form < forms.size(); form++) {
			String start = name + "_" + form;
			params.put(start, forms.get(form));
			params.put(start + "_end", forms.get(form) + Character.MAX_VALUE);
			starts.add("(w.word >= :" + start + " AND w.word < :" + start + "_end)");
		}
		params.put(name + "_from", forms.stream().min(String::compareTo).orElseThrow());
		params.put(name + "_to",
				forms.stream().map((form) -> form + Character.MAX_VALUE).max(String::compareTo).orElseThrow());
		return "w.word >= :" + name + "_from AND w.word < :" + name + "_to AND (" + String.join(" OR ", starts) + ")";
	}

	/** {@code ('impresora' | 'impresor') & 'almac':*} */
	static String tsquery(CaseWords.Query query) {
		List<String> all = new ArrayList<>();
		for (int i = 0; i < query.words().size(); i++) {
			List<String> any = new ArrayList<>();
			for (String word : query.words().get(i)) {
				any.add("'" + word.replace("\\", "\\\\").replace("'", "''") + "'" + (query.isPrefix(i) ? ":*" : ""));
			}
			all.add("(" + String.join(" | ", any) + ")");
		}
		return String.join(" & ", all);
	}

	/** Whether the database is PostgreSQL (else H2). */
	boolean postgres() {
		return this.postgres;
	}

	private static boolean isPostgres(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return connection.getMetaData()
				.getDatabaseProductName()
				.toLowerCase(java.util.Locale.ROOT)
				.contains("postgres");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot tell the database", ex);
		}
	}

}
