package eu.jdservices.caso.meetings;

/**
 * Where a meeting stands.
 */
public enum MeetingStatus {

	/** Invited; it is still to happen, or its outcome is not recorded yet. */
	SCHEDULED,
	/** Cancelled by the agent (the attendees got a CANCEL). */
	CANCELLED,
	/** It took place. */
	HELD,
	/** The customer did not attend (S2.6). */
	CUSTOMER_ABSENT;

	/** Whether the meeting can still be moved, cancelled or answered. */
	public boolean isOpen() {
		return this == SCHEDULED;
	}

}
