package eu.jdservices.caso.intake;

import eu.jdservices.caso.support.MigratedH2;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

class ImapLeaseTests {

	final JdbcClient jdbc = MigratedH2.create().jdbc();

	final ImapLease first = new ImapLease(this.jdbc, "node-1");

	final ImapLease second = new ImapLease(this.jdbc, "node-2");

	@Test
	void onlyOneNodeHoldsAMailboxAndTheHolderRenewsIt() {
		assertThat(this.first.acquire("support@imap/INBOX")).isTrue();

		assertThat(this.second.acquire("support@imap/INBOX")).isFalse();
		assertThat(this.first.acquire("support@imap/INBOX")).as("renewed").isTrue();
		assertThat(this.second.acquire("other@imap/INBOX")).as("another mailbox").isTrue();
	}

	@Test
	void whenTheHoldersLeaseRunsOutAnotherNodeTakesTheMailboxOver() {
		this.first.acquire("support@imap/INBOX");
		this.jdbc.sql("UPDATE intake_imap_lease SET expires_at = CURRENT_TIMESTAMP - INTERVAL '1' SECOND").update();

		assertThat(this.second.acquire("support@imap/INBOX")).isTrue();
		assertThat(this.first.acquire("support@imap/INBOX")).isFalse();
	}

	@Test
	void aNodeThatStopsReleasesItsMailboxesAtOnce() {
		this.first.acquire("support@imap/INBOX");

		this.first.release("support@imap/INBOX");

		assertThat(this.second.acquire("support@imap/INBOX")).isTrue();
	}

}
