package eu.jdservices.caso.timers;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import javax.sql.DataSource;

import eu.jdservices.caso.support.Postgres;
import eu.jdservices.caso.CasoApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A benchmark (not a test) of the timers at scale, on PostgreSQL: starts Caso in this JVM
 * on a fresh database {@code caso_bench_timers}, bulk-creates many open cases waiting for
 * the customer with one pending reminder each (a few of them already due) and measures
 * <ul>
 * <li>the sweep firing the due reminders (claim, history, reminder mail into the outbox),
 * and an empty sweep when nothing is due, before and after the bulk insert: the sweep's
 * cost follows the due timers, not the open cases;</li>
 * <li>the plan of the claim query ({@code EXPLAIN ANALYZE});</li>
 * <li>computing due dates with the business calendar for each kind of window.</li>
 * </ul>
 * Options (system properties): {@code bench.cases} (1000000), {@code bench.due} (1000),
 * {@code bench.warmup} (1000 due timers fired before the bulk insert, to warm up the
 * sweep code), {@code bench.postgres.url}, {@code bench.postgres.user}, and any
 * {@code bench.app.<property>=<value>} to pass {@code --<property>=<value>} to Caso. Run
 * it with {@code bench/timers}.
 */
public final class TimersBenchmark {

	private static final String DATABASE = "caso_bench_timers";

	private static final String TAG = "[bench timers]";

	private static final String CLAIM = "SELECT * FROM timers_timer WHERE pending = TRUE AND due_at <= now()"
			+ " ORDER BY due_at LIMIT 100 FOR UPDATE SKIP LOCKED";

	private static final int EMPTY_SWEEPS = 21;

	private final Options options;

	private TimersBenchmark(Options options) {
		this.options = options;
	}

	public static void main(String[] args) {
		int status = 0;
		try {
			new TimersBenchmark(Options.fromSystemProperties()).run();
		}
		catch (Throwable ex) {
			ex.printStackTrace();
			status = 1;
		}
		System.exit(status);
	}

	private void run() throws Exception {
		System.out.println(TAG + " " + this.options);
		String problem = freshPostgresDatabase();
		if (problem != null) {
			System.out.println(TAG + " SKIPPED: no PostgreSQL at " + this.options.postgresUrl() + " (" + problem
					+ "); this benchmark runs on PostgreSQL only");
			return;
		}
		Path dataDir = Path.of("target-bench", "bench-data", "timers-" + UUID.randomUUID()).toAbsolutePath();
		List<String> appArgs = new ArrayList<>(
				List.of("--spring.datasource.url=" + this.options.postgresUrl() + DATABASE,
						"--spring.datasource.username=" + this.options.postgresUser(), "--spring.datasource.password=",
						"--caso.intake.smtp.enabled=false", "--server.port=0", "--caso.timers.sweep-interval=1h",
						"--caso.data-dir=" + dataDir, "--caso.admin.email=admin@jd-services.eu",
						"--caso.admin.password=bench-admin-secret", "--logging.level.root=WARN",
						"--spring.main.banner-mode=off"));
		appArgs.addAll(this.options.appArgs());
		System.out.println(TAG + " starting Caso (data in " + dataDir + ")");
		long startedAt = System.nanoTime();
		try (ConfigurableApplicationContext caso = new SpringApplicationBuilder(CasoApplication.class)
			.run(appArgs.toArray(String[]::new))) {
			System.out.printf(Locale.ROOT, "%s Caso started in %.1fs%n", TAG, seconds(startedAt));
			JdbcTemplate jdbc = new JdbcTemplate(caso.getBean(DataSource.class));
			TimerSweep sweep = caso.getBean(TimerSweep.class);

			// warm up the sweep code on a small database and time the empty sweep there
			long firstWarmup = (long) this.options.cases() + 1001;
			insertCases(jdbc, firstWarmup, this.options.warmup(), this.options.warmup());
			long warmupStart = System.nanoTime();
			int warmedUp = sweep.sweep();
			System.out.printf(Locale.ROOT, "%s warm-up: %d cases, sweep fired %d in %.0fms (cold code)%n", TAG,
					this.options.warmup(), warmedUp, millis(warmupStart));
			Spread emptySmall = emptySweeps(sweep);
			System.out.printf(Locale.ROOT, "%s empty sweep with %d open cases: %s%n", TAG, this.options.warmup(),
					emptySmall);

			// the bulk insert
			Map<String, Double> insertSeconds = insertCases(jdbc, 1001, this.options.cases(), this.options.due());
			long analyzeStart = System.nanoTime();
			jdbc.execute("ANALYZE");
			double analyze = seconds(analyzeStart);
			double bulkInsert = insertSeconds.values().stream().mapToDouble(Double::doubleValue).sum();
			System.out.printf(Locale.ROOT, "%s bulk insert of %d cases: %s; total %.1fs; ANALYZE %.1fs%n", TAG,
					this.options.cases(), format(insertSeconds), bulkInsert, analyze);
			System.out.println(TAG + " "
					+ jdbc.queryForObject("SELECT 'timers_timer ' || pg_size_pretty("
							+ "pg_total_relation_size('timers_timer')) || ', index timers_timer_due '"
							+ " || pg_size_pretty(pg_relation_size('timers_timer_due')) || ', cases_case '"
							+ " || pg_size_pretty(pg_total_relation_size('cases_case'))", String.class));

			// the plan of the claim query while timers are due
			String plan = explain(jdbc, "EXPLAIN (ANALYZE, BUFFERS) " + CLAIM);
			System.out.println(TAG + " EXPLAIN ANALYZE of the claim query (" + this.options.due() + " due):");
			System.out.println(plan);
			System.out.println(TAG + " generic plan as the sweep runs it (prepared, parameters):");
			System.out.println(genericPlan(jdbc));

			// the measured sweep
			System.gc();
			ThreadMXBean threads = ManagementFactory.getThreadMXBean();
			long cpuStart = threads.getCurrentThreadCpuTime();
			long sweepStart = System.nanoTime();
			int fired = sweep.sweep();
			double sweepMillis = millis(sweepStart);
			double cpuMillis = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
			double perTimer = (fired > 0) ? sweepMillis / fired : 0;
			System.out.printf(Locale.ROOT,
					"%s sweep fired %d of %d due timers in %.0fms (%.2fms/timer); CPU of the sweeping thread %.0fms,"
							+ " the rest is waiting for PostgreSQL%n",
					TAG, fired, this.options.due(), sweepMillis, perTimer, cpuMillis);
			System.out.println(TAG + " after the sweep: " + afterSweep(jdbc));
			Spread emptyLarge = emptySweeps(sweep);
			System.out.printf(Locale.ROOT, "%s empty sweep with %d open cases: %s%n", TAG, this.options.cases(),
					emptyLarge);
			System.out.println(TAG + " EXPLAIN ANALYZE of the claim query (nothing due):");
			System.out.println(explain(jdbc, "EXPLAIN (ANALYZE, BUFFERS) " + CLAIM));

			// due dates
			List<DueDates> dueDates = dueDates(caso.getBean(BusinessCalendar.class),
					caso.getBean(TimersProperties.class));

			StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
					"%s cases=%d due=%d bulkInsert=%.1fs sweep=%.0fms (%.2fms/timer, fired %d) emptySweep=%.2fms"
							+ " (%.2fms with %d cases) dueDates:",
					TAG, this.options.cases(), this.options.due(), bulkInsert, sweepMillis, perTimer, fired,
					emptyLarge.median(), emptySmall.median(), this.options.warmup()));
			for (int i = 0; i < dueDates.size(); i++) {
				DueDates d = dueDates.get(i);
				line.append((i == 0) ? " " : ", ")
					.append(String.format(Locale.ROOT, "%s end %.0fns at %.0fns", d.window(), d.endNanos(),
							d.atNanos()));
			}
			System.out.println();
			System.out.println(TAG + " ===== summary =====");
			System.out.println(line);
		}
	}

	/**
	 * Inserts {@code count} open cases numbered from {@code first}, waiting for the
	 * customer, each with its requester as contact and one pending reminder; {@code due}
	 * of the reminders, spread evenly over the cases, are due (in the past), the others
	 * fall due over the next year. One {@code INSERT … SELECT … FROM generate_series} per
	 * table. Returns the seconds per table.
	 */
	private static Map<String, Double> insertCases(JdbcTemplate jdbc, long first, int count, int due) {
		int dueCount = Math.min(due, count);
		long step = (dueCount > 0) ? Math.max(1, count / dueCount) : Long.MAX_VALUE;
		String isDue = "(g % " + step + " = 0 AND g / " + step + " <= " + dueCount + ")";
		String dueAt = "(CASE WHEN " + isDue + " THEN now() - interval '1 minute' - (g / " + step
				+ ") * interval '1 second' ELSE now() + interval '1 hour' + (g::float8 / " + count
				+ ") * interval '365 days' END)";
		// half of the customer's window: A 1h, B 1bd (9 business hours), C 3bd
		String halfWindow = "(ARRAY[interval '30 minutes', interval '4 hours 30 minutes',"
				+ " interval '13 hours 30 minutes'])[1 + g % 3]";
		String severity = "(ARRAY['A', 'B', 'C'])[1 + g % 3]";
		String requester = "'user' || (g % 100000) || '@customer' || (g % 1000) || '.test'";
		String series = " FROM generate_series(1, " + count + ") AS g";
		Map<String, Double> seconds = new java.util.LinkedHashMap<>();
		long start = System.nanoTime();
		jdbc.update("INSERT INTO cases_case (number, subject, severity, status, organization, requester,"
				+ " requester_name, language, created_at, acknowledged_at, customer_response_due_at)" + " SELECT "
				+ (first - 1) + " + g, 'Printer queue stuck on srv-' || g, " + severity
				+ ", 'WAITING_FOR_CUSTOMER', 'Customer ' || (g % 1000), " + requester + ", 'User ' || g, "
				+ "(ARRAY['es', 'en'])[1 + g % 2], now() - interval '2 days', now() - interval '2 days', " + dueAt
				+ " + " + halfWindow + series);
		seconds.put("cases_case", seconds(start));
		start = System.nanoTime();
		jdbc.update("INSERT INTO cases_contact (case_number, email, position) SELECT " + (first - 1) + " + g, "
				+ requester + ", 0" + series);
		seconds.put("cases_contact", seconds(start));
		start = System.nanoTime();
		jdbc.update("INSERT INTO timers_timer (case_number, kind, severity, window_start, window_end, due_at, pending)"
				+ " SELECT " + (first - 1) + " + g, 'CUSTOMER_REMINDER', " + severity + ", " + dueAt + " - "
				+ halfWindow + ", " + dueAt + " + " + halfWindow + ", " + dueAt + ", TRUE" + series);
		seconds.put("timers_timer", seconds(start));
		// the identity must not hand out the numbers taken here
		jdbc.queryForObject(
				"SELECT setval(pg_get_serial_sequence('cases_case', 'number'), MAX(number))" + " FROM cases_case",
				Long.class);
		return seconds;
	}

	private static Spread emptySweeps(TimerSweep sweep) {
		double[] times = new double[EMPTY_SWEEPS];
		for (int i = 0; i < EMPTY_SWEEPS; i++) {
			long start = System.nanoTime();
			int fired = sweep.sweep();
			times[i] = millis(start);
			if (fired != 0) {
				throw new IllegalStateException("An empty sweep fired " + fired + " timers");
			}
		}
		double first = times[0];
		Arrays.sort(times);
		return new Spread(first, times[times.length / 2], times[times.length - 1]);
	}

	private static String explain(JdbcTemplate jdbc, String sql) {
		return String.join(System.lineSeparator(),
				jdbc.queryForList(sql, String.class).stream().map((row) -> "    " + row).toList());
	}

	/**
	 * The plan PostgreSQL uses once the driver prepares the claim on the server and the
	 * plan cache goes generic (parameters for now and the limit).
	 */
	private String genericPlan(JdbcTemplate jdbc) {
		try (Connection connection = DriverManager.getConnection(this.options.postgresUrl() + DATABASE,
				this.options.postgresUser(), ""); Statement statement = connection.createStatement()) {
			statement.execute("SET plan_cache_mode = force_generic_plan");
			statement.execute("PREPARE claim(timestamptz, int) AS SELECT * FROM timers_timer"
					+ " WHERE pending = TRUE AND due_at <= $1 ORDER BY due_at LIMIT $2 FOR UPDATE SKIP LOCKED");
			List<String> rows = new ArrayList<>();
			try (var rs = statement.executeQuery("EXPLAIN EXECUTE claim(now(), 100)")) {
				while (rs.next()) {
					rows.add("    " + rs.getString(1));
				}
			}
			return String.join(System.lineSeparator(), rows);
		}
		catch (SQLException ex) {
			return "    (not available: " + ex.getMessage() + ")";
		}
	}

	private static String afterSweep(JdbcTemplate jdbc) {
		Long reminders = jdbc.queryForObject("SELECT COUNT(*) FROM cases_history WHERE event = 'REMINDER'", Long.class);
		List<Map<String, Object>> outbox = jdbc
			.queryForList("SELECT kind, status, COUNT(*) AS n FROM outbound_mail GROUP BY kind, status ORDER BY 1, 2");
		Long pending = jdbc.queryForObject("SELECT COUNT(*) FROM timers_timer WHERE pending = TRUE", Long.class);
		return "history REMINDER=" + reminders + " (with warm-up), outbound=" + outbox + ", pending timers=" + pending;
	}

	/**
	 * Computes {@code end} and {@code at(0.5)} of each kind of window for
	 * {@code bench.cases} random starts over a year, after a warm-up.
	 */
	private List<DueDates> dueDates(BusinessCalendar calendar, TimersProperties properties) {
		TimersProperties.Windows windows = properties.windows();
		Map<String, Window> kinds = new java.util.LinkedHashMap<>();
		kinds.put("A customer response", windows.of("A").customerResponse());
		kinds.put("B customer response", windows.of("B").customerResponse());
		kinds.put("C customer response", windows.of("C").customerResponse());
		kinds.put("B first response", windows.of("B").firstResponse());
		kinds.put("C first response", windows.of("C").firstResponse());
		int n = this.options.cases();
		Instant[] starts = new Instant[n];
		SplittableRandom random = new SplittableRandom(42);
		Instant from = Instant.now();
		long year = Duration.ofDays(365).toSeconds();
		for (int i = 0; i < n; i++) {
			starts[i] = from.plusSeconds(random.nextLong(year));
		}
		System.out.println(TAG + " due dates with " + calendar);
		int warmup = Math.min(n, 200_000);
		long sink = 0;
		for (int round = 0; round < 2; round++) {
			for (Window window : kinds.values()) {
				for (int i = 0; i < warmup; i++) {
					sink ^= window.end(starts[i], calendar).getEpochSecond();
					sink ^= window.at(0.5, starts[i], calendar).getEpochSecond();
				}
			}
		}
		List<DueDates> results = new ArrayList<>();
		for (Map.Entry<String, Window> kind : kinds.entrySet()) {
			Window window = kind.getValue();
			long start = System.nanoTime();
			for (int i = 0; i < n; i++) {
				sink ^= window.end(starts[i], calendar).getEpochSecond();
			}
			long endNanos = System.nanoTime() - start;
			start = System.nanoTime();
			for (int i = 0; i < n; i++) {
				sink ^= window.at(0.5, starts[i], calendar).getEpochSecond();
			}
			long atNanos = System.nanoTime() - start;
			DueDates result = new DueDates(window.toString(), kind.getKey(), endNanos / 1e6, (double) endNanos / n,
					atNanos / 1e6, (double) atNanos / n);
			System.out.printf(Locale.ROOT,
					"%s due dates %-4s (%s): end %d× %.0fms = %.0fns/op; at(0.5) %d× %.0fms" + " = %.0fns/op%n", TAG,
					result.window(), result.source(), n, result.endMillis(), result.endNanos(), n, result.atMillis(),
					result.atNanos());
			results.add(result);
		}
		System.out.println(TAG + " (checksum " + sink + ")");
		return results;
	}

	private String freshPostgresDatabase() {
		return Postgres.recreate(this.options.postgresUrl(), this.options.postgresUser(), DATABASE);
	}

	private static String format(Map<String, Double> seconds) {
		StringBuilder out = new StringBuilder();
		seconds.forEach((table, s) -> out.append((out.length() == 0) ? "" : ", ")
			.append(String.format(Locale.ROOT, "%s %.1fs", table, s)));
		return out.toString();
	}

	private static double seconds(long sinceNanos) {
		return (System.nanoTime() - sinceNanos) / 1e9;
	}

	private static double millis(long sinceNanos) {
		return (System.nanoTime() - sinceNanos) / 1e6;
	}

	/**
	 * Times of repeated empty sweeps, in ms.
	 *
	 * @param first the first one
	 * @param median the median
	 * @param max the slowest
	 */
	record Spread(double first, double median, double max) {

		@Override
		public String toString() {
			return String.format(Locale.ROOT, "median %.2fms, first %.2fms, max %.2fms (%d sweeps)", this.median,
					this.first, this.max, EMPTY_SWEEPS);
		}

	}

	/**
	 * Due-date computations of one kind of window.
	 *
	 * @param window the window as written
	 * @param source which setting it is
	 * @param endMillis total time of the {@code end} computations
	 * @param endNanos per {@code end}
	 * @param atMillis total time of the {@code at(0.5)} computations
	 * @param atNanos per {@code at(0.5)}
	 */
	record DueDates(String window, String source, double endMillis, double endNanos, double atMillis, double atNanos) {
	}

	/**
	 * The benchmark's options.
	 *
	 * @param cases open cases, each with one pending timer
	 * @param due timers already due among them
	 * @param warmup due timers fired before the bulk insert to warm up the code
	 * @param postgresUrl the server's URL without a database
	 * @param postgresUser the PostgreSQL user (trust authentication)
	 * @param appArgs extra command line arguments for Caso
	 */
	record Options(int cases, int due, int warmup, String postgresUrl, String postgresUser, List<String> appArgs) {

		static Options fromSystemProperties() {
			List<String> appArgs = new ArrayList<>();
			System.getProperties()
				.stringPropertyNames()
				.stream()
				.filter((name) -> name.startsWith("bench.app."))
				.sorted()
				.forEach((name) -> appArgs
					.add("--" + name.substring("bench.app.".length()) + "=" + System.getProperty(name)));
			return new Options(Integer.getInteger("bench.cases", 1_000_000), Integer.getInteger("bench.due", 1000),
					Integer.getInteger("bench.warmup", 1000),
					System.getProperty("bench.postgres.url", "jdbc:postgresql://127.0.0.1:5432/"),
					System.getProperty("bench.postgres.user", "postgres"), appArgs);
		}

	}

}
