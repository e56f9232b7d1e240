package eu.jdservices.caso;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * Whether the database is H2 in this process (a file or memory database, not an H2 server
 * other JVMs reach): only this JVM writes it, so its locks and its writes to the file are
 * this JVM's to arrange.
 */
public final class EmbeddedH2 {

	private EmbeddedH2() {
	}

	/** Whether a JDBC URL names an H2 database in this process. */
	public static boolean url(String url) {
		return url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:tcp:") && !url.startsWith("jdbc:h2:ssl:");
	}

	/** Whether the data source's database is H2 in this process. */
	public static boolean in(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return url(connection.getMetaData().getURL());
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot tell which database this is", ex);
		}
	}

}
