package eu.jdservices.caso.accounts;

/**
 * What the audit log records: administrators' actions and sign-ins.
 */
public enum AuditAction {

	/** An agent signed in to the console. */
	SIGN_IN,
	/** A sign-in failed (wrong password, wrong second factor, unknown account). */
	SIGN_IN_FAILED,
	/** Repeated failures locked an account or a client address for a while. */
	SIGN_IN_LOCKED,
	/** An administrator lifted a lock. */
	SIGN_IN_UNLOCKED,
	/** An account was created. */
	AGENT_CREATED,
	/** An account's name, role, team or whether it may sign in changed. */
	AGENT_CHANGED,
	/** An administrator set a new password. */
	PASSWORD_RESET,
	/** A team was created. */
	TEAM_CREATED,
	/** A team was renamed. */
	TEAM_RENAMED,
	/** The customer directory was imported. */
	DIRECTORY_IMPORTED,
	/** Contracts were imported. */
	CONTRACTS_IMPORTED,
	/** A personal API token was created. */
	TOKEN_CREATED,
	/** A personal API token was revoked. */
	TOKEN_REVOKED,
	/** Two-factor sign-in was turned on. */
	TWO_FACTOR_ENABLED,
	/** Two-factor sign-in was turned off (by the agent, or reset by an administrator). */
	TWO_FACTOR_DISABLED,
	/** A recovery code was used instead of a time-based code. */
	RECOVERY_CODE_USED

}
