package eu.jdservices.caso.policy;

/**
 * An open case of the sender's organisation, as far as the policy needs it (S1.7, S2.4).
 *
 * @param number the case number
 * @param subject the case subject
 * @param text the text of the opening mail
 */
public record OpenCase(long number, String subject, String text) {

	public OpenCase {
		subject = (subject != null) ? subject : "";
		text = (text != null) ? text : "";
	}

}
