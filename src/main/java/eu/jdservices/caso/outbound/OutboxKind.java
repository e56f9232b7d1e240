package eu.jdservices.caso.outbound;

import eu.jdservices.caso.cases.MessageKind;

/**
 * What a mail in the outbox is: one of the mails about a case (acknowledgement, reply,
 * notice …), or one to the provider's own people (escalation, team notice).
 */
enum OutboxKind {

	ACKNOWLEDGEMENT(MessageKind.ACKNOWLEDGEMENT), NOTICE(MessageKind.NOTICE), REPLY(MessageKind.REPLY),
	REQUEST_INFO(MessageKind.REQUEST_INFO), CLOSURE(MessageKind.CLOSURE), CANCELLATION(MessageKind.CANCELLATION),
	SEVERITY_CHANGE(MessageKind.SEVERITY_CHANGE), REMINDER(MessageKind.REMINDER),
	SILENCE_DOWNGRADE(MessageKind.SILENCE_DOWNGRADE), SILENCE_CANCELLATION(MessageKind.SILENCE_CANCELLATION),
	INCIDENT_UPDATE(MessageKind.INCIDENT_UPDATE), MEETING(MessageKind.MEETING),

	/** S2.3: a severity A case, told to the top executive and the on-call agents. */
	ESCALATION(null),

	/** A response target near or past, told to the team. */
	TEAM_NOTICE(null),

	/** S5.3: a contract's notice deadline is near, told to the representatives. */
	RENEWAL_NOTICE(null);

	private final MessageKind message;

	OutboxKind(MessageKind message) {
		this.message = message;
	}

	/**
	 * The kind of the case's message this mail is, or {@code null} for the provider's
	 * own.
	 */
	MessageKind message() {
		return this.message;
	}

	static OutboxKind of(MessageKind kind) {
		for (OutboxKind outbox : values()) {
			if (outbox.message == kind) {
				return outbox;
			}
		}
		throw new IllegalArgumentException("No outbound mail of kind " + kind);
	}

}
