package eu.jdservices.caso.policy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import eu.jdservices.caso.intake.ParsedMail;
import eu.jdservices.caso.intake.Severity;
import eu.jdservices.caso.intake.parsing.Mime4jMailParser;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Runs the policy over Zammad's mail corpus ({@code shared/corpus/zammad-mail}, read by
 * path, never copied) as severity C mails of unknown senders of no organisation, and
 * prints how many mails trigger each finding code: ordinary real mails, mostly German and
 * English, to spot false positives. Only asserts that no mail breaks the policy.
 */
class PolicyOverCorpusTests {

	/**
	 * Severity the corpus mails are evaluated as ({@code -Dcaso.policy.corpus.severity=A}
	 * to try another).
	 */
	private static final Severity SEVERITY = Severity.valueOf(System.getProperty("caso.policy.corpus.severity", "C"));

	@Test
	void evaluatesEveryCorpusMailAndPrintsTheFindings() throws Exception {
		String shared = System.getProperty("caso.shared.dir", "../shared");
		Path corpus = Path.of(shared, "corpus", "zammad-mail");
		Assumptions.assumeTrue(Files.isDirectory(corpus), "no corpus at " + corpus);
		List<Path> mails;
		try (Stream<Path> files = Files.list(corpus)) {
			mails = files.filter((file) -> file.getFileName().toString().matches("mail.*\\.box")).sorted().toList();
		}
		GuidelinePolicy policy = GuidelinePolicy.of(PolicyFixtures.settings());
		Map<String, Integer> counts = new TreeMap<>();
		Map<String, List<String>> examples = new TreeMap<>();
		for (Path file : mails) {
			assertThatNoException().as(file.getFileName().toString()).isThrownBy(() -> {
				ParsedMail mail = new Mime4jMailParser().parse(Files.readAllBytes(file));
				Verdict verdict = policy.evaluate(new Submission(mail, SEVERITY, Optional.empty(), null, false,
						List.of(), List.of(), Set.of("a@jd-services.eu", "b@jd-services.eu", "c@jd-services.eu")));
				for (Finding finding : verdict.findings()) {
					counts.merge(finding.code().name(), 1, Integer::sum);
					examples.computeIfAbsent(finding.code().name(), (code) -> new java.util.ArrayList<>())
						.add(file.getFileName() + ": " + finding.detail());
				}
				if (!verdict.redactions().isEmpty()) {
					counts.merge("(redactions)", 1, Integer::sum);
				}
				if (!verdict.alternativeContacts().isEmpty()) {
					counts.merge("(alternative contacts)", 1, Integer::sum);
					examples.computeIfAbsent("(alternative contacts)", (code) -> new java.util.ArrayList<>())
						.add(file.getFileName() + ": " + verdict.alternativeContacts());
				}
				if (!verdict.redactions().isEmpty()) {
					examples.computeIfAbsent("(redactions)", (code) -> new java.util.ArrayList<>())
						.add(file.getFileName() + ": " + verdict.redactions());
				}
			});
		}
		System.out.println(
				"Policy over " + mails.size() + " corpus mails as severity " + SEVERITY + " (mails per finding code):");
		counts.forEach((code, count) -> System.out.printf("  %-28s %d%n", code, count));
		if (Boolean.getBoolean("caso.policy.corpus.details")) {
			examples.forEach((code, list) -> list.forEach((line) -> System.out.println("  " + code + " " + line)));
		}
	}

}
