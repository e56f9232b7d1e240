package eu.jdservices.caso.outbound;

import java.util.List;

/**
 * What became of one attempt to hand a mail to the relay (or the dev outbox).
 */
sealed interface DeliveryResult {

	/**
	 * The relay took the mail for every recipient, or for some: those it refused for good
	 * are listed.
	 */
	record Delivered(List<Refusal> refused) implements DeliveryResult {

		public Delivered {
			refused = List.copyOf(refused);
		}

		static Delivered toAll() {
			return new Delivered(List.of());
		}

	}

	/**
	 * The mail can never be delivered as it is (5xx for every recipient, an invalid
	 * address, unreadable bytes): not retried.
	 */
	record Undeliverable(String reason, List<Refusal> refused) implements DeliveryResult {

		public Undeliverable {
			refused = List.copyOf(refused);
		}

	}

	/**
	 * A temporary failure (4xx, the relay unreachable, the connection lost): retried
	 * later. With {@code connectionLost} the rest of the batch waits too.
	 */
	record Deferred(String reason, boolean connectionLost) implements DeliveryResult {
	}

	/**
	 * One recipient the relay refused for good.
	 *
	 * @param address the recipient
	 * @param reason the relay's answer (or why the address is invalid)
	 */
	record Refusal(String address, String reason) {
	}

}
