package eu.jdservices.caso.outbound;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxLeaseTests {

	@Test
	void aFreshClaimIsHeldAndOneOlderThanTwoThirdsOfTheLeaseIsNot() {
		OutboxLease lease = lease(Duration.ofSeconds(15));
		long now = System.nanoTime();

		assertThat(lease.stillHeld(now, now)).isTrue();
		assertThat(lease.stillHeld(now - Duration.ofSeconds(9).toNanos(), now)).isTrue();
		assertThat(lease.stillHeld(now - Duration.ofSeconds(11).toNanos(), now)).isFalse();
	}

	@Test
	void aRenewalThatBeganAfterTheClaimExtendsIt() {
		OutboxLease lease = lease(Duration.ofSeconds(15));
		long claimed = System.nanoTime() - Duration.ofSeconds(30).toNanos();

		lease.renewed(System.nanoTime() - Duration.ofSeconds(1).toNanos());

		assertThat(lease.stillHeld(claimed, claimed + 1_000_000)).isTrue();
	}

	@Test
	void aRenewalThatBeganBeforeTheClaimWasCommittedDoesNotCountForIt() {
		OutboxLease lease = lease(Duration.ofSeconds(15));
		long renewal = System.nanoTime() - Duration.ofSeconds(12).toNanos();
		lease.renewed(renewal);

		assertThat(lease.stillHeld(renewal - 1_000_000, renewal + 1_000_000)).isFalse();
	}

	private static OutboxLease lease(Duration duration) {
		return new OutboxLease(new OutboundProperties("JD Services", java.nio.file.Path.of("target/outbox"), 2, 50,
				Duration.ofMillis(500), duration, Duration.ofSeconds(5), Duration.ofMinutes(30), 60,
				"http://localhost:8080", null, Duration.ofMinutes(10), "c@jd-services.eu",
				new OutboundProperties.Verification(10), new OutboundProperties.Dkim(null, null, null),
				Duration.ofSeconds(10)));
	}

}
