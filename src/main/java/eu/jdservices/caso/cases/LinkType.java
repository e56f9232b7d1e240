package eu.jdservices.caso.cases;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How two cases are linked. Agents create the first three; Caso records the others when
 * it merges, splits, or recognises a recurrence or a duplicate.
 */
public enum LinkType {

	RELATED(true), DUPLICATE(true), CAUSED_BY(true), MERGED_INTO(false), MERGED_FROM(false), SPLIT_INTO(false),
	SPLIT_FROM(false), RECURRENCE(false), DUPLICATE_OPEN_CASE(false);

	private final boolean byAgents;

	LinkType(boolean byAgents) {
		this.byAgents = byAgents;
	}

	/** Whether an agent may create a link of this type. */
	public boolean byAgents() {
		return this.byAgents;
	}

	/** The types an agent may create, for forms and error messages. */
	public static List<LinkType> agentTypes() {
		return Arrays.stream(values()).filter(LinkType::byAgents).toList();
	}

	/** The agent-creatable type with this name (any case, surrounding blanks ignored). */
	public static Optional<LinkType> agentType(String name) {
		if (name == null) {
			return Optional.empty();
		}
		String normalized = name.strip().toUpperCase(Locale.ROOT);
		return agentTypes().stream().filter((type) -> type.name().equals(normalized)).findFirst();
	}

}
