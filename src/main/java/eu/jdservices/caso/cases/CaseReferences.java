package eu.jdservices.caso.cases;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Case numbers in subjects and texts: the tag {@code [Caso #1234]} (any case, any
 * spacing, behind any number of reply/forward prefixes) and plain mentions such as "caso
 * 1234" or "case #1234".
 */
final class CaseReferences {

	private static final Pattern TAG = Pattern.compile("\\[\\s*caso\\s*#\\s*(\\d{1,18})\\s*\\]",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern MENTION = Pattern.compile(
			"(?:\\[\\s*)?\\b(?:caso|case|ticket|incidencia)\\s*(?:n\\.?\\s*[º°o]?\\.?\\s*|number\\s*|número\\s*)?#?\\s*(\\d{3,18})\\b",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern PREFIXES = Pattern.compile(
			"^(?:\\s*(?:re|aw|rv|fw|fwd|wg|tr|sv|vs|antw|r|rif|enc)\\s*(?:\\[\\d+\\])?\\s*:\\s*)+",
			Pattern.CASE_INSENSITIVE);

	private CaseReferences() {
	}

	/** The case number of the tag in a subject, if it carries one. */
	static Optional<Long> tagged(String subject) {
		Matcher matcher = TAG.matcher(subject);
		return matcher.find() ? Optional.of(Long.parseLong(matcher.group(1))) : Optional.empty();
	}

	/** Every case number a text mentions, in order. */
	static Set<Long> mentioned(String text) {
		Set<Long> numbers = new LinkedHashSet<>();
		Matcher tags = TAG.matcher(text);
		while (tags.find()) {
			numbers.add(Long.parseLong(tags.group(1)));
		}
		Matcher mentions = MENTION.matcher(text);
		while (mentions.find()) {
			numbers.add(Long.parseLong(mentions.group(1)));
		}
		return numbers;
	}

	/**
	 * The subject without reply/forward prefixes and without the case tag, for
	 * comparisons.
	 */
	static String bareSubject(String subject) {
		String withoutTag = TAG.matcher(subject).replaceAll(" ");
		String previous;
		String current = withoutTag.strip();
		do {
			previous = current;
			current = PREFIXES.matcher(current).replaceFirst("").strip();
		}
		while (!current.equals(previous));
		return current.replaceAll("\\s+", " ");
	}

}
