package eu.jdservices.caso.intake;

import eu.jdservices.caso.support.EnabledIfPostgres;
import eu.jdservices.caso.support.Postgres;
import org.flywaydb.core.Flyway;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The lease on the local PostgreSQL server (its SQL on database time). */
@EnabledIfPostgres
class ImapLeaseOnPostgresTests extends ImapLeaseTests {

	@Override
	JdbcClient database() {
		DriverManagerDataSource dataSource = new DriverManagerDataSource(Postgres.url(), Postgres.USER, "");
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
		return JdbcClient.create(dataSource);
	}

}
