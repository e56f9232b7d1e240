package eu.jdservices.caso.policy;

/**
 * What a guideline check does with what it finds, set per check in
 * {@code caso.policy.<check>.action}. Declared from weakest to strongest.
 */
public enum Action {

	/** The check does not run, and none of its effects are applied. */
	OFF,
	/** A hint for agents only. */
	INFO,
	/** The case opens; the acknowledgement tells the customer what to do better. */
	WARN,
	/** No case opens; the customer gets a notice saying why. */
	REJECT;

	/** The stronger of two actions. */
	public Action max(Action other) {
		return (other.ordinal() > ordinal()) ? other : this;
	}

}
