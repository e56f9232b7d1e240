package eu.jdservices.caso.intake;

/**
 * A mail was stored durably and waits to be decided on.
 *
 * @param intakeId the id of the stored mail
 * @param messageId its Message-ID, if any
 */
public record MailReceived(long intakeId, String messageId) {
}
