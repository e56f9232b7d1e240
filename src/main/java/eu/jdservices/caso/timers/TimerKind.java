package eu.jdservices.caso.timers;

/**
 * What a timer does when it fires.
 */
enum TimerKind {

	/** Part of the customer's window has passed: remind the contacts (S2.6). */
	CUSTOMER_REMINDER,
	/** The customer's window has passed: lower the severity or cancel (S2.6). */
	CUSTOMER_EXPIRY,
	/** 80 % of the provider's response target has passed: tell the team. */
	RESPONSE_SOON,
	/** The provider's response target has passed: tell the team. */
	RESPONSE_BREACHED;

	static final java.util.List<TimerKind> CUSTOMER = java.util.List.of(CUSTOMER_REMINDER, CUSTOMER_EXPIRY);

	static final java.util.List<TimerKind> RESPONSE = java.util.List.of(RESPONSE_SOON, RESPONSE_BREACHED);

}
