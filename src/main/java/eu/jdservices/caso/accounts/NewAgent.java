package eu.jdservices.caso.accounts;

/**
 * Command: create an agent account.
 *
 * @param email sign-in address
 * @param name display name
 * @param password the initial password (at least {@link Agents#MIN_PASSWORD_LENGTH}
 * characters); only its hash is kept
 * @param role one of {@link Roles}
 * @param team a team's name, or empty for none
 */
public record NewAgent(String email, String name, String password, String role, String team) {
}
