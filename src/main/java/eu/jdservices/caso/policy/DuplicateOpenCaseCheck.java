package eu.jdservices.caso.policy;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import eu.jdservices.caso.intake.Reason;

/**
 * S2.4: no new case on the matter of a case that is still open. A mail whose subject and
 * text are both very similar to those of an open case of the organisation (Jaccard
 * similarity of the sets of their informative words' stems) is flagged and linked to that
 * case.
 */
final class DuplicateOpenCaseCheck implements GuidelineCheck {

	private static final int STEM = 5;

	private final PolicyProperties.DuplicateOpenCase settings;

	DuplicateOpenCaseCheck(PolicyProperties.DuplicateOpenCase settings) {
		this.settings = settings;
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
		Optional<Similar> best = submission.openCases()
			.stream()
			.filter((open) -> jaccard(subject, subjectWords(open.subject())) >= this.settings.subjectSimilarity())
			.map((open) -> new Similar(open, jaccard(subject, subjectWords(open.subject())),
					jaccard(text, textWords(open.text()))))
			.filter((similar) -> similar.text() >= this.settings.textSimilarity())
			.max((a, b) -> Double.compare(a.subject() + a.text(), b.subject() + b.text()));
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

	private record Similar(OpenCase openCase, double subject, double text) {
	}

}
