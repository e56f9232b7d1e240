package db.migration;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * H2 only: each case's search words ({@code cases_case.search_words}) also one per row,
 * {@code (word, case_number)}, the key in that order: a search looks up its words' cases
 * in the key (a prefix with {@code LIKE 'almac%'}) instead of matching the words of every
 * case with {@code LIKE}, a scan of all cases. PostgreSQL has the words' {@code tsvector}
 * and its GIN index for that ({@code V111}). The cases that have words already get their
 * rows here.
 */
public class V114__case_words_h2 extends BaseJavaMigration {

	private static final int BATCH = 10_000;

	@Override
	public void migrate(Context context) throws Exception {
		String database = context.getConnection().getMetaData().getDatabaseProductName();
		if (database.toLowerCase(java.util.Locale.ROOT).contains("postgres")) {
			return;
		}
		try (Statement statement = context.getConnection().createStatement()) {
			statement.execute("""
					CREATE TABLE cases_case_word (
						word CHARACTER VARYING NOT NULL,
						case_number BIGINT NOT NULL,
						PRIMARY KEY (word, case_number)
					)""");
		}
		try (Statement read = context.getConnection().createStatement();
				ResultSet cases = read
					.executeQuery("SELECT number, search_words FROM cases_case WHERE search_words IS NOT NULL");
				PreparedStatement insert = context.getConnection()
					.prepareStatement("INSERT INTO cases_case_word (word, case_number) VALUES (?, ?)")) {
			int batched = 0;
			while (cases.next()) {
				// a word may be there twice (CaseWordsIndex.add), its row only once
				Set<String> words = new LinkedHashSet<>(List.of(cases.getString(2).split(" ")));
				for (String word : words) {
					if (!word.isEmpty()) {
						insert.setString(1, word);
						insert.setLong(2, cases.getLong(1));
						insert.addBatch();
						if (++batched % BATCH == 0) {
							insert.executeBatch();
						}
					}
				}
			}
			insert.executeBatch();
		}
	}

}
