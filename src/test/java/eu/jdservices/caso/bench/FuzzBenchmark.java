package eu.jdservices.caso.bench;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import javax.sql.DataSource;

import eu.jdservices.caso.CasoApplication;
import eu.jdservices.caso.directory.Directory;
import eu.jdservices.caso.fuzz.DecisionProbe;
import eu.jdservices.caso.fuzz.FuzzFigures;
import eu.jdservices.caso.fuzz.MailMutations;
import eu.jdservices.caso.fuzz.MailMutations.Mutant;
import eu.jdservices.caso.intake.MailParser.UnparseableMailException;
import eu.jdservices.caso.intake.SmtpIntake;
import eu.jdservices.caso.intake.parsing.Mime4jMailParser;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A benchmark (not a test) of fuzzed mail: {@code bench.mails} mutated corpus mails (see
 * {@link MailMutations}, seed {@code bench.seed}) each through the parser in this JVM and
 * then, over SMTP, through a Caso started in this JVM on H2 (storing, triage, guideline
 * checks, case opening, acknowledgement to an SMTP sink), one mail at a time. Prints the
 * crashes (0 expected: an exception other than "unparseable", a hang, a mail without
 * decision or quarantined because its processing failed), the decisions by kind, CPU and
 * wall time per mail (p50, p99, max, the slowest mail and its mutation) and the total.
 * Run it with {@code bench/fuzz}.
 */
public final class FuzzBenchmark {

	private static final long HANG_SECONDS = 20;

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private final int mails;

	private final long seed;

	/** The mutants to send, or empty for {@code 0..mails-1}. */
	private final List<Integer> only;

	private FuzzBenchmark(int mails, long seed, List<Integer> only) {
		this.mails = mails;
		this.seed = seed;
		this.only = only;
	}

	public static void main(String[] args) {
		int status = 0;
		try {
			status = new FuzzBenchmark(Integer.getInteger("bench.mails", 10_000), Long.getLong("bench.seed", 9),
					only(System.getProperty("bench.only", "")))
				.run();
		}
		catch (Throwable ex) {
			ex.printStackTrace();
			status = 2;
		}
		System.exit(status);
	}

	/**
	 * @return 0 when no mail crashed, else 1
	 */
	private int run() throws Exception {
		MailMutations mutations = MailMutations.ofCorpus(this.seed);
		System.out.printf(Locale.ROOT, "[bench fuzz] %d mutated mails of %d corpus mails (%s), seed %d%n", this.mails,
				mutations.originals(), MailMutations.corpusDirectory().toAbsolutePath().normalize(), this.seed);
		FuzzFigures parsing = new FuzzFigures();
		FuzzFigures deciding = new FuzzFigures();
		Map<String, Integer> reasons = new TreeMap<>();
		Path dataDir = Path.of("target-bench", "bench-data", UUID.randomUUID().toString()).toAbsolutePath();
		ExecutorService parser = newParserThread();
		try (IntakeBenchmark.AckSink sink = IntakeBenchmark.AckSink.start();
				ConfigurableApplicationContext caso = startCaso(dataDir, sink.port())) {
			importDirectory(caso.getBean(Directory.class));
			DecisionProbe probe = new DecisionProbe(caso.getBean(SmtpIntake.class).port(),
					JdbcClient.create(caso.getBean(DataSource.class)), Duration.ofSeconds(60));
			String run = UUID.randomUUID().toString().substring(0, 8);
			for (int i = 0; i < this.mails; i++) {
				Mutant mutant = mutations.mutant(this.only.isEmpty() ? i : this.only.get(i % this.only.size()));
				parser = parse(mutant, parser, parsing);
				// a mutant sent again gets a Message-ID of its own each time
				DecisionProbe.Decided decided = probe.send(mutant, this.only.isEmpty() ? run : run + "-" + i);
				if (decided.crashed()) {
					deciding.crash(mutant, decided.wallNanos(), decided.cpuNanos(),
							decided.decision() + " " + decided.detail());
				}
				else {
					deciding.add(mutant, decided.wallNanos(), decided.cpuNanos(), decided.kind());
					reasons.merge(decided.decision(), 1, Integer::sum);
				}
				if (!this.only.isEmpty()) {
					System.out.printf(Locale.ROOT, "[bench fuzz] %s: cpu %.1fms wall %.1fms %s%n", mutant.describe(),
							decided.cpuNanos() / 1e6, decided.wallNanos() / 1e6, decided.decision());
				}
				if ((i + 1) % 500 == 0) {
					System.out.printf(Locale.ROOT, "[bench fuzz] %d mails, %d crashes, slowest decision so far: %s%n",
							i + 1, parsing.crashes().size() + deciding.crashes().size(), deciding.slowest());
				}
			}
		}
		finally {
			parser.shutdownNow();
			deleteQuietly(dataDir);
		}
		print(parsing, deciding, reasons);
		return (parsing.crashes().isEmpty() && deciding.crashes().isEmpty()) ? 0 : 1;
	}

	/**
	 * {@code bench.only}: e.g. {@code 1170,1815} sends these mutants again and again
	 * ({@code bench.mails} in all), to profile the slowest ones.
	 */
	private static List<Integer> only(String indices) {
		return Stream.of(indices.split(","))
			.map(String::strip)
			.filter((index) -> !index.isEmpty())
			.map(Integer::valueOf)
			.toList();
	}

	/** Parses on a thread of its own (default stack size, as in production). */
	private static ExecutorService parse(Mutant mutant, ExecutorService parser, FuzzFigures figures)
			throws InterruptedException {
		long started = System.nanoTime();
		Future<String[]> parsing = parser.submit(() -> {
			long cpu = THREADS.getCurrentThreadCpuTime();
			String outcome;
			try {
				new Mime4jMailParser().parse(mutant.raw());
				outcome = "parsed";
			}
			catch (UnparseableMailException ex) {
				outcome = "unparseable";
			}
			return new String[] { outcome, String.valueOf(THREADS.getCurrentThreadCpuTime() - cpu) };
		});
		try {
			String[] parsed = parsing.get(HANG_SECONDS, TimeUnit.SECONDS);
			figures.add(mutant, System.nanoTime() - started, Long.parseLong(parsed[1]), parsed[0]);
			return parser;
		}
		catch (ExecutionException ex) {
			figures.crash(mutant, System.nanoTime() - started, 0, ex.getCause().toString());
			return parser;
		}
		catch (TimeoutException ex) {
			figures.crash(mutant, System.nanoTime() - started, 0, "no result after " + HANG_SECONDS + " s");
			parser.shutdownNow();
			return newParserThread();
		}
	}

	private static void print(FuzzFigures parsing, FuzzFigures deciding, Map<String, Integer> reasons) {
		System.out.println();
		System.out.println("[bench fuzz] ===== parser (in this JVM) =====");
		System.out.println(parsing.summary("bench fuzz parser"));
		System.out.println("[bench fuzz parser] slowest by mutation:" + parsing.slowestByKind());
		System.out.println("[bench fuzz] ===== parser and decision (SMTP intake, triage, checks, case) =====");
		System.out.println(deciding.summary("bench fuzz decision"));
		System.out.println("[bench fuzz decision] slowest by mutation:" + deciding.slowestByKind());
		System.out.println("[bench fuzz decision] most frequent decisions (decision/reasons):");
		reasons.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
			.limit(15)
			.forEach((entry) -> System.out.printf(Locale.ROOT, "  %6d  %s%n", entry.getValue(), entry.getKey()));
		List<String> crashes = new ArrayList<>();
		parsing.crashes().forEach((mail, what) -> crashes.add("parser   " + mail + ": " + what));
		deciding.crashes().forEach((mail, what) -> crashes.add("decision " + mail + ": " + what));
		System.out.println("[bench fuzz] crashes: " + crashes.size());
		crashes.forEach((crash) -> System.out.println("  CRASH " + crash));
	}

	private static ConfigurableApplicationContext startCaso(Path dataDir, int relayPort) {
		return new SpringApplicationBuilder(CasoApplication.class).run("--caso.intake.smtp.port=0", "--server.port=0",
				"--caso.data-dir=" + dataDir, "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + relayPort,
				"--caso.admin.email=admin@jd-services.eu", "--caso.admin.password=bench-admin-secret",
				"--logging.level.root=WARN", "--logging.level.eu.jdservices.caso.outbound=ERROR",
				"--spring.main.banner-mode=off",
				// the corpus has a few dozen senders: lift the per-sender loop guard
				"--caso.cases.automatic-mails-per-sender-per-hour=1000000");
	}

	private static void importDirectory(Directory directory) {
		try (Reader csv = new InputStreamReader(FuzzBenchmark.class.getResourceAsStream("/directory.csv"),
				StandardCharsets.UTF_8)) {
			directory.importCsv(csv, Locale.ENGLISH);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static ExecutorService newParserThread() {
		return Executors.newSingleThreadExecutor(Thread.ofPlatform().name("bench-parser").daemon().factory());
	}

	/**
	 * The benchmark's database and outbox are gigabytes after 10,000 mails of up to 3 MB.
	 */
	private static void deleteQuietly(Path directory) {
		if (!Files.isDirectory(directory)) {
			return;
		}
		try (Stream<Path> files = Files.walk(directory)) {
			files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
		}
		catch (IOException ex) {
			System.out.println("[bench fuzz] could not delete " + directory + ": " + ex);
		}
	}

}
