package eu.jdservices.caso.accounts;

/**
 * A team of agents.
 *
 * @param id identifier
 * @param name unique name
 * @param members agents in the team
 */
public record Team(long id, String name, int members) {
}
