package eu.jdservices.caso.intake;

/**
 * What became of an inbound mail (CONTRACT.md "Inbound decisions").
 */
public enum Decision {

	/** A new case was opened. */
	CASE_OPENED,
	/** Added to an existing case. */
	APPENDED,
	/** No case; the sender got a notice saying why. */
	REJECTED,
	/** Automatic mail, loop or duplicate: kept, no notice. */
	IGNORED,
	/** Kept for an agent: unparseable, undeliverable, suspicious. */
	QUARANTINED

}
