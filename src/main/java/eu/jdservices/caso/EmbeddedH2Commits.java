package eu.jdservices.caso;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * Group commit on the embedded H2 database: a transaction returns from its commit only
 * once what it wrote is in the database file, as with H2's {@code WRITE_DELAY=0}, but the
 * transactions that commit while the file is being written share the next write instead
 * of writing one after the other. Every commit of H2's store writes all pages changed
 * since the last one: with {@code WRITE_DELAY=0} each of the intake's, the deciding
 * threads' and the outbox's commits wrote them again (1.4 GB of file for 3,300 mails, a
 * third of the intake's time).
 *
 * <p>
 * Waited for after the transaction's synchronisations ran (so a requester's lock is
 * already released) and before the caller goes on: the intake answers {@code 250}, the
 * outbox hands a mail to the relay, a mailbox's message is moved only after it. What an
 * agent or a mail sees later is never less than what was written, because the file is
 * written in commit order. A statement outside a transaction is written by H2 itself
 * within the URL's {@code WRITE_DELAY}. PostgreSQL and H2 servers commit durably
 * themselves: this does nothing there.
 */
@Component
class EmbeddedH2Commits implements TransactionExecutionListener {

	private final DataSource dataSource;

	private final boolean embedded;

	private final Object writing = new Object();

	/** Transactions that committed and wait for (or got) their write, in order. */
	private final AtomicLong committed = new AtomicLong();

	/** Up to which of them the file holds what they wrote. */
	private long written;

	EmbeddedH2Commits(DataSource dataSource) {
		this.dataSource = dataSource;
		this.embedded = EmbeddedH2.in(dataSource);
		if (this.embedded) {
			// H2 lets only an administrator write its store on demand: say so at start,
			// not at the first mail
			write();
		}
	}

	@Override
	public void afterCommit(TransactionExecution transaction, Throwable commitFailure) {
		if (this.embedded && commitFailure == null && !transaction.isReadOnly()) {
			awaitWritten();
		}
	}

	/** Returns once the file holds every transaction committed before this call. */
	void awaitWritten() {
		long mine = this.committed.incrementAndGet();
		synchronized (this.writing) {
			if (this.written >= mine) {
				// a write that started after this transaction committed has finished
				return;
			}
			long upTo = this.committed.get();
			write();
			this.written = upTo;
		}
	}

	private void write() {
		// the committing thread's own connection, still bound to it: asking the pool for
		// another could wait for connections held by the transactions waiting here
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try (Statement statement = connection.createStatement()) {
			statement.execute("CHECKPOINT");
		}
		catch (SQLException ex) {
			// the database's fault, not the mail's: the intake answers with a temporary
			// failure, a mail being decided waits undecided for the database
			throw new DataAccessResourceFailureException("Could not write the embedded H2 database to its file "
					+ "(CHECKPOINT; the database user must be an administrator): " + ex.getMessage(), ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

}
