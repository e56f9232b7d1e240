package eu.jdservices.caso;

import java.time.Duration;

import eu.jdservices.caso.support.MovableClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClientRateLimitTests {

	@Test
	void eachClientHasItsShareOfLookUpsPerMinute() {
		MovableClock clock = new MovableClock(java.time.Instant.parse("2026-11-25T10:00:00Z"));
		ClientRateLimit limit = new ClientRateLimit(3, clock);

		assertThat(limit.tryAcquire("192.0.2.1")).isTrue();
		assertThat(limit.tryAcquire("192.0.2.1")).isTrue();
		assertThat(limit.tryAcquire("192.0.2.1")).isTrue();
		assertThat(limit.tryAcquire("192.0.2.1")).isFalse();
		assertThat(limit.tryAcquire("192.0.2.2")).as("another client").isTrue();

		clock.advance(Duration.ofSeconds(61));
		assertThat(limit.tryAcquire("192.0.2.1")).as("a minute later").isTrue();
	}

}
