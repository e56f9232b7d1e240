package eu.jdservices.caso.contracts;

import java.util.List;

/**
 * What a contracts CSV import did: good lines are imported even when others are refused.
 *
 * @param imported contracts created or changed
 * @param errors one entry per refused line
 */
public record ImportOutcome(int imported, List<LineError> errors) {

	public ImportOutcome {
		errors = List.copyOf(errors);
	}

	/**
	 * @param line the line number in the file (the header is line 1)
	 * @param message what is wrong with it
	 */
	public record LineError(long line, String message) {
	}

}
