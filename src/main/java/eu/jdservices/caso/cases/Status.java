package eu.jdservices.caso.cases;

/**
 * Where a case stands (CONTRACT.md).
 */
public enum Status {

	OPEN, WAITING_FOR_CUSTOMER, CLOSED, CANCELLED

}
