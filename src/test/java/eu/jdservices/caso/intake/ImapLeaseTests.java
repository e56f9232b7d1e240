package eu.jdservices.caso.intake;

import eu.jdservices.caso.support.MigratedH2;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The lease on H2; {@link ImapLeaseOnPostgresTests} runs the same on PostgreSQL. */
class ImapLeaseTests {

	final JdbcClient jdbc = database();

	JdbcClient database() {
		return MigratedH2.create().jdbc();
	}

	final String mailbox = "support@imap/" + java.util.UUID.randomUUID();

	final ImapLease first = new ImapLease(this.jdbc, "node-1");

	final ImapLease second = new ImapLease(this.jdbc, "node-2");

	@Test
	void onlyOneNodeHoldsAMailboxAndTheHolderRenewsIt() {
		assertThat(this.first.acquire(this.mailbox)).isTrue();

		assertThat(this.second.acquire(this.mailbox)).isFalse();
		assertThat(this.first.acquire(this.mailbox)).as("renewed").isTrue();
		assertThat(this.second.acquire(this.mailbox + "-other")).as("another mailbox").isTrue();
	}

	@Test
	void whenTheHoldersLeaseRunsOutAnotherNodeTakesTheMailboxOver() {
		this.first.acquire(this.mailbox);
		this.jdbc
			.sql("UPDATE intake_imap_lease SET expires_at = CURRENT_TIMESTAMP - INTERVAL '1' SECOND WHERE mailbox = :m")
			.param("m", this.mailbox)
			.update();

		assertThat(this.second.acquire(this.mailbox)).isTrue();
		assertThat(this.first.acquire(this.mailbox)).isFalse();
	}

	@Test
	void aNodeThatStopsReleasesItsMailboxesAtOnce() {
		this.first.acquire(this.mailbox);

		this.first.release(this.mailbox);

		assertThat(this.second.acquire(this.mailbox)).isTrue();
	}

	@Test
	void aLeaseLastsAsLongAsConfiguredAndIsRenewedFourTimesInIt() {
		ImapLease shortLease = new ImapLease(this.jdbc, "node-3", java.time.Duration.ofSeconds(6));
		shortLease.acquire(this.mailbox);

		java.time.Duration left = this.jdbc
			.sql("SELECT CURRENT_TIMESTAMP AS now, expires_at FROM intake_imap_lease WHERE mailbox = :m")
			.param("m", this.mailbox)
			.query((rs, row) -> java.time.Duration.between(rs.getObject("now", java.time.OffsetDateTime.class),
					rs.getObject("expires_at", java.time.OffsetDateTime.class)))
			.single();
		assertThat(left).isBetween(java.time.Duration.ofSeconds(5), java.time.Duration.ofSeconds(6));
		assertThat(shortLease.renewEvery()).hasMillis(1500);
		assertThat(this.first.renewEvery()).as("the default, 20 s").hasSeconds(5);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ImapLease(this.jdbc, "node-4", java.time.Duration.ofSeconds(1)))
			.withMessage("caso.intake.imap.lease must be at least 2s, not PT1S");
	}

}
