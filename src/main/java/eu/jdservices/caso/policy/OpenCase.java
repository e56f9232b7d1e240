package eu.jdservices.caso.policy;

/**
 * An open case of the sender's organisation, as far as the policy needs it (S1.7, S2.4).
 *
 * @param number the case number
 * @param subject the case subject
 * @param text the text of the opening mail
 */
public record OpenCase(long number, String subject, String text) {

	/**
	 * The characters of a text that the checks read: more of the opening text is not
	 * needed.
	 */
	public static final int TEXT_READ = MailText.MAX_TEXT;

	public OpenCase {
		subject = (subject != null) ? subject : "";
		text = (text != null) ? text : "";
	}

}
