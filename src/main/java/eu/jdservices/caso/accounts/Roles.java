package eu.jdservices.caso.accounts;

/**
 * Account roles.
 */
public final class Roles {

	/** Works cases. */
	public static final String AGENT = "AGENT";

	/** Works cases and administers agents, teams and the directory. */
	public static final String ADMIN = "ADMIN";

	private Roles() {
	}

}
