package eu.jdservices.caso.outbound;

/**
 * Where claimed mail goes: the SMTP relay, or the dev outbox without one. A batch carries
 * one batch, mail by mail, so each can be marked the moment it left.
 */
interface Delivery {

	/** Opens a batch; a failure here (relay unreachable) defers the whole batch. */
	Batch open() throws Exception;

	/** One connection's worth of deliveries. */
	interface Batch extends AutoCloseable {

		DeliveryResult deliver(Outbox.Claimed mail);

		/** Whether the connection can still carry mail (after being idle). */
		default boolean usable() {
			return true;
		}

		@Override
		void close();

	}

}
