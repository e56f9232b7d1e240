package eu.jdservices.caso.policy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.jdservices.caso.intake.Reason;

/**
 * S1.7: a unique, descriptive and specific subject. Flags subjects that say nothing
 * ("Ayuda", "Urgente", "Help"), have too few informative words, or repeat the subject of
 * an open case of the organisation. ALL-CAPS subjects are stored in normal case, short
 * acronyms (VPN, SAP, CRM) kept.
 */
final class VagueSubjectCheck implements GuidelineCheck {

	private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");

	private static final int MIN_CAPS_LETTERS = 4;

	private static final int MAX_ACRONYM = 4;

	private static final Set<Character.UnicodeScript> UNSPACED = Set.of(Character.UnicodeScript.HAN,
			Character.UnicodeScript.HIRAGANA, Character.UnicodeScript.KATAKANA, Character.UnicodeScript.THAI);

	/**
	 * Short words of subjects that are not acronyms (besides stopwords and vague words).
	 */
	private static final Set<String> ORDINARY_SHORT_WORDS = Set.of("re", "rv", "fw", "fwd", "aw", "wg", "web", "wifi",
			"red", "mail", "alta", "baja", "caso", "dato", "pago", "plan", "cita", "hoy", "ayer", "caer", "down", "new",
			"user", "lento", "va", "app", "wont", "cant", "work", "fail", "slow", "sync", "copy", "link", "file",
			"page", "site", "load", "send", "sent", "cobro", "mes", "año", "ano", "dia", "wait", "back", "cuota",
			"tras", "vez", "usar", "uso", "ver", "dar", "hace", "pone", "sale", "sube", "nube");

	private final PolicyProperties.VagueSubject settings;

	private final Set<String> vagueWords = new HashSet<>();

	VagueSubjectCheck(PolicyProperties.VagueSubject settings) {
		this.settings = settings;
		settings.wordsEs().forEach((entry) -> this.vagueWords.addAll(MailText.words(entry)));
		settings.wordsEn().forEach((entry) -> this.vagueWords.addAll(MailText.words(entry)));
	}

	@Override
	public boolean readsOpenCases() {
		return true;
	}

	@Override
	public String rule() {
		return "S1.7";
	}

	@Override
	public Reason code() {
		return Reason.VAGUE_SUBJECT;
	}

	@Override
	public Action action() {
		return this.settings.action();
	}

	@Override
	public List<Finding> check(Submission submission) {
		String subject = MailText.subjectWithoutPrefixes(MailText.subject(submission.mail().subject()));
		List<String> informative = MailText.informativeWords(subject)
			.stream()
			.filter((word) -> !this.vagueWords.contains(word))
			.toList();
		int count = informative.stream().mapToInt(VagueSubjectCheck::wordCount).sum();
		List<Finding> findings = new ArrayList<>();
		if (count < this.settings.minInformativeWords()) {
			findings.add(new Finding(code(), rule(), action(),
					"subject '" + subject + "' has " + count + " informative word(s), at least "
							+ this.settings.minInformativeWords() + " expected",
					"policy.vague-subject", List.of(subject)));
		}
		String key = String.join(" ", MailText.words(subject));
		submission.openCases()
			.stream()
			.filter((open) -> !key.isEmpty()
					&& key.equals(String.join(" ", MailText.words(MailText.subjectWithoutPrefixes(open.subject())))))
			.findFirst()
			.ifPresent((open) -> findings
				.add(new Finding(code(), rule(), action(), "same subject as open case #" + open.number(),
						"policy.vague-subject.same-as-open", List.of(open.number()))));
		return findings;
	}

	/**
	 * Words in a token: one, except in scripts written without spaces (Chinese, Japanese,
	 * Thai), where a run of ideographs is counted as a word per two characters.
	 */
	private static int wordCount(String token) {
		boolean unspaced = token.codePoints().allMatch((c) -> UNSPACED.contains(Character.UnicodeScript.of(c)));
		return unspaced ? Math.max(1, token.codePointCount(0, token.length()) / 2) : 1;
	}

	@Override
	public Outcome apply(Submission submission) {
		String subject = submission.mail().subject();
		List<Effect> effects = isAllCaps(subject) ? List.of(new Effect.NormalizeSubject(sentenceCase(subject)))
				: List.of();
		return new Outcome(check(submission), effects);
	}

	boolean isAllCaps(String subject) {
		long letters = subject.codePoints().filter(Character::isLetter).count();
		long upper = subject.codePoints().filter(Character::isUpperCase).count();
		return letters >= MIN_CAPS_LETTERS && upper >= this.settings.upperCaseShare() * letters;
	}

	/**
	 * The subject in sentence case: first letter upper, the rest lower, except short
	 * words that are not ordinary words (acronyms like VPN, SAP, CRM).
	 */
	String sentenceCase(String subject) {
		StringBuilder result = new StringBuilder();
		Matcher token = TOKEN.matcher(subject);
		int last = 0;
		boolean first = true;
		while (token.find()) {
			result.append(subject, last, token.start());
			String word = token.group();
			boolean acronym = word.length() <= MAX_ACRONYM && word.chars().anyMatch(Character::isLetter)
					&& !isOrdinaryWord(word);
			String cased = acronym ? word : word.toLowerCase(Locale.ROOT);
			if (first && !acronym && !cased.isEmpty()) {
				cased = cased.substring(0, 1).toUpperCase(Locale.ROOT) + cased.substring(1);
			}
			result.append(cased);
			first = false;
			last = token.end();
		}
		return result.append(subject.substring(last)).toString();
	}

	private boolean isOrdinaryWord(String word) {
		String folded = MailText.fold(word);
		return Stopwords.contains(folded) || this.vagueWords.contains(folded) || ORDINARY_SHORT_WORDS.contains(folded);
	}

}
