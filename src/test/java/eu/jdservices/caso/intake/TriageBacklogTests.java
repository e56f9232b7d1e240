package eu.jdservices.caso.intake;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TriageBacklogTests {

	final TriageBacklog backlog = new TriageBacklog(IntakeFixtures.properties(2, List.of()));

	@Test
	void newMailWaitsWhileTooManyStoredMailsAreUndecided() throws Exception {
		this.backlog.added(1);
		this.backlog.added(2);

		assertThat(this.backlog.awaitRoom(Duration.ofMillis(50))).isFalse();

		CompletableFuture<Boolean> waiting = CompletableFuture.supplyAsync(() -> {
			try {
				return this.backlog.awaitRoom(Duration.ofSeconds(5));
			}
			catch (InterruptedException ex) {
				return false;
			}
		});
		this.backlog.done(1);
		assertThat(waiting.get(5, TimeUnit.SECONDS)).isTrue();
	}

	@Test
	void mailDecidedElsewhereDoesNotFreeRoomTwice() {
		this.backlog.added(1);
		this.backlog.done(7);
		this.backlog.done(1);
		this.backlog.done(1);

		assertThat(this.backlog.size()).isZero();
	}

}
