package eu.jdservices.caso.cases;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.jdservices.caso.intake.MailWords;

/**
 * Case numbers in subjects and texts: the tag {@code [Caso #1234]} (any case, any
 * spacing, behind any number of reply/forward prefixes) and plain mentions such as "caso
 * 1234" or "case #1234".
 */
final class CaseReferences {

	private static final Pattern TAG = Pattern.compile("\\[\\s*caso\\s*#\\s*(\\d{1,18})\\s*\\]",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern MENTION = Pattern.compile(
			"\\b(?:caso|case|ticket|incidencia)\\s*((?:n\\.?\\s*[º°o]\\.?|núm\\.?|number|número)\\s*)?(#\\s*)?(\\d{3,18})\\b",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/**
	 * "en este caso 300 usuarios", "in case 500 errors appear": the word, not a case
	 * number (only when the number has no "#" or "nº").
	 */
	private static final Pattern FIGURE_OF_SPEECH = Pattern.compile(
			"\\b(?:en|in|este|ese|esta|aquel|cualquier|tal|ningún|this|that|any|such|each|every)\\s+$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private CaseReferences() {
	}

	/** The case number of the tag in a subject, if it carries one. */
	static Optional<Long> tagged(String subject) {
		Matcher matcher = TAG.matcher(subject);
		return matcher.find() ? Optional.of(Long.parseLong(matcher.group(1))) : Optional.empty();
	}

	/** Every case number a text mentions, in order of appearance. */
	static Set<Long> mentioned(String text) {
		TreeMap<Integer, Long> byPosition = new TreeMap<>();
		Matcher tags = TAG.matcher(text);
		while (tags.find()) {
			byPosition.put(tags.start(), Long.parseLong(tags.group(1)));
		}
		Matcher mentions = MENTION.matcher(text);
		while (mentions.find()) {
			boolean marked = mentions.group(1) != null || mentions.group(2) != null;
			String before = text.substring(Math.max(0, mentions.start() - 20), mentions.start());
			if (marked || !FIGURE_OF_SPEECH.matcher(before).find()) {
				byPosition.putIfAbsent(mentions.start(), Long.parseLong(mentions.group(3)));
			}
		}
		return new LinkedHashSet<>(byPosition.values());
	}

	/**
	 * The subject without reply/forward prefixes and without the case tag, for
	 * comparisons.
	 */
	static String bareSubject(String subject) {
		return MailWords.withoutReplyPrefixes(TAG.matcher(subject).replaceAll(" ")).replaceAll("\\s+", " ");
	}

}
