package eu.jdservices.caso.policy;

import java.util.List;

import eu.jdservices.caso.intake.MailWords;
import eu.jdservices.caso.intake.QuotedHistory;

/**
 * The parts of a mail text that the text checks read: what the customer wrote now, not
 * the quoted history (see {@link QuotedHistory}, shared with the case thread) and, for
 * {@link #body(String)}, not the signature; and the word forms phrases are matched in.
 */
final class MailText {

	private MailText() {
	}

	/** What the customer wrote now, signature included, quoted history left out. */
	static String unquoted(String text) {
		return QuotedHistory.withoutHistory(text);
	}

	/** What the customer wrote now, without quoted history and without signature. */
	static String body(String text) {
		return QuotedHistory.newText(text);
	}

	/** Lower case, accents removed: the form phrases are matched in. */
	static String fold(String text) {
		return MailWords.fold(text);
	}

	/** The words of a text, folded. */
	static List<String> words(String text) {
		return MailWords.words(text);
	}

	/**
	 * The words that say something: folded, not stopwords, not numbers, at least two
	 * characters.
	 */
	static List<String> informativeWords(String text) {
		return words(text).stream()
			.filter((word) -> word.length() >= 2)
			.filter((word) -> !word.chars().allMatch(Character::isDigit))
			.filter((word) -> !Stopwords.contains(word))
			.toList();
	}

	/** The subject without reply and forward prefixes (Re:, RV:, Fwd:, AW: …). */
	static String subjectWithoutPrefixes(String subject) {
		return MailWords.withoutReplyPrefixes(subject);
	}

}
