package eu.jdservices.caso.intake;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When an access token is due for renewal: 10 % of its lifetime before it expires, at
 * most 60 s before.
 */
class AccessTokensTests {

	static final Instant ISSUED = Instant.parse("2026-12-02T10:00:00Z");

	@Test
	void aTokenOfAnHourIsRenewedAMinuteBeforeItExpires() {
		AccessTokens.Token token = new AccessTokens.Token("t", ISSUED, ISSUED.plus(Duration.ofHours(1)));

		assertThat(token.dueAt(ISSUED.plus(Duration.ofMinutes(58)))).isFalse();
		assertThat(token.dueAt(ISSUED.plus(Duration.ofMinutes(59)))).isTrue();
	}

	@Test
	void aShortLivedTokenIsRenewedWhenNineTenthsOfItsLifetimeAreOver() {
		AccessTokens.Token token = new AccessTokens.Token("t", ISSUED, ISSUED.plusSeconds(100));

		assertThat(token.dueAt(ISSUED.plusSeconds(89))).isFalse();
		assertThat(token.dueAt(ISSUED.plusSeconds(90))).isTrue();
	}

	@Test
	void aTokenWithoutExpiryIsKeptUntilTheServerRefusesIt() {
		AccessTokens.Token token = new AccessTokens.Token("t", ISSUED, null);

		assertThat(token.dueAt(ISSUED.plus(Duration.ofDays(30)))).isFalse();
		assertThat(token.toString()).doesNotContain("t,").isEqualTo("Token[expiresAt=null]");
	}

}
