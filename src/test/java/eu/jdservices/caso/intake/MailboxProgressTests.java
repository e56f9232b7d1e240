package eu.jdservices.caso.intake;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MailboxProgressTests {

	static final Instant CONNECTED = Instant.parse("2026-12-01T10:00:00Z");

	@Test
	void sinceNowTakesOnlyUidsFromTheUidNextOfTheFirstConnection() {
		MailboxProgress progress = MailboxProgress.first(CONNECTED, 7, 42, ImapProperties.Since.NOW);

		assertThat(progress.takes(41, CONNECTED.minusSeconds(60), ImapProperties.Since.NOW)).isFalse();
		assertThat(progress.takes(42, CONNECTED.plusSeconds(1), ImapProperties.Since.NOW)).isTrue();
		assertThat(progress.lastUid()).isEqualTo(41);
	}

	@Test
	void sinceAllTakesEveryUidAndTellsTheOldOnesByUid() {
		MailboxProgress progress = MailboxProgress.first(CONNECTED, 7, 42, ImapProperties.Since.ALL);

		assertThat(progress.takes(1, CONNECTED.minusSeconds(60), ImapProperties.Since.ALL)).isTrue();
		assertThat(progress.old(41, null)).isTrue();
		assertThat(progress.old(42, null)).isFalse();
		assertThat(progress.lastUid()).isZero();
	}

	@Test
	void aNewUidValidityScansFromTheStartAndTellsOldMailByItsArrival() {
		MailboxProgress progress = MailboxProgress.first(CONNECTED, 7, 42, ImapProperties.Since.NOW)
			.taken(50)
			.rescanned(8);

		assertThat(progress.lastUid()).isZero();
		assertThat(progress.takes(1, CONNECTED.plusSeconds(5), ImapProperties.Since.NOW)).isTrue();
		assertThat(progress.takes(2, CONNECTED.minusSeconds(5), ImapProperties.Since.NOW)).isFalse();
		assertThat(progress.takes(2, CONNECTED.minusSeconds(5), ImapProperties.Since.ALL)).isTrue();
		assertThat(progress.old(2, CONNECTED.minusSeconds(5))).isTrue();
	}

	@Test
	void takingAnOlderUidNeverMovesTheProgressBack() {
		MailboxProgress progress = MailboxProgress.first(CONNECTED, 7, 1, ImapProperties.Since.NOW).taken(9).taken(3);

		assertThat(progress.lastUid()).isEqualTo(9);
	}

}
