package eu.jdservices.caso.cases;

/**
 * Where a case stands. A closed or cancelled case has ended: it is never reopened.
 */
public enum Status {

	OPEN, WAITING_FOR_CUSTOMER, CLOSED, CANCELLED;

	/** Closed or cancelled. */
	public boolean isEnded() {
		return this == CLOSED || this == CANCELLED;
	}

}
