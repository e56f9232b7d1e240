package eu.jdservices.caso.policy;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * An open case of the sender's organisation, as far as the policy needs it (S1.7, S2.4):
 * its number, subject and opening text. The text is read only when a check asks for it
 * (the duplicate check reads it only of a case whose subject is alike, and remembers what
 * it found by the opening message's id, which does not change).
 */
public final class OpenCase {

	/**
	 * The characters of a text that the checks read: more of the opening text is not
	 * needed.
	 */
	public static final int TEXT_READ = MailText.MAX_TEXT;

	private final long number;

	private final String subject;

	private final Long openingMessage;

	private final Supplier<String> reading;

	private String text;

	/**
	 * @param number the case number
	 * @param subject the case subject
	 * @param openingMessage the id of its opening mail (whose text does not change)
	 * @param reading reads the opening mail's text (the first {@link #TEXT_READ}
	 * characters)
	 */
	public OpenCase(long number, String subject, long openingMessage, Supplier<String> reading) {
		this.number = number;
		this.subject = Objects.toString(subject, "");
		this.openingMessage = openingMessage;
		this.reading = reading;
	}

	/** An open case whose text is known already. */
	public OpenCase(long number, String subject, String text) {
		this.number = number;
		this.subject = Objects.toString(subject, "");
		this.openingMessage = null;
		this.text = Objects.toString(text, "");
		this.reading = () -> this.text;
	}

	public long number() {
		return this.number;
	}

	public String subject() {
		return this.subject;
	}

	/** The opening mail's text, read the first time it is asked for. */
	public synchronized String text() {
		if (this.text == null) {
			this.text = Objects.toString(this.reading.get(), "");
		}
		return this.text;
	}

	/**
	 * What identifies the opening text without reading it: the opening mail's id, or
	 * (when it is not known) a hash of the text.
	 */
	long textKey() {
		return (this.openingMessage != null) ? this.openingMessage : ((long) text().hashCode() << 1) | 1L << 62;
	}

	@Override
	public String toString() {
		return "OpenCase[#" + this.number + ", " + this.subject + "]";
	}

}
