package eu.jdservices.caso;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * On an H2 file database whose own writes are far off ({@code WRITE_DELAY} of 100 s), a
 * transaction is in the file when its commit returns, and transactions committing at the
 * same time share writes.
 */
class EmbeddedH2CommitsTests {

	@TempDir
	Path folder;

	HikariDataSource dataSource;

	JdbcClient jdbc;

	@BeforeEach
	void openADatabaseThatWouldWriteOnlyEvery100Seconds() {
		this.dataSource = new HikariDataSource();
		this.dataSource.setJdbcUrl("jdbc:h2:file:" + this.folder.resolve("db") + ";WRITE_DELAY=100000");
		this.dataSource.setUsername("sa");
		this.dataSource.setMaximumPoolSize(8);
		this.jdbc = JdbcClient.create(this.dataSource);
		this.jdbc.sql("CREATE TABLE mail (id INT PRIMARY KEY, text VARCHAR(100))").update();
	}

	@AfterEach
	void close() {
		this.dataSource.close();
	}

	@Test
	void aTransactionThatWroteIsInTheFileWhenItsCommitReturns() {
		TransactionTemplate plain = new TransactionTemplate(new DataSourceTransactionManager(this.dataSource));
		long before = fileWrites();
		plain.executeWithoutResult((status) -> insert(1));
		assertThat(fileWrites()).as("H2 alone, WRITE_DELAY of 100 s: not written yet").isEqualTo(before);

		transactions().executeWithoutResult((status) -> insert(2));

		assertThat(fileWrites()).as("written before the commit returned").isGreaterThan(before);
	}

	@Test
	void aReadOnlyTransactionDoesNotWrite() {
		TransactionTemplate readOnly = transactions();
		readOnly.setReadOnly(true);
		long before = fileWrites();

		readOnly
			.executeWithoutResult((status) -> this.jdbc.sql("SELECT COUNT(*) FROM mail").query(Long.class).single());

		assertThat(fileWrites()).isEqualTo(before);
	}

	@Test
	void transactionsCommittingAtTheSameTimeShareWritesAndEachIsWritten() throws Exception {
		TransactionTemplate transactions = transactions();
		int threads = 8;
		int each = 50;
		long alone = fileWrites();
		for (int id = 1; id <= each; id++) {
			int one = id;
			transactions.executeWithoutResult((status) -> insert(one));
		}
		double writesEachAlone = (fileWrites() - alone) / (double) each;
		long before = fileWrites();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<?>> running = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				int first = 1000 + t * each;
				running.add(pool.submit(() -> {
					for (int i = first; i < first + each; i++) {
						int id = i;
						transactions.executeWithoutResult((status) -> insert(id));
					}
				}));
			}
			for (Future<?> done : running) {
				done.get();
			}
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM mail").query(Long.class).single())
			.isEqualTo((threads + 1) * each);
		long writes = fileWrites() - before;
		System.out.printf("%d transactions from %d threads: %d file writes (%.2f each for one at a time)%n",
				threads * each, threads, writes, writesEachAlone);
		assertThat(writesEachAlone).as("one at a time, each is written").isGreaterThanOrEqualTo(1);
		assertThat((double) writes).as("file writes for %d transactions at once", threads * each)
			.isLessThan(threads * each * writesEachAlone);
	}

	@Test
	void aDatabaseUserWhoMayNotWriteTheFileOnDemandStopsTheStartWithTheReason() {
		this.jdbc.sql("CREATE USER clerk PASSWORD 'clerk-secret'").update();
		try (HikariDataSource clerk = new HikariDataSource()) {
			// the database as it is (only an administrator may set WRITE_DELAY in the
			// URL)
			clerk.setJdbcUrl("jdbc:h2:file:" + this.folder.resolve("db"));
			clerk.setUsername("clerk");
			clerk.setPassword("clerk-secret");

			assertThatThrownBy(() -> new EmbeddedH2Commits(clerk))
				.isInstanceOf(DataAccessResourceFailureException.class)
				.hasMessageContaining("the database user must be an administrator");
		}
	}

	private TransactionTemplate transactions() {
		DataSourceTransactionManager manager = new DataSourceTransactionManager(this.dataSource);
		manager.addListener(new EmbeddedH2Commits(this.dataSource));
		return new TransactionTemplate(manager);
	}

	private void insert(int id) {
		this.jdbc.sql("INSERT INTO mail (id, text) VALUES (:id, 'Hola')").param("id", id).update();
	}

	private long fileWrites() {
		return Long.parseLong(this.jdbc
			.sql("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'info.FILE_WRITE'")
			.query(String.class)
			.single());
	}

}
