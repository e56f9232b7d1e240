package eu.jdservices.caso.meetings;

/**
 * What the agent records after a meeting.
 */
public enum MeetingOutcome {

	/** It took place. */
	HELD,
	/** The customer did not attend: {@code MISSED_MEETING}, non-cooperation (S2.6). */
	CUSTOMER_ABSENT;

	MeetingStatus status() {
		return (this == HELD) ? MeetingStatus.HELD : MeetingStatus.CUSTOMER_ABSENT;
	}

}
