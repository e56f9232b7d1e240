package eu.jdservices.caso.directory;

/**
 * What is known of an organisation's VAT ID.
 */
public enum VatIdStatus {

	/** The organisation has no VAT ID. */
	NONE,
	/**
	 * Its format and check digits are right, and VIES has not confirmed it: no VIES
	 * endpoint is configured, or VIES could not answer ({@code MS_UNAVAILABLE}: try
	 * later). Counts as valid.
	 */
	NOT_CONFIRMED,
	/** VIES confirmed it is valid for intra-EU operations (consultation number kept). */
	CONFIRMED,
	/** VIES said it is not valid for intra-EU operations. */
	INVALID,
	/** A VAT ID of a country outside the EU: kept as written, nothing to check. */
	NOT_CHECKED;

	/** Whether it counts as valid for intra-EU operations (reverse charge). */
	public boolean validForIntraEu() {
		return this == NOT_CONFIRMED || this == CONFIRMED;
	}

}
