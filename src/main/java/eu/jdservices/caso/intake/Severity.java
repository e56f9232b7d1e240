package eu.jdservices.caso.intake;

/**
 * Severity of a case, given by the intake address the customer wrote to (S1.1): A
 * critical, B moderate/high, C minimal / requests. Declared from highest to lowest.
 */
public enum Severity {

	A, B, C;

	/** The higher of two severities (A is the highest). */
	public Severity max(Severity other) {
		return (other.ordinal() < ordinal()) ? other : this;
	}

}
