package eu.jdservices.caso.outbound;

import java.time.Duration;

/**
 * One sender's connection to the relay, kept open from one round to the next for up to
 * {@code caso.outbound.relay-keep-alive} after its last mail: a connection of its own for
 * each mail (TCP, greeting, EHLO, and TLS and AUTH where the relay asks for them) cost
 * the sender and the relay about as much as the mail. A connection idle for more than a
 * second is asked whether it is still there before it is used again; one that carried a
 * failure is closed, and the next round opens another. As with Postfix's connection
 * cache, a connection is not kept for ever: after {@value #MAX_MAILS} mails or
 * {@value #MAX_MINUTES} minutes the next mail opens a new one (relays limit what one
 * connection may carry). Used by one sender thread only.
 */
final class KeptConnection implements AutoCloseable {

	static final int MAX_MAILS = 100;

	static final int MAX_MINUTES = 5;

	private static final long ASK_AFTER_NANOS = Duration.ofSeconds(1).toNanos();

	private static final long MAX_AGE_NANOS = Duration.ofMinutes(MAX_MINUTES).toNanos();

	private final Delivery delivery;

	private final long keepAliveNanos;

	private Delivery.Batch open;

	private long lastUsed;

	private long openedAt;

	private int carried;

	KeptConnection(Delivery delivery, Duration keepAlive) {
		this.delivery = delivery;
		this.keepAliveNanos = keepAlive.toNanos();
	}

	/** The open connection, or a new one when there is none or it is gone. */
	Delivery.Batch get() throws Exception {
		if (this.open != null) {
			long now = System.nanoTime();
			long idle = now - this.lastUsed;
			if (idle > this.keepAliveNanos || this.carried >= MAX_MAILS || now - this.openedAt > MAX_AGE_NANOS
					|| (idle > ASK_AFTER_NANOS && !this.open.usable())) {
				close();
			}
		}
		if (this.open == null) {
			this.open = this.delivery.open();
			this.openedAt = System.nanoTime();
			this.lastUsed = this.openedAt;
			this.carried = 0;
		}
		return this.open;
	}

	/** A mail went over the connection: after anything but a delivery it is closed. */
	void carried(DeliveryResult result) {
		this.lastUsed = System.nanoTime();
		this.carried++;
		if (!(result instanceof DeliveryResult.Delivered)) {
			close();
		}
	}

	/** A round ended: without a keep-alive the connection is closed now. */
	void roundEnded() {
		if (this.keepAliveNanos == 0) {
			close();
		}
	}

	/** Nothing to send: the connection is closed once it has been idle long enough. */
	void closeIfIdle() {
		if (this.open != null && System.nanoTime() - this.lastUsed >= this.keepAliveNanos) {
			close();
		}
	}

	@Override
	public void close() {
		if (this.open != null) {
			Delivery.Batch closing = this.open;
			this.open = null;
			closing.close();
		}
	}

}
