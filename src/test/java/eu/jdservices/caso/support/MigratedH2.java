package eu.jdservices.caso.support;

import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A fresh in-memory H2 database with Caso's schema (the Flyway migrations), for tests of
 * one store or meter without the application around it.
 */
public final class MigratedH2 {

	private final String url;

	private final DataSource dataSource;

	private MigratedH2(String url) {
		this.url = url;
		Flyway.configure()
			.dataSource(new DriverManagerDataSource(url, "sa", ""))
			.locations("classpath:db/migration")
			.load()
			.migrate();
		// once shut down, the database stays gone instead of coming back empty
		this.dataSource = new DriverManagerDataSource(url + ";IFEXISTS=TRUE", "sa", "");
	}

	public static MigratedH2 create() {
		return new MigratedH2("jdbc:h2:mem:" + UUID.randomUUID()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
	}

	public DataSource dataSource() {
		return this.dataSource;
	}

	public JdbcClient jdbc() {
		return JdbcClient.create(this.dataSource);
	}

	/**
	 * Shuts the database down: from then on every statement fails, as with a database
	 * that is down.
	 */
	public void shutDown() {
		jdbc().sql("SHUTDOWN").update();
	}

	@Override
	public String toString() {
		return this.url;
	}

}
