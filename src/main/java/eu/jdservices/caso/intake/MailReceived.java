package eu.jdservices.caso.intake;

/**
 * A mail was stored durably and waits to be decided on. The event is kept in the event
 * publication registry until decided, in a column of 4,000 characters: a Message-ID that
 * is no real one (longer than {@value #MAX_MESSAGE_ID} characters, or with control
 * characters, which JSON writes six characters each) is left out, so that storing such a
 * mail can never fail (the stored mail keeps it).
 *
 * @param intakeId the id of the stored mail
 * @param messageId its Message-ID, if any
 */
public record MailReceived(long intakeId, String messageId) {

	/** The longest Message-ID the event carries. */
	static final int MAX_MESSAGE_ID = 998;

	public MailReceived {
		if (messageId != null
				&& (messageId.length() > MAX_MESSAGE_ID || messageId.chars().anyMatch(Character::isISOControl))) {
			messageId = null;
		}
	}

}
