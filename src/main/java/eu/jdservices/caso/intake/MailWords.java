package eu.jdservices.caso.intake;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one text toolkit for reading what customers write, shared by the case rules and the
 * guideline checks: accent folding, words, and subjects without reply and forward
 * prefixes.
 */
public final class MailWords {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	/**
	 * Reply and forward prefixes of the mail clients our customers use, in Spanish,
	 * English, German, French, Italian, Portuguese and the Nordic languages, optionally
	 * numbered ({@code Re[2]:}).
	 */
	private static final Pattern REPLY_PREFIX = Pattern.compile(
			"\\s*(?:re|rv|fw|fwd|reenviar|aw|wg|tr|r|sv|vs|antw|antwort|res|rif|enc)\\s*(?:\\[\\d+\\])?\\s*:\\s*",
			Pattern.CASE_INSENSITIVE);

	private MailWords() {
	}

	/** The text without accents and other combining marks ("Añadir" → "Anadir"). */
	public static String withoutAccents(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		return Normalizer.normalize(MARKS.matcher(decomposed).replaceAll(""), Normalizer.Form.NFC);
	}

	/** Lower case, accents removed: the form in which words and phrases are compared. */
	public static String fold(String text) {
		return withoutAccents(text).toLowerCase(Locale.ROOT);
	}

	/** The words of a text, folded. */
	public static List<String> words(String text) {
		return NON_WORD.splitAsStream(fold(text)).filter((word) -> !word.isEmpty()).toList();
	}

	/**
	 * The subject without any number of reply and forward prefixes (Re:, RV:, Fwd:, AW:
	 * …).
	 */
	public static String withoutReplyPrefixes(String subject) {
		// one prefix after the other, in one pass: a subject of thousands of prefixes is
		// neither copied once per prefix nor matched by a repeated group (the stack)
		String text = subject.strip();
		Matcher prefix = REPLY_PREFIX.matcher(text);
		int start = 0;
		while (prefix.region(start, text.length()).lookingAt()) {
			start = prefix.end();
		}
		return text.substring(start).strip();
	}

}
