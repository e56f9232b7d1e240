package eu.jdservices.caso.outbound;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import eu.jdservices.caso.support.MigratedH2;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A node renews the leases of the mails its senders are sending, and only those: a mail
 * whose round failed before its result was recorded (the database went away) is claimed
 * again once its lease ran out, instead of staying the node's for as long as it lives.
 */
class OutboxClaimsTests {

	static final Duration LEASE = Duration.ofSeconds(4);

	final JdbcClient jdbc = JdbcClient.create(MigratedH2.create().dataSource());

	final Outbox outbox = new Outbox(this.jdbc, Clock.systemUTC(), new OutboxWakeUp(), new Verifications(this.jdbc));

	@Test
	void aClaimNoSenderIsWorkingOnIsNotRenewedAndIsClaimedAgainWhenItsLeaseRanOut() throws Exception {
		queue("ack-1@jd-services.eu", "K7QP-2M4X");
		queue("ack-2@jd-services.eu", "R9TD-6H3W");
		List<Outbox.Claimed> claimed = this.outbox.claim(10, "node-1", LEASE);
		assertThat(claimed).hasSize(2);
		long failedRound = claimed.get(0).id();
		long stillSending = claimed.get(1).id();
		assertThat(this.outbox.claim(10, "node-1", LEASE)).as("both are node-1's while their lease lasts").isEmpty();

		Thread.sleep(LEASE.toMillis() / 2);
		assertThat(this.outbox.renew("node-1", LEASE, List.of(stillSending))).isEqualTo(1);
		assertThat(this.outbox.renew("node-1", LEASE, List.of())).isZero();
		Thread.sleep(LEASE.toMillis() * 3 / 4);

		assertThat(this.outbox.claim(10, "node-1", LEASE)).extracting(Outbox.Claimed::id)
			.as("the mail of the failed round, claimed again; the other still being sent")
			.containsExactly(failedRound);
	}

	private void queue(String messageId, String verificationCode) {
		this.outbox.queue(
				new ComposedMail(messageId, "c@jd-services.eu", List.of("mario.pueyo@talleresebro.es"),
						"Subject: Caso abierto\r\n\r\nHola\r\n".getBytes(), verificationCode, OffsetDateTime.now()),
				OutboxKind.ACKNOWLEDGEMENT, null);
	}

}
