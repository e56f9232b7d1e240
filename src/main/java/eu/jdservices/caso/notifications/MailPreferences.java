package eu.jdservices.caso.notifications;

/**
 * Which notifications an agent also wants by mail (all of them until the agent chooses).
 *
 * @param assigned a case assigned to them
 * @param customerReplied a customer's reply on their case
 * @param targetSoon a response target of their case about to be missed
 */
public record MailPreferences(boolean assigned, boolean customerReplied, boolean targetSoon) {

	/** Everything by mail. */
	public static final MailPreferences ALL = new MailPreferences(true, true, true);

	boolean wants(NotificationKind kind) {
		return switch (kind) {
			case ASSIGNED -> this.assigned;
			case CUSTOMER_REPLIED -> this.customerReplied;
			case TARGET_SOON -> this.targetSoon;
		};
	}

}
