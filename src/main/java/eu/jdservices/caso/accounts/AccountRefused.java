package eu.jdservices.caso.accounts;

import java.util.List;

/**
 * An account or team change that breaks a rule; nothing was changed.
 */
public class AccountRefused extends RuntimeException {

	private final List<Problem> problems;

	AccountRefused(List<Problem> problems) {
		super(problems.toString(), null, false, false);
		this.problems = List.copyOf(problems);
	}

	public List<Problem> problems() {
		return this.problems;
	}

	/**
	 * @param field the form field at fault
	 * @param key message key of what is wrong
	 */
	public record Problem(String field, String key) {
	}

}
