package eu.jdservices.caso.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.springframework.boot.SpringApplication;

/**
 * The local PostgreSQL server the test suite runs against besides H2 (127.0.0.1:5432,
 * trust authentication). A fresh test database is made once per test run. Without a
 * server the PostgreSQL runs are skipped with a message, unless
 * {@code CASO_TEST_REQUIRE_POSTGRES=true} (set by {@code .ci/run}) or
 * {@code -Dcaso.test.require-postgres=true}, which makes them fail instead.
 */
public final class Postgres {

	public static final String HOST_URL = System.getProperty("caso.test.postgres.url",
			"jdbc:postgresql://127.0.0.1:5432/");

	public static final String USER = System.getProperty("caso.test.postgres.user", "postgres");

	/**
	 * One database per test JVM, so that builds side by side never share (or drop) each
	 * other's data.
	 */
	public static final String DATABASE = "caso_test_" + ProcessHandle.current().pid();

	private static Boolean available;

	private static String problem;

	private Postgres() {
	}

	public static String url() {
		return HOST_URL + DATABASE;
	}

	public static boolean required() {
		return Boolean.getBoolean("caso.test.require-postgres")
				|| "true".equalsIgnoreCase(System.getenv("CASO_TEST_REQUIRE_POSTGRES"));
	}

	/** Whether the server is there; the first call makes a fresh test database. */
	public static synchronized boolean available() {
		if (available == null) {
			problem = recreate(HOST_URL, USER, DATABASE);
			available = (problem == null);
			if (available) {
				// after Spring has closed every application context of this JVM: dropping
				// the
				// database under open contexts made their shutdown wait for connections
				SpringApplication.getShutdownHandlers().add(Postgres::dropDatabase);
			}
		}
		return available;
	}

	/**
	 * Drops (ending its sessions) and creates a database on a server; also for the
	 * benchmarks.
	 * @return what went wrong, or {@code null} when the database is there, empty
	 */
	public static String recreate(String hostUrl, String user, String database) {
		try (Connection connection = DriverManager.getConnection(hostUrl + "postgres", user, "");
				Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
			statement.execute("CREATE DATABASE " + database);
			return null;
		}
		catch (SQLException ex) {
			return ex.getMessage();
		}
	}

	private static void dropDatabase() {
		drop(HOST_URL, USER, DATABASE);
	}

	/** Drops a database (ending its sessions), if the server is still there. */
	public static void drop(String hostUrl, String user, String database) {
		try (Connection connection = DriverManager.getConnection(hostUrl + "postgres", user, "");
				Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
		}
		catch (SQLException ex) {
			// the server went away first: nothing to clean up
		}
	}

	public static String problem() {
		return problem;
	}

}
