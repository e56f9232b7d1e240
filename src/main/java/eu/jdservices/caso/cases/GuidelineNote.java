package eu.jdservices.caso.cases;

import java.util.List;

import eu.jdservices.caso.intake.Reason;

/**
 * A guideline finding as the customer is told about it.
 *
 * @param code finding code
 * @param messageKey key of the sentence in the message bundles
 * @param args its arguments
 */
public record GuidelineNote(Reason code, String messageKey, List<Object> args) {

	public GuidelineNote {
		args = List.copyOf(args);
	}

}
