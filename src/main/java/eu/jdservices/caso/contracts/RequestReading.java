package eu.jdservices.caso.contracts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.jdservices.caso.intake.MailWords;

/**
 * Whether a mail asks something about a contract, and what: a cancellation, a change (and
 * the billing it asks for) or contracting a service, by the configured words
 * ({@code caso.contracts.requests.*}) on whole words, case and accents aside; a
 * cancellation wins over a change, a change over contracting. Pure.
 */
final class RequestReading {

	/** At most this much of the text is read: a request is written at its beginning. */
	static final int MAX_TEXT = 20_000;

	private static final Pattern ANNUAL = Pattern.compile(" (?:anual|anualmente|annual|annually|yearly|year) ");

	private static final Pattern MONTHLY = Pattern.compile(" (?:mensual|mensualmente|monthly|month) ");

	private final Pattern cancellation;

	private final Pattern change;

	private final Pattern contracting;

	RequestReading(ContractsProperties.Requests words) {
		this.cancellation = pattern(words.cancellationWords());
		this.change = pattern(words.changeWords());
		this.contracting = pattern(words.contractingWords());
	}

	/**
	 * What a request asks.
	 *
	 * @param kind cancellation, change or contracting
	 * @param billing the billing a change asks for, or {@code null}
	 * @param words the words that tell it
	 */
	record Request(RequestKind kind, Billing billing, String words) {
	}

	Optional<Request> read(String subject, String text) {
		String body = (text.length() > MAX_TEXT) ? text.substring(0, MAX_TEXT) : text;
		String words = " " + String.join(" ", MailWords.words(subject)) + " . "
				+ String.join(" ", MailWords.words(body)) + " ";
		Matcher matcher = this.cancellation.matcher(words);
		if (matcher.find()) {
			return Optional.of(new Request(RequestKind.CANCELLATION, null, matcher.group().strip()));
		}
		matcher = this.change.matcher(words);
		if (matcher.find()) {
			return Optional.of(new Request(RequestKind.CHANGE, billingAskedFor(words), matcher.group().strip()));
		}
		matcher = this.contracting.matcher(words);
		if (matcher.find()) {
			return Optional.of(new Request(RequestKind.CONTRACTING, null, matcher.group().strip()));
		}
		return Optional.empty();
	}

	/** The billing named last ("de mensual a anual" asks for annual), or none. */
	private static Billing billingAskedFor(String words) {
		int annual = last(ANNUAL, words);
		int monthly = last(MONTHLY, words);
		if (annual < 0 && monthly < 0) {
			return null;
		}
		return (annual > monthly) ? Billing.ANNUAL : Billing.MONTHLY;
	}

	private static int last(Pattern pattern, String words) {
		Matcher matcher = pattern.matcher(words);
		int at = -1;
		while (matcher.find()) {
			at = matcher.start();
		}
		return at;
	}

	/** Phrases as runs of folded words; {@code *} alone stands for up to three words. */
	private static Pattern pattern(List<String> phrases) {
		List<String> alternatives = new ArrayList<>();
		for (String phrase : phrases) {
			List<String> parts = new ArrayList<>();
			for (String token : phrase.strip().split("\\s+")) {
				if (token.equals("*")) {
					parts.add("(?:[^ ]+ ){0,3}?");
				}
				else {
					List<String> words = MailWords.words(token);
					if (!words.isEmpty()) {
						parts.add(Pattern.quote(String.join(" ", words)) + " ");
					}
				}
			}
			if (!parts.isEmpty()) {
				alternatives.add(String.join("", parts));
			}
		}
		return Pattern.compile(alternatives.isEmpty() ? "(?!)" : " (?:" + String.join("|", alternatives) + ")");
	}

}
