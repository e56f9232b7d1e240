package eu.jdservices.caso.contracts;

/**
 * Where a contract stands on a day.
 */
public enum ContractStatus {

	/** It starts later. */
	PENDING,
	/** It runs and renews automatically. */
	ACTIVE,
	/** It runs until its end date and does not renew (cancelled, or no auto-renewal). */
	ENDING,
	/** It has ended. */
	ENDED

}
