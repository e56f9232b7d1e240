package eu.jdservices.caso.policy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import eu.jdservices.caso.intake.Reason;
import org.apache.commons.validator.routines.CreditCardValidator;
import org.apache.commons.validator.routines.IBANValidator;

/**
 * S1.11: no secrets in cases. Passwords ("contraseña: …", "password=…"), card numbers
 * (issuer prefix, length and Luhn), IBANs (checksum) and Spanish DNI/NIE (check letter)
 * are redacted from the stored text — the whole text, quoted history included, since it
 * is all stored. A mail marked confidential is flagged; nothing is redacted for it.
 */
final class SensitiveDataCheck implements GuidelineCheck {

	// Each pattern looks ahead at its first character before it looks behind: the
	// whole text is searched, and most places fail at once (a mail of megabytes took
	// seconds).

	private static final Pattern IBAN = Pattern.compile("(?=[A-Z])(?<![A-Za-z0-9])[A-Z]{2}\\d{2}(?: ?[A-Z0-9]){11,30}");

	private static final Pattern CARD = Pattern.compile("(?=\\d)(?<![\\d.,/-])(?:\\d[ -]?){12,18}\\d(?!\\d|[.,/]\\d)");

	private static final Pattern DNI = Pattern
		.compile("(?=\\d)(?<![\\p{L}\\p{N}])\\d{8}[ -]?[A-Za-z](?![\\p{L}\\p{N}])");

	private static final Pattern NIE = Pattern
		.compile("(?=[XYZxyz])(?<![\\p{L}\\p{N}])[XYZxyz][ -]?\\d{7}[ -]?[A-Za-z](?![\\p{L}\\p{N}])");

	/** Disclaimers say "confidential" about every mail: they are no marker. */
	private static final Phrases DISCLAIMER = Phrases.of(List.of("destinatario*", "aviso legal", "si ha recibido",
			"si usted no es", "prohibid*", "proteccion de datos", "rgpd", "lopd", "intended recipient*",
			"if you have received", "if you are not", "disclaimer", "privileged", "prohibited", "gdpr",
			"data protection", "exclusively for", "solely for", "exclusivamente"));

	private static final CreditCardValidator CARDS = new CreditCardValidator(
			CreditCardValidator.AMEX + CreditCardValidator.VISA + CreditCardValidator.MASTERCARD
					+ CreditCardValidator.DISCOVER + CreditCardValidator.DINERS);

	private final PolicyProperties.SensitiveData settings;

	private final Pattern password;

	private final Phrases confidential;

	SensitiveDataCheck(PolicyProperties.SensitiveData settings) {
		this.settings = settings;
		List<String> passwordWords = Stream
			.concat(settings.passwordWordsEs().stream(), settings.passwordWordsEn().stream())
			.filter((word) -> !word.isBlank())
			.map(String::strip)
			.toList();
		String words = passwordWords.stream()
			.map((word) -> Pattern.quote(word).replace(" ", "\\E\\s+\\Q"))
			.collect(Collectors.joining("|"));
		String firstLetters = passwordWords.stream()
			.map((word) -> "\\x{" + Integer.toHexString(word.codePointAt(0)) + "}")
			.distinct()
			.collect(Collectors.joining());
		// "clave: x", "password (temporal) = x", "la contraseña es x", "password is x"
		this.password = Pattern.compile("(?iu)" + (firstLetters.isEmpty() ? "" : "(?=[" + firstLetters + "])")
				+ "(?<![\\p{L}\\p{N}])(?:" + words + ")(?![\\p{L}\\p{N}])"
				+ "(?:\\s*\\([^)\\n]{0,30}\\))?(?:(?<colon>\\s*[:=]\\s*)|\\s+(?:es|era|sería|is|was)\\s+)"
				+ "(?<secret>[^\\s]+)");
		this.confidential = Phrases.of(settings.confidentialWordsEs(), settings.confidentialWordsEn());
	}

	@Override
	public String rule() {
		return "S1.11";
	}

	@Override
	public Reason code() {
		return Reason.SENSITIVE_DATA;
	}

	@Override
	public Action action() {
		return this.settings.action();
	}

	@Override
	public List<Finding> check(Submission submission) {
		return apply(submission).findings();
	}

	@Override
	public Outcome apply(Submission submission) {
		List<Effect.Redact> secrets = secrets(submission.mail().text());
		List<Finding> findings = new ArrayList<>();
		if (!secrets.isEmpty()) {
			LinkedHashSet<String> kinds = secrets.stream()
				.map(Effect.Redact::code)
				.collect(Collectors.toCollection(LinkedHashSet::new));
			findings.add(new Finding(code(), rule(), action(), "redacted: " + String.join(", ", kinds),
					kinds.contains("PASSWORD") ? "policy.sensitive-data.password" : "policy.sensitive-data.redacted",
					List.of()));
		}
		confidentialMarker(submission).ifPresent((marker) -> findings.add(new Finding(code(), rule(), action(),
				"marked confidential: " + marker, "policy.sensitive-data.confidential", List.of())));
		return new Outcome(findings, List.copyOf(secrets));
	}

	/** The secrets of a text, in text order, none inside another. */
	List<Effect.Redact> secrets(String text) {
		NavigableMap<Integer, Effect.Redact> found = new TreeMap<>();
		ibans(text, found);
		add(found, CARD, text, "CARD", (value) -> CARDS.isValid(value.replaceAll("[ -]", "")));
		add(found, NIE, text, "NIE", (value) -> SpanishIds.isNie(value.replaceAll("[ -]", "")));
		add(found, DNI, text, "DNI", (value) -> SpanishIds.isDni(value.replaceAll("[ -]", "")));
		passwords(text, found);
		return List.copyOf(found.values());
	}

	private static void ibans(String text, NavigableMap<Integer, Effect.Redact> found) {
		Matcher matcher = IBAN.matcher(text);
		while (matcher.find()) {
			// the pattern may run into following capitals: try the longest valid prefix
			for (int end = matcher.end(); end > matcher.start() + 14; end--) {
				String candidate = text.substring(matcher.start(), end);
				if (!candidate.endsWith(" ") && IBANValidator.getInstance().isValid(candidate.replace(" ", ""))) {
					addIfFree(found, new Effect.Redact(matcher.start(), end, "IBAN"));
					break;
				}
			}
		}
	}

	private static void add(NavigableMap<Integer, Effect.Redact> found, Pattern pattern, String text, String code,
			java.util.function.Predicate<String> valid) {
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			if (valid.test(matcher.group())) {
				addIfFree(found, new Effect.Redact(matcher.start(), matcher.end(), code));
			}
		}
	}

	private void passwords(String text, NavigableMap<Integer, Effect.Redact> found) {
		Matcher matcher = this.password.matcher(text);
		while (matcher.find()) {
			int start = matcher.start("secret");
			String secret = matcher.group("secret").replaceAll("[.,;:)\\]\"'»”]+$", "");
			boolean colon = matcher.group("colon") != null;
			if (looksLikePassword(secret, colon)) {
				addIfFree(found, new Effect.Redact(start, start + secret.length(), "PASSWORD"));
			}
		}
	}

	/**
	 * After a colon almost anything is a password; after "es"/"is" only what does not
	 * read as a word ("la contraseña es incorrecta").
	 */
	static boolean looksLikePassword(String secret, boolean colon) {
		if (secret.length() < 3 || secret.chars().allMatch((c) -> c == '*' || c == 'x' || c == 'X' || c == '•')
				|| secret.startsWith("[REDACTED")) {
			return false;
		}
		if (colon) {
			return !Stopwords.contains(MailText.fold(secret));
		}
		boolean digit = secret.chars().anyMatch(Character::isDigit);
		boolean symbol = secret.chars().anyMatch((c) -> !Character.isLetterOrDigit(c));
		boolean innerUpper = secret.substring(1).chars().anyMatch(Character::isUpperCase);
		return digit || symbol || innerUpper;
	}

	/**
	 * Adds the secret unless it overlaps one found before: only its neighbours by start
	 * can (those found do not overlap each other), so thousands of secrets cost no more
	 * than a look at two each.
	 */
	private static void addIfFree(NavigableMap<Integer, Effect.Redact> found, Effect.Redact redact) {
		Map.Entry<Integer, Effect.Redact> before = found.floorEntry(redact.start());
		Map.Entry<Integer, Effect.Redact> after = found.ceilingEntry(redact.start());
		boolean overlaps = (before != null && before.getValue().end() > redact.start())
				|| (after != null && after.getKey() < redact.end());
		if (!overlaps) {
			found.put(redact.start(), redact);
		}
	}

	private Optional<String> confidentialMarker(Submission submission) {
		Optional<String> sensitivity = submission.mail()
			.header("Sensitivity")
			.map((value) -> value.strip().toLowerCase(Locale.ROOT))
			.filter((value) -> value.equals("company-confidential") || value.equals("private"));
		if (sensitivity.isPresent()) {
			return Optional.of("Sensitivity: " + sensitivity.get());
		}
		String body = MailText.body(submission.mail().text());
		for (String paragraph : (MailText.subject(submission.mail().subject()) + "\n\n" + body).split("\\n\\s*\\n")) {
			Optional<String> marker = this.confidential.find(paragraph);
			if (marker.isPresent() && !DISCLAIMER.in(paragraph)) {
				return Optional.of("'" + marker.get() + "'");
			}
		}
		return Optional.empty();
	}

}
