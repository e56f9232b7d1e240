package eu.jdservices.caso.accounts;

import java.time.OffsetDateTime;

/**
 * A temporary lock after repeated failed sign-ins, as administrators see it.
 *
 * @param kind {@code ACCOUNT} or {@code CLIENT}
 * @param subject the account's address or the client's address
 * @param failures failed sign-ins counted
 * @param lockedUntil until when sign-ins are refused
 */
public record SignInLock(Kind kind, String subject, int failures, OffsetDateTime lockedUntil) {

	/** What is locked. */
	public enum Kind {

		/** One account, from wherever. */
		ACCOUNT,
		/** One client address, for every account. */
		CLIENT

	}

}
