package eu.jdservices.caso.outbound;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KeptConnectionTests {

	final CountingDelivery relay = new CountingDelivery();

	@Test
	void mailAfterMailGoesOverTheConnectionAlreadyOpen() throws Exception {
		try (KeptConnection connection = new KeptConnection(this.relay, Duration.ofSeconds(10))) {
			for (int mail = 0; mail < 3; mail++) {
				connection.get();
				connection.carried(new DeliveryResult.Delivered(List.of()));
				connection.roundEnded();
				connection.closeIfIdle();
			}
		}

		assertThat(this.relay.opened).hasSize(1);
		assertThat(this.relay.opened.get(0).closed).as("closed with the sender").isTrue();
	}

	@Test
	void aConnectionCarriesAtMostAHundredMails() throws Exception {
		try (KeptConnection connection = new KeptConnection(this.relay, Duration.ofSeconds(10))) {
			for (int mail = 0; mail <= KeptConnection.MAX_MAILS; mail++) {
				connection.get();
				connection.carried(new DeliveryResult.Delivered(List.of()));
			}
		}

		assertThat(this.relay.opened).hasSize(2);
		assertThat(this.relay.opened.get(0).closed).isTrue();
	}

	@Test
	void aConnectionThatCarriedARefusalIsClosedAndTheNextMailOpensAnother() throws Exception {
		try (KeptConnection connection = new KeptConnection(this.relay, Duration.ofSeconds(10))) {
			connection.get();
			connection.carried(new DeliveryResult.Undeliverable("550 5.1.1 User unknown", List.of()));
			assertThat(this.relay.opened.get(0).closed).isTrue();
			connection.get();
		}

		assertThat(this.relay.opened).hasSize(2);
	}

	@Test
	void withoutAKeepAliveEachRoundClosesItsConnection() throws Exception {
		try (KeptConnection connection = new KeptConnection(this.relay, Duration.ZERO)) {
			connection.get();
			connection.carried(new DeliveryResult.Delivered(List.of()));
			connection.roundEnded();
			assertThat(this.relay.opened.get(0).closed).isTrue();
			connection.get();
		}

		assertThat(this.relay.opened).hasSize(2);
	}

	@Test
	void aConnectionIdleForMoreThanASecondIsAskedAndReplacedWhenGone() throws Exception {
		try (KeptConnection connection = new KeptConnection(this.relay, Duration.ofSeconds(10))) {
			connection.get();
			connection.carried(new DeliveryResult.Delivered(List.of()));
			this.relay.opened.get(0).gone = true;
			Thread.sleep(1100);
			connection.get();
		}

		assertThat(this.relay.opened).hasSize(2);
		assertThat(this.relay.opened.get(0).asked).isTrue();
	}

	static final class CountingDelivery implements Delivery {

		final List<Batch> opened = new ArrayList<>();

		@Override
		public Delivery.Batch open() {
			Batch batch = new Batch();
			this.opened.add(batch);
			return batch;
		}

		static final class Batch implements Delivery.Batch {

			boolean closed;

			boolean gone;

			boolean asked;

			@Override
			public DeliveryResult deliver(Outbox.Claimed mail) {
				return new DeliveryResult.Delivered(List.of());
			}

			@Override
			public boolean usable() {
				this.asked = true;
				return !this.gone;
			}

			@Override
			public void close() {
				this.closed = true;
			}

		}

	}

}
