package eu.jdservices.caso.meetings;

/**
 * A meeting action that cannot be done, with the message key (es/en) that says why; the
 * API answers 404 for what does not exist, 400 for a request at fault, 409 otherwise.
 */
public class MeetingRefused extends RuntimeException {

	/** Why. */
	public enum Refusal {

		CASE_NOT_FOUND, MEETING_NOT_FOUND, COUNTER_NOT_FOUND, CASE_ENDED, NOT_A_CONTACT, NO_ATTENDEES, NOT_SCHEDULED,
		COUNTER_ANSWERED, BAD_DURATION;

		/** The message key ({@code meetings.refused.<name in lower case>}). */
		public String messageKey() {
			return "meetings.refused." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		}

	}

	private final Refusal refusal;

	private final transient Object[] args;

	MeetingRefused(Refusal refusal, Object... args) {
		super(refusal + " " + java.util.Arrays.toString(args));
		this.refusal = refusal;
		// numbers as they are written (a case number is no amount: 1003, not 1.003)
		this.args = java.util.Arrays.stream(args)
			.map((arg) -> (arg instanceof Number) ? String.valueOf(arg) : arg)
			.toArray();
	}

	public Refusal refusal() {
		return this.refusal;
	}

	public Object[] args() {
		return this.args.clone();
	}

	public boolean notFound() {
		return this.refusal == Refusal.CASE_NOT_FOUND || this.refusal == Refusal.MEETING_NOT_FOUND
				|| this.refusal == Refusal.COUNTER_NOT_FOUND;
	}

	public boolean badRequest() {
		return this.refusal == Refusal.NOT_A_CONTACT || this.refusal == Refusal.NO_ATTENDEES
				|| this.refusal == Refusal.BAD_DURATION;
	}

}
