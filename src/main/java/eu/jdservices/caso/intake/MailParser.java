package eu.jdservices.caso.intake;

/**
 * Parses the raw bytes of a mail into a {@link ParsedMail}. Lenient: broken mails give as
 * much as can be read.
 */
public interface MailParser {

	/**
	 * @param raw the exact bytes as received
	 * @return the parsed mail
	 * @throws UnparseableMailException when the bytes are not a mail at all (no header
	 * section)
	 */
	ParsedMail parse(byte[] raw) throws UnparseableMailException;

	/** The bytes cannot be read as a mail. */
	class UnparseableMailException extends Exception {

		public UnparseableMailException(String message, Throwable cause) {
			super(message, cause);
		}

	}

}
