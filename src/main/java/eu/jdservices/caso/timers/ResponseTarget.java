package eu.jdservices.caso.timers;

/** Where the provider's response target of a case stands. */
public enum ResponseTarget {

	/** Not near, or met: nothing to warn about. */
	ON_TIME,

	/** 80 % of the time has passed without our answer. */
	SOON,

	/** The time has passed without our answer. */
	BREACHED

}
