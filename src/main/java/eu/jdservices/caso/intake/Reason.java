package eu.jdservices.caso.intake;

/**
 * Why a mail was decided as it was, and what was found in it: the reason and finding
 * codes of CONTRACT.md, each with the rule of the published guidelines it stands for (if
 * any). One list for the intake, the guideline checks and the cases.
 */
public enum Reason {

	/** Sent from a shared/role mailbox. */
	SHARED_MAILBOX("S1.3"),

	/** Sent on behalf of someone else (Sender ≠ From, or said so). */
	ON_BEHALF("S1.3"),

	/** Address not in the directory and domain not a customer's. */
	UNKNOWN_SENDER("S1.4"),

	/** Privileged request (contracting, changes to other users) without authority. */
	NOT_AUTHORIZED("S1.3"),

	/** Mail about a case from someone who is not an authorised contact of it. */
	NOT_A_CASE_CONTACT("S1.5"),

	/** An authorised contact added someone (Cc) as a contact. */
	CONTACT_ADDED("S1.5"),

	/** Mail to a case that is closed or cancelled. */
	CASE_CLOSED("S3.1"),

	/** A mere thank-you to a closed case (recorded, no notice). */
	THANKS_AFTER_CLOSE("S3.1"),

	/** New mail about an open case instead of a reply-all. */
	SEPARATE_MAIL("S2.4"),

	/** New case on the same matter as an open case of the same organisation. */
	DUPLICATE_OPEN_CASE("S2.4"),

	/** Reply mentions a different case. */
	OTHER_CASE_MENTIONED("S2.5"),

	/** Several unrelated matters in one mail. */
	MULTIPLE_MATTERS("S1.6"),

	/** Subject generic, too short or not specific. */
	VAGUE_SUBJECT("S1.7"),

	/** Asks for a call/meeting instead of describing the matter. */
	CALL_REQUEST_ONLY("S1.8"),

	/** Technical incident lacking some of the 10 items. */
	MISSING_INCIDENT_DETAILS("S1.9"),

	/** Attachment over the size limit. */
	ATTACHMENT_TOO_LARGE("S1.10"),

	/** Sensitive data found and redacted. */
	SENSITIVE_DATA("S1.11"),

	/** Content suggests another severity than the address used. */
	SEVERITY_MISMATCH("S4.1"),

	/** The customer says the problem is solved or changed. */
	CUSTOMER_REPORTS_RESOLVED("S2.6"),

	/** New case citing a closed case (linked). */
	RECURRENCE("S3.2"),

	/** Automatic mail (RFC 3834, bounce, out-of-office). */
	AUTO_REPLY(null),

	/** Per-sender cap on automatic mails reached. */
	LOOP_LIMIT(null),

	/** The same Message-ID is already stored. */
	DUPLICATE_MESSAGE(null),

	/**
	 * The same mail as the opening mail of a case (same sender, subject and text, another
	 * Message-ID) sent again within the resend window: its acknowledgement goes again.
	 */
	RESENT_MAIL("S1.2"),

	/** Could not be parsed (kept raw). */
	UNPARSEABLE(null),

	/** Spam verdict from the receiving MTA. */
	SPAM(null),

	/** No usable From address. */
	NO_SENDER(null),

	/** Our fault while deciding; kept, retried. */
	PROCESSING_FAILED(null),

	/** An address of the mail can never be answered; nothing is queued to it. */
	INVALID_ADDRESS(null),

	/** Trusted authentication verdict failed for the From domain. */
	SENDER_NOT_AUTHENTICATED("S2.5"),

	/** The acknowledgement suggested knowledge-base articles. */
	KB_SUGGESTED("S0.1"),

	/** The case is about a service with an open status-page incident. */
	OPEN_INCIDENT("S0.2"),

	/** The customer asks to move a scheduled meeting. */
	RESCHEDULE_REQUESTED("S2.6"),

	/** An attendee declined a meeting. */
	MEETING_DECLINED("S2.6"),

	/** An attendee proposed another time. */
	MEETING_COUNTER_PROPOSED("S2.6"),

	/** The customer did not attend a scheduled meeting. */
	MISSED_MEETING("S2.6"),

	/** A contracting, change or cancellation request about a contract. */
	CONTRACT_REQUEST("S5.3"),

	/** A change or cancellation after the notice deadline. */
	LATE_NOTICE("S5.3"),

	/** The case names a service the organisation has not contracted. */
	SERVICE_NOT_CONTRACTED(null),

	/** An agent released a held mail: it was decided anew. */
	RELEASED_BY_AGENT(null),

	/** An agent discarded a held mail. */
	DISCARDED_BY_AGENT(null);

	private final String rule;

	Reason(String rule) {
		this.rule = rule;
	}

	/** The rule of the published guidelines (e.g. {@code S1.7}), or {@code null}. */
	public String rule() {
		return this.rule;
	}

}
