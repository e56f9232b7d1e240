package eu.jdservices.caso.cases;

/**
 * Notices to one sender about how to write to us. Each is sent at most once per case,
 * recipient and day.
 */
public enum NoticeKind {

	/** The sender is not an authorised contact of the case they wrote about (S1.5). */
	NOT_A_CASE_CONTACT("S1.5"),
	/** The case is closed or cancelled and cannot be reopened by mail (S3.1). */
	CASE_CLOSED("S3.1"),
	/** A new separate mail about an open case instead of a reply-all (S2.4). */
	SEPARATE_MAIL("S2.4"),
	/** A reply that talks about another case (S2.5). */
	OTHER_CASE_MENTIONED("S2.5");

	private final String rule;

	NoticeKind(String rule) {
		this.rule = rule;
	}

	/** The rule of the published guidelines the notice cites (e.g. {@code S2.4}). */
	public String rule() {
		return this.rule;
	}

}
