package eu.jdservices.caso.intake;

import java.text.Normalizer;
import java.util.ArrayList;
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

	/**
	 * Latin letters (Basic Latin to Latin Extended-B) end here; combining marks start at
	 * U+0300.
	 */
	private static final char LATIN_END = '\u0250';

	/** Each character below {@link #LATIN_END} folded by {@link #foldByNormalizing}. */
	private static final String[] LATIN_FOLDED = new String[LATIN_END];

	static {
		for (char c = 0; c < LATIN_END; c++) {
			LATIN_FOLDED[c] = foldByNormalizing(String.valueOf(c));
		}
	}

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

	/**
	 * Lower case, accents removed: the form in which words and phrases are compared. A
	 * text of Latin letters only (below U+0250, no combining marks: nearly every mail) is
	 * folded a character at a time from a table that this same definition filled;
	 * anything else takes the whole Unicode way ({@link #foldByNormalizing}). Both give
	 * the same text: within that range neither decomposition, composition nor lower case
	 * looks at a character's neighbours.
	 */
	public static String fold(String text) {
		int length = text.length();
		StringBuilder folded = null;
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (c >= LATIN_END) {
				return foldByNormalizing(text);
			}
			String replacement = LATIN_FOLDED[c];
			if (folded == null) {
				if (replacement.length() == 1 && replacement.charAt(0) == c) {
					continue;
				}
				folded = new StringBuilder(length).append(text, 0, i);
			}
			folded.append(replacement);
		}
		return (folded == null) ? text : folded.toString();
	}

	/**
	 * {@link #fold} by its definition: decompose, drop the marks, compose, lower case.
	 */
	static String foldByNormalizing(String text) {
		return withoutAccents(text).toLowerCase(Locale.ROOT);
	}

	/**
	 * The words of a text, folded: the runs of letters and numbers ({@code \p{L}},
	 * {@code \p{N}}).
	 */
	public static List<String> words(String text) {
		String folded = fold(text);
		List<String> words = new ArrayList<>();
		int start = -1;
		int i = 0;
		while (i < folded.length()) {
			int codePoint = folded.codePointAt(i);
			if (isWordCharacter(codePoint)) {
				if (start < 0) {
					start = i;
				}
			}
			else if (start >= 0) {
				words.add(folded.substring(start, i));
				start = -1;
			}
			i += Character.charCount(codePoint);
		}
		if (start >= 0) {
			words.add(folded.substring(start));
		}
		return List.copyOf(words);
	}

	/** A letter or a number: what {@code [\p{L}\p{N}]} matches. */
	public static boolean isWordCharacter(int codePoint) {
		return switch (Character.getType(codePoint)) {
			case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
					Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
					Character.LETTER_NUMBER, Character.OTHER_NUMBER ->
				true;
			default -> false;
		};
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
