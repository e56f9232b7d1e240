package eu.jdservices.caso.catalogue;

import java.util.List;

import eu.jdservices.caso.intake.MailWords;

/**
 * Whether a text names a service: one of its keywords (or its name) appears in it as
 * whole words, whatever the case and the accents ("Correo electrónico" is named by "el
 * CORREO ELECTRONICO no va", not by "correos"). Pure: the text is folded once into its
 * words, each keyword is looked for as a run of them.
 */
final class KeywordMatch {

	private final String words;

	private KeywordMatch(String words) {
		this.words = words;
	}

	/** The words of a mail's subject and text, ready to be asked about keywords. */
	static KeywordMatch in(String subject, String text) {
		return new KeywordMatch(
				" " + String.join(" ", MailWords.words(subject)) + " " + String.join(" ", MailWords.words(text)) + " ");
	}

	/** Whether the service's name or one of its keywords is among the words. */
	boolean names(Service service) {
		if (mentions(service.name())) {
			return true;
		}
		for (String keyword : service.keywords()) {
			if (mentions(keyword)) {
				return true;
			}
		}
		return false;
	}

	/** Whether the phrase appears as whole words. */
	boolean mentions(String phrase) {
		List<String> words = MailWords.words(phrase);
		return !words.isEmpty() && this.words.contains(" " + String.join(" ", words) + " ");
	}

}
