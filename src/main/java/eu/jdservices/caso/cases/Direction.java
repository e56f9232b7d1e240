package eu.jdservices.caso.cases;

/** Which way a message of a case went. */
public enum Direction {

	/** A mail from outside (customer, bounce). */
	IN,

	/** A mail we sent. */
	OUT,

	/** An internal note that never leaves. */
	NOTE

}
