package eu.jdservices.caso.intake.parsing;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import eu.jdservices.caso.fuzz.FuzzFigures;
import eu.jdservices.caso.fuzz.MailMutations;
import eu.jdservices.caso.fuzz.MailMutations.Mutant;
import eu.jdservices.caso.intake.MailParser.UnparseableMailException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parser over thousands of mutated corpus mails (fixed seed, see
 * {@link MailMutations}): each is parsed, or refused as {@link UnparseableMailException},
 * without running away; nothing else is thrown and nothing hangs. Each mail is parsed on
 * a thread of the default stack size, as in production; CPU time is what is asserted,
 * since the wall time of a busy build machine says little about the parser.
 */
class FuzzedMailParsingTests {

	/**
	 * What only a runaway (catastrophic backtracking, a quadratic loop) costs: the
	 * target, a second per mail, is {@code bench/fuzz}'s to measure on warm code; here
	 * the cold first mails of a busy build machine come close to it.
	 */
	private static final Duration RUNAWAY = Duration.ofSeconds(5);

	private static final long SEED = Long.getLong("caso.fuzz.seed", 9);

	private static final int MAILS = Integer.getInteger("caso.fuzz.parser-mails", 1_020);

	private static final long HANG_SECONDS = 20;

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private final Mime4jMailParser parser = new Mime4jMailParser();

	@Test
	void everyMutatedMailIsParsedOrRefusedAsUnparseableAndNoneRunsAway() throws Exception {
		Assumptions.assumeTrue(Files.isDirectory(MailMutations.corpusDirectory()), "no corpus");
		MailMutations mutations = MailMutations.ofCorpus(SEED);
		FuzzFigures figures = new FuzzFigures();
		ExecutorService worker = newWorker();
		for (int i = 0; i < MAILS; i++) {
			Mutant mutant = mutations.mutant(i);
			long started = System.nanoTime();
			Future<Parsed> parsing = worker.submit(() -> parse(mutant.raw()));
			try {
				Parsed parsed = parsing.get(HANG_SECONDS, TimeUnit.SECONDS);
				figures.add(mutant, System.nanoTime() - started, parsed.cpuNanos(), parsed.outcome());
			}
			catch (ExecutionException ex) {
				figures.crash(mutant, System.nanoTime() - started, 0, ex.getCause().toString());
			}
			catch (TimeoutException ex) {
				figures.crash(mutant, System.nanoTime() - started, 0, "no result after " + HANG_SECONDS + " s");
				worker.shutdownNow();
				worker = newWorker();
			}
		}
		worker.shutdownNow();
		System.out.println(figures.summary("fuzz parser, seed " + SEED));
		System.out.println("[fuzz parser] slowest by mutation:" + figures.slowestByKind());
		figures.crashes().forEach((mail, what) -> System.out.println("[fuzz parser] CRASH " + mail + ": " + what));

		assertThat(figures.mails()).isEqualTo(MAILS);
		assertThat(figures.crashes()).as("mails the parser threw on (other than unparseable) or hung on").isEmpty();
		assertThat(figures.slowest().cpuMillis()).as("slowest mail: %s", figures.slowest())
			.isLessThan(RUNAWAY.toMillis());
	}

	private Parsed parse(byte[] raw) {
		long cpu = THREADS.getCurrentThreadCpuTime();
		String outcome;
		try {
			this.parser.parse(raw);
			outcome = "parsed";
		}
		catch (UnparseableMailException ex) {
			outcome = "unparseable";
		}
		return new Parsed(outcome, THREADS.getCurrentThreadCpuTime() - cpu);
	}

	private static ExecutorService newWorker() {
		return Executors.newSingleThreadExecutor(Thread.ofPlatform().name("fuzz-parser").daemon().factory());
	}

	private record Parsed(String outcome, long cpuNanos) {
	}

}
