package eu.jdservices.caso.policy;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import eu.jdservices.caso.intake.Reason;

/**
 * S2.4: no new case on the matter of a case that is still open. A mail whose subject and
 * text are both very similar to those of an open case of the organisation (Jaccard
 * similarity of the sets of their informative words' stems) is flagged and linked to that
 * case.
 * <p>
 * Every new mail of an organisation is compared with its open cases (up to 50), whose
 * subject and opening text do not change: their stems are kept for the last
 * {@value #REMEMBERED} cases compared, so that each open case's text is read once, not
 * once per new mail.
 */
final class DuplicateOpenCaseCheck implements GuidelineCheck {

	private static final int STEM = 5;

	private static final int REMEMBERED = 10_000;

	private final PolicyProperties.DuplicateOpenCase settings;

	/** The stems of open cases compared lately (least recently compared first out). */
	private final Map<Key, Stems> remembered = Collections.synchronizedMap(new LinkedHashMap<>(1_024, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<Key, Stems> eldest) {
			return size() > REMEMBERED;
		}

	});

	DuplicateOpenCaseCheck(PolicyProperties.DuplicateOpenCase settings) {
		this.settings = settings;
	}

	@Override
	public boolean readsOpenCases() {
		return true;
	}

	@Override
	public String rule() {
		return "S2.4";
	}

	@Override
	public Reason code() {
		return Reason.DUPLICATE_OPEN_CASE;
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
		Set<String> subject = subjectWords(submission.mail().subject());
		Set<String> text = textWords(submission.mail().text());
		// subjects first (short, cheap); the texts only of the cases whose subject is
		// alike
		Optional<Similar> best = Optional.empty();
		for (OpenCase open : submission.openCases()) {
			Stems stems = stemsOf(open);
			double subjectSimilarity = jaccard(subject, stems.subject());
			if (subjectSimilarity < this.settings.subjectSimilarity()) {
				continue;
			}
			double textSimilarity = jaccard(text, stems.text());
			if (textSimilarity >= this.settings.textSimilarity()
					&& best.filter((other) -> other.subject() + other.text() >= subjectSimilarity + textSimilarity)
						.isEmpty()) {
				best = Optional.of(new Similar(open, subjectSimilarity, textSimilarity));
			}
		}
		return best
			.map((similar) -> new Outcome(List.of(finding(similar)),
					List.of(new Effect.DuplicateOf(similar.openCase().number()))))
			.orElseGet(() -> new Outcome(List.of(), List.of()));
	}

	private Finding finding(Similar similar) {
		long number = similar.openCase().number();
		return new Finding(code(), rule(), action(), String.format(java.util.Locale.ROOT,
				"similar to open case #%d (subject %.2f, text %.2f)", number, similar.subject(), similar.text()),
				"policy.duplicate-open-case", List.of(number));
	}

	private Stems stemsOf(OpenCase open) {
		Key key = new Key(open.number(), open.subject().hashCode(), open.textKey());
		Stems stems = this.remembered.get(key);
		if (stems == null) {
			stems = new Stems(subjectWords(open.subject()), () -> textWords(open.text()));
			this.remembered.put(key, stems);
		}
		return stems;
	}

	private static Set<String> subjectWords(String subject) {
		return stems(MailText.informativeWords(MailText.subjectWithoutPrefixes(MailText.subject(subject))));
	}

	private static Set<String> textWords(String text) {
		return stems(MailText.informativeWords(MailText.body(text)));
	}

	/**
	 * Words cut to their first {@value #STEM} letters: a crude stemmer that makes
	 * "sincronizan" and "sincronizar", "working" and "worked" alike.
	 */
	private static Set<String> stems(List<String> words) {
		Set<String> stems = new HashSet<>();
		words.forEach((word) -> stems.add((word.length() > STEM) ? word.substring(0, STEM) : word));
		return stems;
	}

	static double jaccard(Set<String> a, Set<String> b) {
		if (a.isEmpty() && b.isEmpty()) {
			return 0;
		}
		Set<String> union = new HashSet<>(a);
		union.addAll(b);
		Set<String> common = new HashSet<>(a);
		common.retainAll(b);
		return (double) common.size() / union.size();
	}

	/**
	 * An open case as compared: its number, the hash of its subject, and what identifies
	 * its opening text ({@link OpenCase#textKey()}).
	 */
	private record Key(long number, int subject, long text) {
	}

	/**
	 * The stems of an open case's subject, and of its text once a subject alike made them
	 * needed.
	 */
	private static final class Stems {

		private final Set<String> subject;

		private final Supplier<Set<String>> reading;

		private volatile Set<String> text;

		Stems(Set<String> subject, Supplier<Set<String>> reading) {
			this.subject = subject;
			this.reading = reading;
		}

		Set<String> subject() {
			return this.subject;
		}

		Set<String> text() {
			Set<String> known = this.text;
			if (known == null) {
				known = this.reading.get();
				this.text = known;
			}
			return known;
		}

	}

	private record Similar(OpenCase openCase, double subject, double text) {
	}

}
