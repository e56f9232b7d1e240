package eu.jdservices.caso.cases;

/**
 * What a message of a case is.
 */
public enum MessageKind {

	/** A customer's mail. */
	MAIL,
	/** Our acknowledgement of a new case. */
	ACKNOWLEDGEMENT,
	/** An agent's answer to all contacts. */
	REPLY,
	/** An agent asked the customer for information. */
	REQUEST_INFO,
	/** The closure notice. */
	CLOSURE,
	/** The cancellation notice. */
	CANCELLATION,
	/** The severity of the case changed. */
	SEVERITY_CHANGE,
	/** Reminder that we wait for the customer's answer (S2.6). */
	REMINDER,
	/** The severity was lowered because the customer did not answer in time (S2.6). */
	SILENCE_DOWNGRADE,
	/** The case was cancelled because the customer did not answer in time (S2.6). */
	SILENCE_CANCELLATION,
	/** An update of a status-page incident the case is linked to (S0.2). */
	INCIDENT_UPDATE,
	/** A meeting's invitation, update, cancellation or reminder (S2.6). */
	MEETING,
	/**
	 * A notice to one sender about how to write to us (not part of the conversation's
	 * threading).
	 */
	NOTICE,
	/** A delivery failure report of one of our mails. */
	BOUNCE,
	/** An internal note that never leaves. */
	NOTE;

	/**
	 * The kinds that are not part of the conversation: mails to the contacts never answer
	 * them (In-Reply-To, References).
	 */
	static java.util.List<MessageKind> outsideConversation() {
		return java.util.List.of(NOTICE, BOUNCE, NOTE);
	}

	/**
	 * Whether case search reads the message's text: what customers and agents wrote, not
	 * our automatic mails (whose same wording in every case would make every case match
	 * words such as "correo").
	 */
	boolean searchable() {
		return switch (this) {
			case MAIL, REPLY, REQUEST_INFO, NOTE, CLOSURE, CANCELLATION -> true;
			default -> false;
		};
	}

	/** The kinds whose text case search reads. */
	static java.util.List<String> searchableNames() {
		return java.util.Arrays.stream(values()).filter(MessageKind::searchable).map(Enum::name).toList();
	}

}
