package eu.jdservices.caso.policy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.jdservices.caso.intake.MailWords;

/**
 * A configured word list, matched on whole words in {@link MailText#fold folded} text
 * (case and accents ignored). In a phrase, {@code *} alone stands for up to three words
 * and {@code *} at the end of a word for any ending.
 * <p>
 * The list is one alternation,
 * {@code (?<![\p{L}\p{N}])(?:phrase|phrase|…)(?![\p{L}\p{N}])}, but it is not run as one:
 * at a word start only the phrases that begin with the character found there can match,
 * so each first character has its own alternation (phrases in their configured order,
 * those that begin with a {@code *} in all of them). The text is read once, and a
 * position tries a handful of phrases instead of every one of the list; what is found is
 * what the single expression finds.
 */
final class Phrases {

	private static final String WORD_CHAR = "[\\p{L}\\p{N}]";

	private static final String WORD_END = "(?!" + WORD_CHAR + ")";

	/** The alternation of the phrases that begin with each character. */
	private final Map<Character, Pattern> byFirstCharacter;

	/** The phrases that begin with a {@code *}: they may begin anywhere. */
	private final Pattern anyStart;

	private Phrases(Map<Character, Pattern> byFirstCharacter, Pattern anyStart) {
		this.byFirstCharacter = byFirstCharacter;
		this.anyStart = anyStart;
	}

	@SafeVarargs
	static Phrases of(Collection<String>... lists) {
		List<Alternative> alternatives = new ArrayList<>();
		for (Collection<String> list : lists) {
			for (String phrase : list) {
				if (!phrase.isBlank()) {
					alternatives.add(Alternative.of(MailText.fold(phrase.strip())));
				}
			}
		}
		Set<Character> firstCharacters = new LinkedHashSet<>();
		alternatives.forEach((alternative) -> {
			if (alternative.first() != null) {
				firstCharacters.add(alternative.first());
			}
		});
		Map<Character, Pattern> byFirstCharacter = new HashMap<>();
		for (Character first : firstCharacters) {
			byFirstCharacter.put(first,
					alternation(alternatives.stream()
						.filter((alternative) -> alternative.first() == null || alternative.first().equals(first))
						.toList()));
		}
		List<Alternative> anywhere = alternatives.stream()
			.filter((alternative) -> alternative.first() == null)
			.toList();
		return new Phrases(Map.copyOf(byFirstCharacter), anywhere.isEmpty() ? null : alternation(anywhere));
	}

	private static Pattern alternation(List<Alternative> alternatives) {
		return Pattern
			.compile("(?:" + String.join("|", alternatives.stream().map(Alternative::regex).toList()) + ")" + WORD_END);
	}

	/** The first phrase found in a text (folded here), as written in the text. */
	Optional<String> find(String text) {
		String folded = MailText.fold(text);
		Matcher matcher = next(folded, 0);
		return (matcher != null) ? Optional.of(matcher.group()) : Optional.empty();
	}

	boolean in(String text) {
		return find(text).isPresent();
	}

	/** Every match in a text (folded here). */
	List<Match> findAll(String text) {
		String folded = MailText.fold(text);
		List<Match> result = new ArrayList<>();
		int from = 0;
		Matcher matcher;
		while (from <= folded.length() && (matcher = next(folded, from)) != null) {
			result.add(new Match(matcher.start(), matcher.end(), matcher.group()));
			from = (matcher.end() > matcher.start()) ? matcher.end() : matcher.end() + 1;
		}
		return result;
	}

	/**
	 * The leftmost match at or after {@code from}, at a word start; {@code null} if none.
	 */
	private Matcher next(String folded, int from) {
		for (int at = from; at <= folded.length(); at++) {
			if (at > 0 && MailWords.isWordCharacter(Character.codePointBefore(folded, at))) {
				continue;
			}
			Pattern candidates = (at < folded.length()) ? this.byFirstCharacter.get(folded.charAt(at)) : null;
			if (candidates == null) {
				candidates = this.anyStart;
			}
			if (candidates != null) {
				Matcher matcher = candidates.matcher(folded).region(at, folded.length());
				if (matcher.lookingAt()) {
					return matcher;
				}
			}
		}
		return null;
	}

	/**
	 * One phrase as an expression, and the character it must begin with ({@code null}
	 * when it begins with a {@code *}).
	 */
	private record Alternative(String regex, Character first) {

		static Alternative of(String phrase) {
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
			return new Alternative(regex.toString(), tokens[0].equals("*") ? null : tokens[0].charAt(0));
		}

	}

	/**
	 * Where a phrase was found, in the folded text (same length as the text when it is in
	 * composed form, as mail text is).
	 */
	record Match(int start, int end, String text) {
	}

}
