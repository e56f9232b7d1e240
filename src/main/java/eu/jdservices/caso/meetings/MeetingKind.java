package eu.jdservices.caso.meetings;

/**
 * What kind of meeting an agent schedules on a case.
 */
public enum MeetingKind {

	/** A phone call (S1.8: at our initiative). */
	CALL,
	/** A video meeting with a join link. */
	VIDEO,
	/**
	 * A remote session on the customer's screen (S2.7: no third parties' personal data or
	 * confidential information on screen).
	 */
	REMOTE_SESSION

}
