package eu.jdservices.caso.cases;

import java.time.OffsetDateTime;

import eu.jdservices.caso.intake.Reason;

/**
 * Something found about a case, not stored yet.
 *
 * @param code the finding code
 * @param rule the guideline it stands for, or {@code null}
 * @param detail what exactly was found
 * @param at when
 */
record NewFinding(Reason code, String rule, String detail, OffsetDateTime at) {

	/** A finding with its code's own rule. */
	static NewFinding of(Reason code, String detail, OffsetDateTime at) {
		return new NewFinding(code, code.rule(), detail, at);
	}

}
