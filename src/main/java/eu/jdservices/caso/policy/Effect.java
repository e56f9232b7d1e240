package eu.jdservices.caso.policy;

/**
 * A change a check makes to what is stored with the case. {@link GuidelinePolicy} folds
 * the effects of all checks that are not {@link Action#OFF} into the {@link Verdict}.
 */
public sealed interface Effect {

	/**
	 * Replace {@code [start, end)} of the mail text with {@code [REDACTED:<code>]}
	 * (S1.11). The marker is neutral (not translated) so that agents of either language
	 * and searches recognise it.
	 *
	 * @param start first character of the secret in
	 * {@link eu.jdservices.caso.intake.ParsedMail#text()}
	 * @param end index after its last character
	 * @param code {@code PASSWORD}, {@code CARD}, {@code IBAN}, {@code DNI} or
	 * {@code NIE}
	 */
	record Redact(int start, int end, String code) implements Effect {

		public String replacement() {
			return "[REDACTED:" + this.code + "]";
		}

	}

	/** Do not accept this attachment into the case (S1.10). */
	record DropAttachment(String name) implements Effect {
	}

	/** Keep this alternative contact method (phone, availability) on the case (S1.4). */
	record KeepContact(String contact) implements Effect {
	}

	/** Store the case under this subject instead of the mail's (S1.7). */
	record NormalizeSubject(String subject) implements Effect {
	}

	/** The mail is about the same matter as this open case (S2.4). */
	record DuplicateOf(long caseNumber) implements Effect {
	}

}
