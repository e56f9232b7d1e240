package eu.jdservices.caso.directory;

import java.util.List;

/**
 * Outcome of a directory CSV import. Good lines are imported even when others have
 * errors.
 *
 * @param created contacts created
 * @param updated contacts updated (changed or not: re-importing the same file is
 * harmless)
 * @param errors one entry per refused line
 */
public record ImportResult(int created, int updated, List<LineError> errors) {

	public ImportResult {
		errors = List.copyOf(errors);
	}

	/**
	 * @param line the line number in the file (the header is line 1)
	 * @param message what is wrong with it
	 */
	public record LineError(long line, String message) {
	}

}
