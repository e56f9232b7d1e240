package eu.jdservices.caso.cases;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * On embedded H2 a requester's lock is one of this JVM, held until the transaction ends;
 * an H2 server or PostgreSQL keeps it in the database (several JVMs share those).
 */
class RequesterLocksTests {

	@Test
	void onlyH2InThisProcessIsEmbedded() {
		assertThat(RequesterLocks.embedded("jdbc:h2:file:./data/db/caso;MODE=PostgreSQL")).isTrue();
		assertThat(RequesterLocks.embedded("jdbc:h2:mem:test")).isTrue();
		assertThat(RequesterLocks.embedded("jdbc:h2:tcp://db.internal/caso")).isFalse();
		assertThat(RequesterLocks.embedded("jdbc:h2:ssl://db.internal/caso")).isFalse();
		assertThat(RequesterLocks.embedded("jdbc:postgresql://127.0.0.1:5432/caso")).isFalse();
	}

	@Test
	void aSecondTransactionOnTheSameRequesterWaitsUntilTheFirstHasEnded() throws Exception {
		JdbcDataSource h2 = new JdbcDataSource();
		h2.setURL("jdbc:h2:mem:requester-locks;DB_CLOSE_DELAY=-1");
		RequesterLocks locks = new RequesterLocks(new CaseRepository(JdbcClient.create(h2), null), h2);
		TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(h2));
		CountDownLatch firstHolds = new CountDownLatch(1);
		CountDownLatch firstMayEnd = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(3);
		try {
			Future<?> first = threads.submit(() -> transactions.executeWithoutResult((status) -> {
				locks.lock("Cliente@Empresa.test");
				firstHolds.countDown();
				await(firstMayEnd);
			}));
			assertThat(firstHolds.await(5, TimeUnit.SECONDS)).isTrue();
			Future<?> second = threads
				.submit(() -> transactions.executeWithoutResult((status) -> locks.lock("cliente@empresa.test")));
			Future<?> other = threads
				.submit(() -> transactions.executeWithoutResult((status) -> locks.lock("otra@empresa.test")));

			other.get(5, TimeUnit.SECONDS);
			assertThatExceptionOfType(TimeoutException.class).isThrownBy(() -> second.get(300, TimeUnit.MILLISECONDS));
			firstMayEnd.countDown();
			first.get(5, TimeUnit.SECONDS);
			second.get(5, TimeUnit.SECONDS);
		}
		finally {
			firstMayEnd.countDown();
			threads.shutdownNow();
		}
	}

	@Test
	void aLockOutsideATransactionIsRefused() {
		JdbcDataSource h2 = new JdbcDataSource();
		h2.setURL("jdbc:h2:mem:requester-locks-none;DB_CLOSE_DELAY=-1");
		RequesterLocks locks = new RequesterLocks(new CaseRepository(JdbcClient.create(h2), null), h2);

		assertThatIllegalStateException().isThrownBy(() -> locks.lock("cliente@empresa.test"));
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
