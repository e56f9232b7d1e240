package eu.jdservices.caso.policy;

import java.util.List;

import eu.jdservices.caso.intake.Reason;

/**
 * What one guideline check found in a mail.
 *
 * @param code finding code of CONTRACT.md, e.g. {@code VAGUE_SUBJECT}
 * @param rule guideline id, e.g. {@code S1.7}
 * @param action what to do about it, from the check's settings
 * @param detail short English text for agents: what exactly was found
 * @param messageKey key of the customer-facing sentence (messages bundles), or
 * {@code null} for findings only agents see
 * @param messageArgs MessageFormat arguments of that sentence; for
 * {@code MISSING_INCIDENT_DETAILS} they are the message keys of the missing items
 * (questions to list in the acknowledgement)
 */
public record Finding(Reason code, String rule, Action action, String detail, String messageKey,
		List<Object> messageArgs) {

	public Finding {
		messageArgs = List.copyOf(messageArgs);
	}

}
