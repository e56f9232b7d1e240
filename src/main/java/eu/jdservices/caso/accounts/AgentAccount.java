package eu.jdservices.caso.accounts;

/**
 * An agent's account as administrators see it (never its password).
 *
 * @param email sign-in address, lower-case
 * @param name display name
 * @param role one of {@link Roles}
 * @param team the agent's team, or {@code null}
 * @param enabled whether the agent may sign in
 */
public record AgentAccount(String email, String name, String role, String team, boolean enabled) {
}
