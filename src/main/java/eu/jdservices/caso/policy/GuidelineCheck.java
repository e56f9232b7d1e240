package eu.jdservices.caso.policy;

import java.util.List;

import eu.jdservices.caso.intake.Reason;

/**
 * One rule of the case-opening guidelines, checked on a mail that is about to open a
 * case. The action of its findings comes from its settings ({@code caso.policy.*}).
 *
 * <p>
 * Most checks only find things. A check that also changes what is stored (redacts text,
 * drops attachments, keeps contact methods, normalises the subject, links a duplicate)
 * overrides {@link #apply(Submission)} to return those {@link Effect effects} together
 * with its findings, so it looks at the mail once.
 */
public interface GuidelineCheck {

	/** The guideline id, e.g. {@code S1.7}. */
	String rule();

	/** The finding code of CONTRACT.md, e.g. {@code VAGUE_SUBJECT}. */
	Reason code();

	/** The configured action; a check whose action is {@link Action#OFF} is skipped. */
	Action action();

	/** The findings of this check, empty when the mail follows the rule. */
	List<Finding> check(Submission submission);

	/**
	 * Whether the check looks at the organisation's open cases
	 * ({@link Submission#openCases()}); the others can run before the requester's cases
	 * are locked and read.
	 */
	default boolean readsOpenCases() {
		return false;
	}

	/** The findings and the effects of this check. */
	default Outcome apply(Submission submission) {
		return new Outcome(check(submission), List.of());
	}

}
