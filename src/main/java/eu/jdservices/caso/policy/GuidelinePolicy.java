package eu.jdservices.caso.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Runs the guideline checks, in order, on a mail that is about to open a case and builds
 * the {@link Verdict}: the findings, and the text, subject and attachments as they are to
 * be stored. Checks whose action is {@link Action#OFF} are skipped, effects included.
 */
public class GuidelinePolicy {

	private final List<GuidelineCheck> checks;

	public GuidelinePolicy(List<GuidelineCheck> checks) {
		this.checks = List.copyOf(checks);
	}

	/** The policy of the published guidelines with the given settings. */
	public static GuidelinePolicy of(PolicyProperties properties) {
		return new GuidelinePolicy(Guidelines.checks(properties));
	}

	/** The checks, in the order they run. */
	public List<GuidelineCheck> checks() {
		return this.checks;
	}

	public Verdict evaluate(Submission submission) {
		return ahead(submission).complete(submission);
	}

	/**
	 * Runs the checks that do not look at the organisation's open cases, so that they can
	 * run before the requester's cases are locked; {@link Ahead#complete} runs the others
	 * and gives the same verdict as {@link #evaluate}.
	 */
	public Ahead ahead(Submission submission) {
		Outcome[] outcomes = new Outcome[this.checks.size()];
		for (int i = 0; i < outcomes.length; i++) {
			GuidelineCheck check = this.checks.get(i);
			if (check.action() != Action.OFF && !check.readsOpenCases()) {
				outcomes[i] = check.apply(submission);
			}
		}
		return new Ahead(outcomes);
	}

	/** The outcomes of the checks run ahead, by position. */
	public final class Ahead {

		private final Outcome[] outcomes;

		private Ahead(Outcome[] outcomes) {
			this.outcomes = outcomes;
		}

		/**
		 * Runs the remaining checks on the submission (the same mail, now with the open
		 * cases) and builds the verdict, findings and effects in the checks' order.
		 */
		public Verdict complete(Submission submission) {
			List<Finding> findings = new ArrayList<>();
			List<Effect> effects = new ArrayList<>();
			for (int i = 0; i < this.outcomes.length; i++) {
				GuidelineCheck check = GuidelinePolicy.this.checks.get(i);
				if (check.action() != Action.OFF) {
					Outcome outcome = (this.outcomes[i] != null) ? this.outcomes[i] : check.apply(submission);
					outcome.findings()
						.stream()
						.filter((finding) -> finding.action() != Action.OFF)
						.forEach(findings::add);
					effects.addAll(outcome.effects());
				}
			}
			return verdict(submission, findings, effects);
		}

	}

	private Verdict verdict(Submission submission, List<Finding> findings, List<Effect> effects) {
		List<Effect.Redact> redactions = new ArrayList<>();
		LinkedHashSet<String> dropped = new LinkedHashSet<>();
		LinkedHashSet<String> contacts = new LinkedHashSet<>();
		String subject = submission.mail().subject();
		Optional<Long> duplicateOf = Optional.empty();
		for (Effect effect : effects) {
			switch (effect) {
				case Effect.Redact redact -> redactions.add(redact);
				case Effect.DropAttachment drop -> dropped.add(drop.name());
				case Effect.KeepContact keep -> contacts.add(keep.contact());
				case Effect.NormalizeSubject normalize -> subject = normalize.subject();
				case Effect.DuplicateOf duplicate ->
					duplicateOf = duplicateOf.or(() -> Optional.of(duplicate.caseNumber()));
			}
		}
		List<Effect.Redact> applied = withoutOverlaps(redactions);
		return new Verdict(findings, redact(submission.mail().text(), applied),
				applied.stream().map(Effect.Redact::code).toList(), List.copyOf(dropped), List.copyOf(contacts),
				subject, duplicateOf);
	}

	/** The redactions in text order, a redaction inside an earlier one left out. */
	private static List<Effect.Redact> withoutOverlaps(List<Effect.Redact> redactions) {
		List<Effect.Redact> sorted = redactions.stream().sorted(Comparator.comparingInt(Effect.Redact::start)).toList();
		List<Effect.Redact> result = new ArrayList<>();
		int end = 0;
		for (Effect.Redact redact : sorted) {
			if (redact.start() >= end) {
				result.add(redact);
				end = redact.end();
			}
		}
		return result;
	}

	/**
	 * The text with the redactions (in text order, none overlapping) applied, in one
	 * pass.
	 */
	private static String redact(String text, List<Effect.Redact> redactions) {
		StringBuilder result = new StringBuilder(text.length());
		int copied = 0;
		for (Effect.Redact redact : redactions) {
			result.append(text, copied, redact.start()).append(redact.replacement());
			copied = redact.end();
		}
		return result.append(text, copied, text.length()).toString();
	}

}
