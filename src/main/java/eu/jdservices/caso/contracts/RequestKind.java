package eu.jdservices.caso.contracts;

/**
 * What a customer asks about a contract (S1.3, S5.3).
 */
public enum RequestKind {

	/** A service not contracted yet. */
	CONTRACTING,
	/** Another plan, more or fewer licences, another billing. */
	CHANGE,
	/** Ending a contract. */
	CANCELLATION

}
