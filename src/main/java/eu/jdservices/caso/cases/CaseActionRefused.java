package eu.jdservices.caso.cases;

import java.util.List;

/**
 * An agent's action that cannot be done on a case as it is (e.g. replying on a closed
 * case). Carries a message key for the text shown to the agent.
 */
public class CaseActionRefused extends RuntimeException {

	private final boolean notFound;

	private final String messageKey;

	private final List<Object> args;

	CaseActionRefused(boolean notFound, String messageKey, Object... args) {
		super(messageKey + " " + java.util.Arrays.toString(args));
		this.notFound = notFound;
		this.messageKey = messageKey;
		// numbers as plain text: a case number is never shown as "1,042"
		this.args = java.util.Arrays.stream(args).map(String::valueOf).map(Object.class::cast).toList();
	}

	static CaseActionRefused notFound(long number) {
		return new CaseActionRefused(true, "case.not-found", number);
	}

	static CaseActionRefused conflict(String messageKey, Object... args) {
		return new CaseActionRefused(false, messageKey, args);
	}

	public boolean notFound() {
		return this.notFound;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] args() {
		return this.args.toArray();
	}

}
