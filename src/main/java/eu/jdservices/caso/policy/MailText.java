package eu.jdservices.caso.policy;

import java.util.List;

import eu.jdservices.caso.intake.MailWords;
import eu.jdservices.caso.intake.QuotedHistory;

/**
 * The parts of a mail text that the text checks read: what the customer wrote now, not
 * the quoted history (see {@link QuotedHistory}, shared with the case thread) and, for
 * {@link #body(String)}, not the signature; and the word forms phrases are matched in.
 * The checks read at most the first {@value #MAX_TEXT} characters of a text and
 * {@value #MAX_SUBJECT} of a subject (what is stored of it): some ten pages, more than
 * any customer writes about a matter (the corpus's decisions are the same as with
 * 100,000), while a pasted log or a crafted text of 100,000 characters cost the word
 * lists of the checks most of a second. Secrets are redacted from the whole text the mail
 * gives ({@link SensitiveDataCheck}), which is at most
 * {@link eu.jdservices.caso.intake.ParsedMail#MAX_TEXT} characters.
 */
final class MailText {

	static final int MAX_TEXT = 32_768;

	static final int MAX_SUBJECT = 1_000;

	private MailText() {
	}

	/** What the customer wrote now, signature included, quoted history left out. */
	static String unquoted(String text) {
		return QuotedHistory.withoutHistory(first(text, MAX_TEXT));
	}

	/** What the customer wrote now, without quoted history and without signature. */
	static String body(String text) {
		return QuotedHistory.newText(first(text, MAX_TEXT));
	}

	/** The part of a subject the checks read. */
	static String subject(String subject) {
		return first(subject, MAX_SUBJECT);
	}

	private static String first(String text, int length) {
		return (text.length() > length) ? text.substring(0, length) : text;
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

	/**
	 * The subject without reply and forward prefixes (Re:, RV:, Fwd:, AW: …), in one pass
	 * however many there are.
	 */
	static String subjectWithoutPrefixes(String subject) {
		return MailWords.withoutReplyPrefixes(subject);
	}

}
