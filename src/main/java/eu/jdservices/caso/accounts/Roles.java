package eu.jdservices.caso.accounts;

import java.util.List;

/**
 * Account roles.
 */
public final class Roles {

	/** Works cases. */
	public static final String AGENT = "AGENT";

	/** Works cases and leads a team of agents. */
	public static final String TEAM_LEAD = "TEAM_LEAD";

	/** Works cases and administers agents, teams and the directory. */
	public static final String ADMIN = "ADMIN";

	/** Every role, from least to most powerful. */
	public static final List<String> ALL = List.of(AGENT, TEAM_LEAD, ADMIN);

	private Roles() {
	}

}
