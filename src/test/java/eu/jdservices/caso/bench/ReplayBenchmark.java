package eu.jdservices.caso.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.sql.DataSource;

import eu.jdservices.caso.bench.ReplayReport.Outcome;
import eu.jdservices.caso.fuzz.DecisionProbe;
import eu.jdservices.caso.fuzz.MailMutations;
import eu.jdservices.caso.fuzz.MailMutations.Mutant;
import eu.jdservices.caso.support.FreePort;
import eu.jdservices.caso.support.Postgres;
import eu.jdservices.caso.support.SmtpDialogue;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A benchmark (not a test) that replays the corpora through the whole pipeline and writes
 * one line per mail with what Caso decided (see {@link ReplayReport}), so that two
 * revisions can be compared: the 108 mails of Zammad's corpus
 * ({@code shared/corpus/zammad-mail}, by path), the fixtures under
 * {@code src/test/resources/mail} and {@code bench.fuzz} mutated corpus mails (seed
 * {@code bench.seed}), each over SMTP to {@code c@} (the mutants to a@/b@/c@ in turn, as
 * {@code bench/fuzz}) and one at a time: the next mail is sent once the last one is
 * decided, so replies thread the same way on every run. Caso runs in this JVM on H2 or
 * PostgreSQL with a fixed clock ({@code bench.clock}, a Tuesday 10:00 UTC).
 * <p>
 * Depends only on what stays the same between revisions: the Spring Boot main class, the
 * SMTP intake, the REST directory import and the tables {@code intake_mail},
 * {@code cases_case} and {@code cases_finding} — so that {@code bench/replay REV} can
 * compile it against an older revision's classes and replay that revision. With
 * {@code compare BASE CURRENT} as arguments it compares two replays' files instead.
 */
public final class ReplayBenchmark {

	private static final Pattern STORED_AS = Pattern.compile("stored as (\\d+)");

	private static final String CORPUS_ADDRESS = "c@jd-services.eu";

	private static final List<String> FUZZ_ADDRESSES = List.of("a@jd-services.eu", "b@jd-services.eu",
			"c@jd-services.eu");

	private static final String ADMIN = "admin@jd-services.eu";

	private static final String ADMIN_PASSWORD = "bench-admin-secret";

	private static final long PATIENCE_MILLIS = 60_000;

	private ReplayBenchmark() {
	}

	public static void main(String[] args) {
		int status;
		try {
			status = (args.length == 3 && "compare".equals(args[0])) ? compare(Path.of(args[1]), Path.of(args[2]))
					: replay();
		}
		catch (Throwable ex) {
			ex.printStackTrace();
			status = 2;
		}
		System.exit(status);
	}

	/**
	 * @return 0 when both replays decided every mail the same, else 1
	 */
	private static int compare(Path base, Path current) throws IOException {
		List<String> differences = ReplayReport.differences(Files.readAllLines(base), Files.readAllLines(current));
		if (differences.isEmpty()) {
			System.out.printf(Locale.ROOT, "[bench replay] decisions identical: %d mails (%s = %s)%n",
					Files.readAllLines(current).size(), base, current);
			return 0;
		}
		System.out.printf(Locale.ROOT, "[bench replay] decisions differ for %d mails (- %s, + %s):%n",
				differences.size() / 2, base, current);
		differences.forEach(System.out::println);
		return 1;
	}

	private static int replay() throws Exception {
		String label = System.getProperty("bench.label", "current");
		String db = System.getProperty("bench.db", "h2").strip().toLowerCase(Locale.ROOT);
		Path out = Path.of(System.getProperty("bench.out", "target-bench/replay-" + label + ".txt"));
		Instant now = Instant.parse(System.getProperty("bench.clock", "2026-03-10T10:00:00Z"));
		List<Input> inputs = inputs();
		System.out.printf(Locale.ROOT, "[bench replay %s] %d mails on %s, clock fixed at %s%n", label, inputs.size(),
				db, now);

		Path dataDir = Path.of("target-bench", "replay-data", label).toAbsolutePath();
		deleteQuietly(dataDir);
		int smtpPort = FreePort.find();
		List<String> appArgs = new ArrayList<>(List.of("--caso.intake.smtp.port=" + smtpPort, "--server.port=0",
				"--caso.data-dir=" + dataDir, "--caso.admin.email=" + ADMIN, "--caso.admin.password=" + ADMIN_PASSWORD,
				"--logging.level.root=WARN", "--logging.level.eu.jdservices.caso.outbound=ERROR",
				"--spring.main.banner-mode=off",
				// the corpus has a few dozen senders: lift the per-sender loop guard
				"--caso.cases.automatic-mails-per-sender-per-hour=1000000"));
		if ("postgres".equals(db)) {
			String hostUrl = System.getProperty("bench.postgres.url", "jdbc:postgresql://127.0.0.1:5432/");
			String user = System.getProperty("bench.postgres.user", "postgres");
			String problem = Postgres.recreate(hostUrl, user, "caso_bench_replay");
			if (problem != null) {
				throw new IllegalStateException("no PostgreSQL at " + hostUrl + ": " + problem);
			}
			appArgs.addAll(List.of("--spring.datasource.url=" + hostUrl + "caso_bench_replay",
					"--spring.datasource.username=" + user, "--spring.datasource.password="));
		}
		else if (!"h2".equals(db)) {
			throw new IllegalArgumentException("bench.db must be h2 or postgres, not " + db);
		}
		long started = System.nanoTime();
		List<Outcome> outcomes;
		try (ConfigurableApplicationContext caso = new SpringApplicationBuilder(
				eu.jdservices.caso.CasoApplication.class)
			.initializers((context) -> fixClock((GenericApplicationContext) context, now))
			.run(appArgs.toArray(String[]::new))) {
			System.out.printf(Locale.ROOT, "[bench replay %s] Caso started; its clock says %s%n", label,
					caso.getBean(Clock.class).instant());
			importDirectory(Integer.parseInt(caso.getEnvironment().getProperty("local.server.port")));
			JdbcClient jdbc = JdbcClient.create(caso.getBean(DataSource.class));
			outcomes = send(inputs, smtpPort, jdbc, label);
		}
		finally {
			deleteQuietly(dataDir);
		}
		List<String> lines = ReplayReport.lines(outcomes);
		Files.createDirectories(out.toAbsolutePath().getParent());
		Files.write(out, lines, StandardCharsets.UTF_8);
		System.out.printf(Locale.ROOT, "[bench replay %s] %d mails replayed in %.1f s%n", label, lines.size(),
				(System.nanoTime() - started) / 1e9);
		System.out.println(ReplayReport.summary(lines));
		System.out.println("[bench replay " + label + "] " + out.toAbsolutePath().normalize());
		return 0;
	}

	/**
	 * Every domain class takes time from the {@code Clock} bean: a primary one fixed at
	 * the given instant makes decisions that depend on business hours the same on every
	 * run (timers and the outbox's retries then never come due, which is what a replay
	 * wants).
	 */
	private static void fixClock(GenericApplicationContext context, Instant now) {
		context.registerBean("replayClock", Clock.class, () -> Clock.fixed(now, ZoneOffset.UTC),
				(definition) -> definition.setPrimary(true));
	}

	/** The corpora in a fixed order. */
	private static List<Input> inputs() throws IOException {
		List<Input> inputs = new ArrayList<>();
		Path corpus = MailMutations.corpusDirectory();
		for (Path file : files(corpus, ".box")) {
			inputs.add(new Input("zammad-mail/" + corpus.relativize(file),
					MailMutations.withoutMboxFromLine(Files.readAllBytes(file)), CORPUS_ADDRESS));
		}
		Path fixtures = Path.of(System.getProperty("bench.mail.dir", "src/test/resources/mail"));
		for (Path file : files(fixtures, ".eml")) {
			inputs.add(new Input("mail/" + fixtures.relativize(file), Files.readAllBytes(file), CORPUS_ADDRESS));
		}
		int fuzz = Integer.getInteger("bench.fuzz", 500);
		if (fuzz > 0) {
			MailMutations mutations = MailMutations.ofCorpus(Long.getLong("bench.seed", 9));
			for (int i = 0; i < fuzz; i++) {
				Mutant mutant = mutations.mutant(i);
				// a Message-ID of its own, else most mutants were duplicates of their
				// original
				inputs.add(new Input("fuzz/" + i + " " + mutant.kind() + " of " + mutant.original(),
						DecisionProbe.withMessageId(mutant.raw(), "replay." + i + "@fuzz.test"),
						FUZZ_ADDRESSES.get(i % FUZZ_ADDRESSES.size())));
			}
		}
		return inputs;
	}

	private static List<Path> files(Path directory, String suffix) throws IOException {
		if (!Files.isDirectory(directory)) {
			throw new IllegalStateException("no mails at " + directory.toAbsolutePath());
		}
		try (Stream<Path> files = Files.walk(directory)) {
			return files.filter(Files::isRegularFile)
				.filter((file) -> file.getFileName().toString().endsWith(suffix))
				.sorted(Comparator.comparing((file) -> directory.relativize(file).toString()))
				.toList();
		}
	}

	/** Sends each mail and waits for its decision before the next. */
	private static List<Outcome> send(List<Input> inputs, int smtpPort, JdbcClient jdbc, String label)
			throws IOException, InterruptedException {
		List<Long> ids = new ArrayList<>();
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < inputs.size(); i++) {
			Input input = inputs.get(i);
			String reply = sendAsAnMtaWould(smtpPort, input);
			Matcher stored = STORED_AS.matcher(reply);
			Long id = (reply.startsWith("250") && stored.find()) ? Long.valueOf(stored.group(1)) : null;
			if (id != null) {
				awaitDecision(jdbc, id);
			}
			ids.add(id);
			codes.add(reply.substring(0, Math.min(3, reply.length())));
			if ((i + 1) % 100 == 0) {
				System.out.printf(Locale.ROOT, "[bench replay %s] %d mails%n", label, i + 1);
			}
		}
		List<Outcome> outcomes = new ArrayList<>();
		for (int i = 0; i < inputs.size(); i++) {
			outcomes.add(outcome(jdbc, inputs.get(i).name(), codes.get(i), ids.get(i)));
		}
		return outcomes;
	}

	/** A temporary refusal (4xx) is retried a few times, as an MTA would. */
	private static String sendAsAnMtaWould(int smtpPort, Input input) throws IOException, InterruptedException {
		String reply = "";
		for (int attempt = 0; attempt < 10; attempt++) {
			reply = SmtpDialogue.send(smtpPort, "bounces@corpus.test", input.raw(), input.to());
			if (!reply.startsWith("4")) {
				return reply;
			}
			Thread.sleep(500);
		}
		return reply;
	}

	private static void awaitDecision(JdbcClient jdbc, long id) throws InterruptedException {
		long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
		while (System.currentTimeMillis() < deadline
				&& jdbc.sql("SELECT COUNT(*) FROM intake_mail WHERE id = :id AND decision IS NOT NULL")
					.param("id", id)
					.query(Long.class)
					.single() == 0) {
			Thread.sleep(2);
		}
	}

	private static Outcome outcome(JdbcClient jdbc, String input, String smtpCode, Long id) {
		if (id == null) {
			return new Outcome(input, smtpCode, "NOT_STORED", List.of(), List.of(), "-", null);
		}
		return jdbc.sql("SELECT decision, reasons, case_number FROM intake_mail WHERE id = :id")
			.param("id", id)
			.query((rs, n) -> {
				Long caseNumber = (rs.getObject("case_number") != null) ? rs.getLong("case_number") : null;
				String decision = (rs.getString("decision") != null) ? rs.getString("decision") : "UNDECIDED";
				List<String> findings = ("CASE_OPENED".equals(decision) && caseNumber != null)
						? jdbc.sql("SELECT code FROM cases_finding WHERE case_number = :number")
							.param("number", caseNumber)
							.query(String.class)
							.list()
						: List.of();
				String severity = (caseNumber != null)
						? jdbc.sql("SELECT severity FROM cases_case WHERE number = :number")
							.param("number", caseNumber)
							.query(String.class)
							.optional()
							.map(String::strip)
							.orElse("-")
						: "-";
				return new Outcome(input, smtpCode, decision, codes(rs), findings, severity, caseNumber);
			})
			.single();
	}

	/** An SQL array on both databases (older revisions: a comma-separated text). */
	private static List<String> codes(ResultSet rs) throws SQLException {
		Object reasons = rs.getObject("reasons");
		if (reasons == null) {
			return List.of();
		}
		if (reasons instanceof java.sql.Array array) {
			return Stream.of((Object[]) array.getArray()).map((code) -> String.valueOf(code).strip()).toList();
		}
		return Stream.of(reasons.toString().replaceAll("[{}\\[\\]]", "").split(","))
			.map(String::strip)
			.filter((code) -> !code.isEmpty())
			.toList();
	}

	private static void importDirectory(int webPort) throws IOException, InterruptedException {
		Path csv = Path.of(System.getProperty("bench.directory.csv", "src/test/resources/directory.csv"));
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + webPort + "/api/directory/import"))
			.header("Content-Type", "text/csv")
			.header("Accept-Language", "en")
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString((ADMIN + ":" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.POST(HttpRequest.BodyPublishers.ofFile(csv))
			.build();
		try (HttpClient http = HttpClient.newHttpClient()) {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("directory import: " + response.statusCode() + " " + response.body());
			}
		}
	}

	private static void deleteQuietly(Path directory) throws IOException {
		if (Files.isDirectory(directory)) {
			try (Stream<Path> files = Files.walk(directory)) {
				files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
			}
		}
	}

	/**
	 * One mail of the corpora.
	 *
	 * @param name unique in the replay
	 * @param raw its bytes
	 * @param to the intake address it is sent to
	 */
	private record Input(String name, byte[] raw, String to) {
	}

}
