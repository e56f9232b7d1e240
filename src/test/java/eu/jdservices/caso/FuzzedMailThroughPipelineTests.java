package eu.jdservices.caso;

import java.nio.file.Files;
import java.time.Duration;
import java.util.UUID;

import eu.jdservices.caso.fuzz.DecisionProbe;
import eu.jdservices.caso.fuzz.FuzzFigures;
import eu.jdservices.caso.fuzz.MailMutations;
import eu.jdservices.caso.fuzz.MailMutations.Mutant;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mutated corpus mails (fixed seed, see {@link MailMutations}) through the whole
 * pipeline, one after the other: over SMTP to the intake, stored, parsed and decided by
 * the triage, the guideline checks and the case opening. Every mail gets a decision, none
 * is quarantined because its processing failed, and none runs away (CPU and wall times
 * are printed; the target of a second per mail is measured by {@code bench/fuzz}). Same
 * application context as {@link CorpusThroughPipelineTests}. {@code bench/fuzz} runs
 * 10,000 such mails.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:spine;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
		+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class FuzzedMailThroughPipelineTests extends MailScenarios {

	/**
	 * What only a runaway (catastrophic backtracking, a quadratic loop) costs: the
	 * target, a second per mail, is {@code bench/fuzz}'s to measure on warm code; here
	 * the cold first mails of a busy build machine come close to it.
	 */
	private static final Duration RUNAWAY = Duration.ofSeconds(5);

	private static final long SEED = Long.getLong("caso.fuzz.seed", 9);

	private static final int MAILS = Integer.getInteger("caso.fuzz.pipeline-mails", 255);

	@Test
	void everyMutatedMailGetsADecisionAndNoneRunsAway() throws Exception {
		Assumptions.assumeTrue(Files.isDirectory(MailMutations.corpusDirectory()), "no corpus");
		MailMutations mutations = MailMutations.ofCorpus(SEED);
		DecisionProbe probe = new DecisionProbe(this.intake.port(), this.jdbc, Duration.ofSeconds(60));
		String run = UUID.randomUUID().toString().substring(0, 8);
		FuzzFigures figures = new FuzzFigures();
		for (int i = 0; i < MAILS; i++) {
			Mutant mutant = mutations.mutant(i);
			DecisionProbe.Decided decided = probe.send(mutant, run);
			if (decided.crashed()) {
				figures.crash(mutant, decided.wallNanos(), decided.cpuNanos(),
						decided.decision() + " " + decided.detail());
			}
			else {
				figures.add(mutant, decided.wallNanos(), decided.cpuNanos(), decided.kind());
			}
		}
		System.out.println(figures.summary("fuzz pipeline, seed " + SEED));
		System.out.println("[fuzz pipeline] slowest by mutation:" + figures.slowestByKind());
		figures.crashes().forEach((mail, what) -> System.out.println("[fuzz pipeline] CRASH " + mail + ": " + what));

		assertThat(figures.mails()).isEqualTo(MAILS);
		assertThat(figures.crashes()).as("mails refused, lost, undecided or quarantined as failures").isEmpty();
		assertThat(figures.slowest().cpuMillis()).as("slowest mail: %s", figures.slowest())
			.isLessThan(RUNAWAY.toMillis());
	}

}
