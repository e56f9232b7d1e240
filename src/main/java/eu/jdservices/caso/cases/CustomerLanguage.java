package eu.jdservices.caso.cases;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The language we write to a customer in: Spanish by default, English when the contact
 * prefers it or wrote in English.
 */
final class CustomerLanguage {

	static final String SPANISH = "es";

	static final String ENGLISH = "en";

	private static final Set<String> ENGLISH_WORDS = Set.of("the", "and", "is", "are", "we", "our", "you", "your",
			"please", "not", "can", "cannot", "with", "from", "this", "that", "have", "has", "of", "to", "it", "since",
			"for", "hello", "hi", "thanks", "regards", "when", "error", "working", "does", "doesn't", "can't", "i");

	private static final Set<String> SPANISH_WORDS = Set.of("el", "la", "los", "las", "de", "que", "y", "en", "no",
			"por", "para", "con", "una", "un", "es", "nos", "se", "del", "al", "lo", "desde", "hola", "gracias",
			"saludos", "buenos", "días", "puede", "funciona", "correo", "nuestro", "nuestra", "usted", "error");

	private static final Pattern WORDS = Pattern.compile("[^\\p{L}']+");

	private CustomerLanguage() {
	}

	/**
	 * @param preferred the contact's preference from the directory, or {@code null}
	 * @param written what the customer wrote (subject and text)
	 */
	static String choose(String preferred, String written) {
		if (ENGLISH.equals(preferred)) {
			return ENGLISH;
		}
		return writtenInEnglish(written) ? ENGLISH : SPANISH;
	}

	static boolean writtenInEnglish(String text) {
		int english = 0;
		int spanish = 0;
		String sample = (text.length() > 4000) ? text.substring(0, 4000) : text;
		for (String word : WORDS.split(sample.toLowerCase(Locale.ROOT))) {
			if (ENGLISH_WORDS.contains(word)) {
				english++;
			}
			if (SPANISH_WORDS.contains(word)) {
				spanish++;
			}
		}
		return english >= 3 && english > spanish * 2;
	}

}
