package eu.jdservices.caso.notifications;

/** What an agent is told about. */
public enum NotificationKind {

	/** A case was assigned to the agent. */
	ASSIGNED,

	/** The customer wrote on the agent's case. */
	CUSTOMER_REPLIED,

	/** Our response target on the agent's case is about to be missed. */
	TARGET_SOON

}
