package eu.jdservices.caso.cases;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The words each case is found by ({@code cases_case.search_words}), and the condition
 * that finds them: on PostgreSQL the words' {@code tsvector} and its GIN index
 * ({@code V111}), on H2 the same words matched with {@code LIKE} — the same cases either
 * way, since both compare the words {@link CaseWords} cut. Words are only ever added: a
 * contact taken off a case or a message split away leaves its words findable there.
 */
@Repository
class CaseWordsIndex {

	private final JdbcClient jdbc;

	private final boolean postgres;

	CaseWordsIndex(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.postgres = isPostgres(dataSource);
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
		String appended = CaseWords.joined(missing, CaseWords.MAX_CHARS - stored.get(0).length() - 1);
		if (appended.isEmpty()) {
			return;
		}
		this.jdbc.sql("""
				UPDATE cases_case SET search_words = CASE WHEN search_words IS NULL OR search_words = '' THEN :words
					ELSE search_words || ' ' || :words END
				WHERE number = :number""").param("number", number).param("words", appended).update();
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
	 * The condition on {@code c} ({@code cases_case}) that the case has all the words of
	 * the query, with its parameters.
	 */
	String condition(CaseWords.Query query, Map<String, Object> params) {
		if (query.isEmpty()) {
			return "1 = 0";
		}
		if (this.postgres) {
			params.put("words", tsquery(query));
			return "c.search_document @@ CAST(:words AS tsquery)";
		}
		List<String> all = new ArrayList<>();
		for (int i = 0; i < query.words().size(); i++) {
			List<String> any = new ArrayList<>();
			int form = 0;
			for (String word : query.words().get(i)) {
				String name = "word" + i + "_" + form++;
				any.add("(' ' || c.search_words || ' ') LIKE :" + name);
				params.put(name, "% " + likeEscaped(word) + (query.isPrefix(i) ? "%" : " %"));
			}
			all.add("(" + String.join(" OR ", any) + ")");
		}
		return String.join(" AND ", all);
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

	private static String likeEscaped(String word) {
		return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
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
