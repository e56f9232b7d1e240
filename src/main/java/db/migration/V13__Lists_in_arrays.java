package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Lists that were kept as comma- (or line-) separated text in VARCHAR columns, and cut
 * off silently when too long, become SQL arrays ({@code VARCHAR(n) ARRAY}, the same on H2
 * and PostgreSQL): the recipients and reasons of inbound mail, the addresses and
 * redactions of case messages, the alternative contacts of a case, the recipients of
 * outbound mail. The data is carried over.
 */
public class V13__Lists_in_arrays extends BaseJavaMigration {

	private static final List<ListColumn> COLUMNS = List.of(
			new ListColumn("intake_mail", "id", "recipients", ",", 320, true),
			new ListColumn("intake_mail", "id", "reasons", ",", 40, false),
			new ListColumn("cases_message", "id", "to_addresses", ",", 1000, true),
			new ListColumn("cases_message", "id", "cc_addresses", ",", 1000, true),
			new ListColumn("cases_message", "id", "redactions", ",", 40, true),
			new ListColumn("cases_case", "number", "alternative_contacts", "\n", 2000, false),
			new ListColumn("outbound_mail", "id", "recipients", ",", 1000, true));

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		for (ListColumn column : COLUMNS) {
			column.migrate(connection);
		}
	}

	private record ListColumn(String table, String id, String name, String separator, int elementLength,
			boolean notNull) {

		void migrate(Connection connection) throws SQLException {
			String array = this.name + "_list";
			try (Statement statement = connection.createStatement()) {
				statement.execute("ALTER TABLE " + this.table + " ADD COLUMN " + array + " VARCHAR("
						+ this.elementLength + ") ARRAY");
			}
			try (Statement select = connection.createStatement();
					ResultSet rows = select
						.executeQuery("SELECT " + this.id + ", " + this.name + " FROM " + this.table);
					PreparedStatement update = connection.prepareStatement(
							"UPDATE " + this.table + " SET " + array + " = ? WHERE " + this.id + " = ?")) {
				int batched = 0;
				while (rows.next()) {
					update.setArray(1, connection.createArrayOf("VARCHAR", elements(rows.getString(2))));
					update.setLong(2, rows.getLong(1));
					update.addBatch();
					if (++batched % 1000 == 0) {
						update.executeBatch();
					}
				}
				update.executeBatch();
			}
			try (Statement statement = connection.createStatement()) {
				statement.execute("ALTER TABLE " + this.table + " DROP COLUMN " + this.name);
				statement.execute("ALTER TABLE " + this.table + " RENAME COLUMN " + array + " TO " + this.name);
				if (this.notNull) {
					// every row got an array above (an empty one for no elements)
					statement.execute("ALTER TABLE " + this.table + " ALTER COLUMN " + this.name + " SET NOT NULL");
				}
			}
		}

		private String[] elements(String value) {
			if (value == null || value.isBlank()) {
				return new String[0];
			}
			return Arrays.stream(value.split(java.util.regex.Pattern.quote(this.separator)))
				.map(String::strip)
				.filter((element) -> !element.isEmpty())
				.toArray(String[]::new);
		}

	}

}
