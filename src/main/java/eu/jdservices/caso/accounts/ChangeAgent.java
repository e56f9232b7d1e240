package eu.jdservices.caso.accounts;

/**
 * Command: change an agent's name, role, team or whether it may sign in.
 *
 * @param name display name
 * @param role one of {@link Roles}
 * @param team a team's name, or empty for none
 * @param enabled whether the agent may sign in
 */
public record ChangeAgent(String name, String role, String team, boolean enabled) {
}
