package db.migration;

import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * PostgreSQL only: the words of {@code cases_case.search_words} as a {@code tsvector}
 * (taken as they are, no second analysis: the 'simple' words Caso cut) with a GIN index,
 * and the organisation filter's index on the lower-case name. H2 matches the same words
 * with {@code LIKE} and has no indexes on expressions.
 */
public class V111__case_search_document extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		String database = context.getConnection().getMetaData().getDatabaseProductName();
		if (!database.toLowerCase(java.util.Locale.ROOT).contains("postgres")) {
			return;
		}
		try (Statement statement = context.getConnection().createStatement()) {
			statement.execute("""
					ALTER TABLE cases_case ADD COLUMN search_document tsvector
						GENERATED ALWAYS AS (array_to_tsvector(string_to_array(search_words, ' '))) STORED""");
			statement.execute("CREATE INDEX cases_case_search_document ON cases_case USING GIN (search_document)");
			statement.execute("CREATE INDEX cases_case_organization_lower ON cases_case (LOWER(organization), number)");
		}
	}

}
