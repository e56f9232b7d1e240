package eu.jdservices.caso.cases;

import java.util.Arrays;
import java.util.List;

/**
 * A case refused what was asked of it, and why: the API answers 404 for an unknown case,
 * 409 for what the case's state does not allow, with the refusal's text (message
 * bundles).
 */
public class CaseActionRefused extends RuntimeException {

	private final Refusal refusal;

	private final List<Object> args;

	private CaseActionRefused(Refusal refusal, Object... args) {
		super(refusal.messageKey() + " " + Arrays.toString(args));
		this.refusal = refusal;
		// numbers as plain text: a case number is never shown as "1,042"
		this.args = Arrays.stream(args).map(String::valueOf).map(Object.class::cast).toList();
	}

	static CaseActionRefused of(Refusal refusal, Object... args) {
		return new CaseActionRefused(refusal, args);
	}

	static CaseActionRefused notFound(long number) {
		return new CaseActionRefused(Refusal.NOT_FOUND, number);
	}

	public Refusal refusal() {
		return this.refusal;
	}

	public boolean notFound() {
		return this.refusal == Refusal.NOT_FOUND;
	}

	public String messageKey() {
		return this.refusal.messageKey();
	}

	public Object[] args() {
		return this.args.toArray();
	}

	/** Why a case refused. */
	public enum Refusal {

		NOT_FOUND("case.not-found"), NOT_OPEN("case.not-open"), NOT_A_CONTACT("case.not-a-contact"),
		MERGE_SELF("case.merge-self"), MERGE_CYCLE("case.merge-cycle"), SPLIT_EMPTY("case.split-empty"),
		SPLIT_UNKNOWN_MESSAGE("case.split-unknown-message"), SPLIT_ALL("case.split-all"), LINK_SELF("case.link-self"),
		CONTACT_INVALID("case.contact-invalid"), CONTACT_OURS("case.contact-ours"),
		CONTACT_PRESENT("case.contact-present"), CONTACT_ABSENT("case.contact-absent"),
		CONTACT_LAST("case.contact-last");

		private final String messageKey;

		Refusal(String messageKey) {
			this.messageKey = messageKey;
		}

		/** The key of its text in the message bundles. */
		public String messageKey() {
			return this.messageKey;
		}

	}

}
