package eu.jdservices.caso.policy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A configured word list, matched on whole words in {@link MailText#fold folded} text
 * (case and accents ignored). In a phrase, {@code *} alone stands for up to three words
 * and {@code *} at the end of a word for any ending.
 */
final class Phrases {

	private static final String WORD_CHAR = "[\\p{L}\\p{N}]";

	private final Pattern pattern;

	private Phrases(Pattern pattern) {
		this.pattern = pattern;
	}

	@SafeVarargs
	static Phrases of(Collection<String>... lists) {
		List<String> alternatives = new ArrayList<>();
		for (Collection<String> list : lists) {
			for (String phrase : list) {
				if (!phrase.isBlank()) {
					alternatives.add(regex(MailText.fold(phrase.strip())));
				}
			}
		}
		String body = alternatives.isEmpty() ? "(?!)" : String.join("|", alternatives);
		return new Phrases(Pattern.compile("(?<!" + WORD_CHAR + ")(?:" + body + ")(?!" + WORD_CHAR + ")"));
	}

	private static String regex(String phrase) {
		String[] tokens = phrase.split("\\s+");
		StringBuilder regex = new StringBuilder();
		for (int i = 0; i < tokens.length; i++) {
			String token = tokens[i];
			boolean last = i == tokens.length - 1;
			if (token.equals("*")) {
				regex.append("(?:\\S+\\s+){0,3}?");
				continue;
			}
			if (token.length() > 1 && token.endsWith("*")) {
				regex.append(Pattern.quote(token.substring(0, token.length() - 1))).append("[\\p{L}\\p{N}-]*");
			}
			else {
				regex.append(Pattern.quote(token));
			}
			if (!last) {
				regex.append("\\s+");
			}
		}
		return regex.toString();
	}

	/** The first phrase found in a text (folded here), as written in the text. */
	Optional<String> find(String text) {
		Matcher matcher = this.pattern.matcher(MailText.fold(text));
		return matcher.find() ? Optional.of(matcher.group()) : Optional.empty();
	}

	boolean in(String text) {
		return find(text).isPresent();
	}

	/** Every match in a text (folded here). */
	List<Match> findAll(String text) {
		List<Match> result = new ArrayList<>();
		Matcher matcher = this.pattern.matcher(MailText.fold(text));
		while (matcher.find()) {
			result.add(new Match(matcher.start(), matcher.end(), matcher.group()));
		}
		return result;
	}

	/**
	 * Where a phrase was found, in the folded text (same length as the text when it is in
	 * composed form, as mail text is).
	 */
	record Match(int start, int end, String text) {
	}

}
