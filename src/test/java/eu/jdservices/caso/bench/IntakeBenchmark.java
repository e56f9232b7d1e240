package eu.jdservices.caso.bench;

import eu.jdservices.caso.support.Postgres;
import eu.jdservices.caso.support.SmtpDialogue;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import eu.jdservices.caso.CasoApplication;
import eu.jdservices.caso.directory.Directory;
import eu.jdservices.caso.intake.SmtpIntake;
import org.subethamail.smtp.MessageContext;
import org.subethamail.smtp.MessageHandler;
import org.subethamail.smtp.server.SMTPServer;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A benchmark (not a test) of the intake to acknowledgement path: starts Caso in this JVM
 * on H2 and/or PostgreSQL, sends customer mails over several persistent SMTP connections
 * and measures how fast they are accepted and how long each acknowledgement takes to
 * reach the relay (a small SMTP sink in this JVM that notes when each acknowledgement
 * arrives and which customer mail it answers, from {@code In-Reply-To}).
 * <p>
 * Options (system properties): {@code bench.mails} (5000), {@code bench.connections} (8),
 * {@code bench.db} = {@code h2|postgres|both} (both), {@code bench.warmup} (300 mails,
 * not counted), {@code bench.ack-wait-seconds} (60), {@code bench.profile} (false: sample
 * the stacks of busy threads and print the hottest places), {@code bench.postgres.url},
 * {@code bench.postgres.user}, and any {@code bench.app.<property>=<value>} to pass
 * {@code --<property>=<value>} to Caso. Run it with {@code bench/intake}.
 */
public final class IntakeBenchmark {

	private static final List<String> SENDERS = List.of("mario.pueyo@talleresebro.es", "lucia.sanz@talleresebro.es",
			"beatriz.lana@talleresebro.es", "james.reid@harbour-analytics.co.uk", "priya.shah@harbouranalytics.com");

	private static final List<String> ADDRESSES = List.of("a@jd-services.eu", "b@jd-services.eu", "c@jd-services.eu");

	private static final List<String> MATTERS = List.of("VPN tunnel to the plant is down", "Backup job failed",
			"Mailbox quota exceeded", "Printer queue stuck", "ERP login rejected", "Disk almost full",
			"Firewall rule needed for supplier portal", "Certificate expiring", "Wi-Fi drops in meeting room",
			"Laptop does not boot after update");

	private final Options options;

	private IntakeBenchmark(Options options) {
		this.options = options;
	}

	public static void main(String[] args) {
		int status = 0;
		try {
			new IntakeBenchmark(Options.fromSystemProperties()).runAll();
		}
		catch (Throwable ex) {
			ex.printStackTrace();
			status = 1;
		}
		System.exit(status);
	}

	private void runAll() throws Exception {
		System.out.println("[bench] " + this.options);
		List<String> lines = new ArrayList<>();
		for (String db : this.options.databases()) {
			String line = run(db);
			if (line != null) {
				lines.add(line);
			}
		}
		System.out.println();
		System.out.println("[bench] ===== summary =====");
		lines.forEach(System.out::println);
	}

	/**
	 * One run against one database; returns the figure line or {@code null} if skipped.
	 */
	private String run(String db) throws Exception {
		List<String> appArgs = new ArrayList<>();
		if ("postgres".equals(db)) {
			String problem = freshPostgresDatabase();
			if (problem != null) {
				System.out.println("[bench postgres] SKIPPED: no PostgreSQL at " + this.options.postgresUrl() + " ("
						+ problem + ")");
				return null;
			}
			appArgs.add("--spring.datasource.url=" + this.options.postgresUrl() + "caso_bench");
			appArgs.add("--spring.datasource.username=" + this.options.postgresUser());
			appArgs.add("--spring.datasource.password=");
		}
		try (AckSink sink = AckSink.start()) {
			Path dataDir = Path.of("target-bench", "bench-data", UUID.randomUUID().toString()).toAbsolutePath();
			appArgs.addAll(List.of("--caso.intake.smtp.port=0", "--server.port=0", "--caso.data-dir=" + dataDir,
					"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + sink.port(),
					"--spring.mail.properties.mail.smtp.connectiontimeout=5000",
					"--spring.mail.properties.mail.smtp.timeout=10000", "--caso.admin.email=admin@jd-services.eu",
					"--caso.admin.password=bench-admin-secret", "--logging.level.root=WARN",
					"--spring.main.banner-mode=off",
					// a handful of senders open thousands of cases here: lift the
					// per-sender loop guard
					"--caso.cases.automatic-mails-per-sender-per-hour=1000000"));
			appArgs.addAll(this.options.appArgs());
			System.out.println("[bench " + db + "] starting Caso (data in " + dataDir + ")");
			long startedAt = System.nanoTime();
			try (ConfigurableApplicationContext caso = new SpringApplicationBuilder(CasoApplication.class)
				.run(appArgs.toArray(String[]::new))) {
				System.out.printf(Locale.ROOT, "[bench %s] Caso started in %.1fs%n", db, seconds(startedAt));
				importDirectory(caso.getBean(Directory.class));
				int smtpPort = caso.getBean(SmtpIntake.class).port();
				if (this.options.warmup() > 0) {
					Round warmup = new Round("warmup", this.options.warmup(), this.options.connections(), smtpPort,
							sink);
					warmup.send();
					warmup.awaitAcks(this.options.ackWait());
					System.out.printf(Locale.ROOT, "[bench %s] warm-up: %d mails, %d acks missing%n", db,
							this.options.warmup(), warmup.missing());
				}
				System.gc();
				Round round = new Round("m", this.options.mails(), this.options.connections(), smtpPort, sink);
				Resources resources = Resources.start(this.options.profile());
				round.send();
				round.awaitAcks(this.options.ackWait());
				Resources.Usage usage = resources.stop();
				String line = figures(db, round, usage);
				System.out.println(line);
				System.out.println(details(db, round, usage, caso));
				if (this.options.profile()) {
					System.out.println(usage.hotSpots(db));
				}
				return line;
			}
		}
	}

	private String figures(String db, Round round, Resources.Usage usage) {
		long[] latencies = round.latenciesMillis();
		return String.format(Locale.ROOT,
				"[bench %s] mails=%d connections=%d accepted=%.1f/s ack p50=%dms p95=%dms p99=%dms max=%dms"
						+ " missing=%d refused=%d lastAck=%.1fs peakHeap=%dMB",
				db, round.size(), round.connections(), round.acceptedPerSecond(), percentile(latencies, 0.50),
				percentile(latencies, 0.95), percentile(latencies, 0.99), percentile(latencies, 1.0), round.missing(),
				round.refused(), round.secondsUntilLastAck(), usage.peakHeapBytes() / (1024 * 1024));
	}

	private String details(String db, Round round, Resources.Usage usage, ConfigurableApplicationContext caso) {
		StringBuilder out = new StringBuilder();
		out.append(String.format(Locale.ROOT,
				"[bench %s] sending took %.1fs, acks drained %.1fs after the last 250; cpu %.0f%% of %d cores;"
						+ " gc %d collections %dms; heap pools peak sum %dMB",
				db, round.sendSeconds(), round.secondsFromLastSendToLastAck(), usage.cpuPercent(),
				Runtime.getRuntime().availableProcessors(), usage.gcCount(), usage.gcMillis(),
				usage.poolPeakSumBytes() / (1024 * 1024)));
		if (!round.refusals().isEmpty()) {
			out.append(System.lineSeparator())
				.append("[bench ")
				.append(db)
				.append("] first refusals: ")
				.append(round.refusals());
		}
		out.append(System.lineSeparator()).append("[bench ").append(db).append("] decisions: ").append(decisions(caso));
		out.append(System.lineSeparator()).append("[bench ").append(db).append("] stages: ").append(stages(caso));
		out.append(System.lineSeparator())
			.append("[bench ")
			.append(db)
			.append("] cpu seconds by thread group: ")
			.append(usage.cpuByGroup());
		return out.toString();
	}

	private static String decisions(ConfigurableApplicationContext caso) {
		try {
			JdbcTemplate jdbc = new JdbcTemplate(caso.getBean(DataSource.class));
			Map<String, Object> counts = new LinkedHashMap<>();
			jdbc.query("SELECT COALESCE(decision, 'UNDECIDED') AS d, COUNT(*) AS n FROM intake_mail GROUP BY decision"
					+ " ORDER BY d", (rs) -> {
						counts.put(rs.getString("d"), rs.getLong("n"));
					});
			counts.put("outbound",
					jdbc.queryForList("SELECT status, COUNT(*) AS n FROM outbound_mail GROUP BY status"));
			return counts.toString();
		}
		catch (RuntimeException ex) {
			return "(not available: " + ex.getMessage() + ")";
		}
	}

	/**
	 * Where the time went for the measured mails, from Caso's own timestamps: stored to
	 * decided (waiting for and doing the triage) and queued to sent (the outbox).
	 */
	private static String stages(ConfigurableApplicationContext caso) {
		try {
			JdbcTemplate jdbc = new JdbcTemplate(caso.getBean(DataSource.class));
			long[] triage = millis(jdbc, "SELECT received_at AS t0, decided_at AS t1 FROM intake_mail"
					+ " WHERE message_id LIKE 'm.%' AND decided_at IS NOT NULL");
			long[] outbox = millis(jdbc,
					"SELECT o.created_at AS t0, o.sent_at AS t1 FROM outbound_mail o"
							+ " JOIN intake_mail i ON i.case_number = o.case_number"
							+ " WHERE i.message_id LIKE 'm.%' AND o.sent_at IS NOT NULL");
			return "stored->decided " + spread(triage) + "; queued->sent " + spread(outbox);
		}
		catch (RuntimeException ex) {
			return "(not available: " + ex.getMessage() + ")";
		}
	}

	private static long[] millis(JdbcTemplate jdbc, String sql) {
		return jdbc
			.query(sql,
					(rs, row) -> java.time.Duration.between(rs.getObject("t0", java.time.OffsetDateTime.class),
							rs.getObject("t1", java.time.OffsetDateTime.class))
						.toMillis())
			.stream()
			.mapToLong(Long::longValue)
			.sorted()
			.toArray();
	}

	private static String spread(long[] sorted) {
		return String.format(Locale.ROOT, "p50=%dms p95=%dms max=%dms (n=%d)", percentile(sorted, 0.5),
				percentile(sorted, 0.95), percentile(sorted, 1.0), sorted.length);
	}

	private void importDirectory(Directory directory) throws IOException {
		InputStream csv = IntakeBenchmark.class.getResourceAsStream("/directory.csv");
		if (csv == null) {
			throw new IllegalStateException("directory.csv is not on the classpath (src/test/resources)");
		}
		try (Reader reader = new InputStreamReader(csv, StandardCharsets.UTF_8)) {
			directory.importCsv(reader, Locale.ENGLISH);
		}
	}

	private String freshPostgresDatabase() {
		return Postgres.recreate(this.options.postgresUrl(), this.options.postgresUser(), "caso_bench");
	}

	static long percentile(long[] sorted, double quantile) {
		if (sorted.length == 0) {
			return -1;
		}
		int rank = (int) Math.ceil(quantile * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
	}

	private static double seconds(long sinceNanos) {
		return (System.nanoTime() - sinceNanos) / 1e9;
	}

	/**
	 * The benchmark's options.
	 *
	 * @param mails measured mails per database
	 * @param connections parallel SMTP connections
	 * @param databases {@code h2} and/or {@code postgres}
	 * @param warmup mails sent first and not counted
	 * @param ackWait seconds to wait for acknowledgements after the last mail
	 * @param profile whether to sample thread stacks
	 * @param postgresUrl the server's URL without a database
	 * @param postgresUser the PostgreSQL user (trust authentication)
	 * @param appArgs extra command line arguments for Caso
	 */
	record Options(int mails, int connections, List<String> databases, int warmup, int ackWait, boolean profile,
			String postgresUrl, String postgresUser, List<String> appArgs) {

		static Options fromSystemProperties() {
			String db = System.getProperty("bench.db", "both").trim().toLowerCase(Locale.ROOT);
			List<String> databases = switch (db) {
				case "h2" -> List.of("h2");
				case "postgres", "postgresql", "pg" -> List.of("postgres");
				case "both", "" -> List.of("h2", "postgres");
				default -> throw new IllegalArgumentException("bench.db must be h2, postgres or both, not " + db);
			};
			List<String> appArgs = new ArrayList<>();
			System.getProperties()
				.stringPropertyNames()
				.stream()
				.filter((name) -> name.startsWith("bench.app."))
				.sorted()
				.forEach((name) -> appArgs
					.add("--" + name.substring("bench.app.".length()) + "=" + System.getProperty(name)));
			return new Options(Integer.getInteger("bench.mails", 5000), Integer.getInteger("bench.connections", 8),
					databases, Integer.getInteger("bench.warmup", 300),
					Integer.getInteger("bench.ack-wait-seconds", 60), Boolean.getBoolean("bench.profile"),
					System.getProperty("bench.postgres.url", "jdbc:postgresql://127.0.0.1:5432/"),
					System.getProperty("bench.postgres.user", "postgres"), appArgs);
		}

	}

	/**
	 * One batch of mails sent over parallel persistent SMTP connections, with the time
	 * each one was accepted.
	 */
	static final class Round {

		private final String tag;

		private final int connections;

		private final int port;

		private final AckSink sink;

		private final String[] messageIds;

		private final byte[][] mails;

		private final long[] acceptedAt;

		private final AtomicInteger next = new AtomicInteger();

		private final AtomicLong firstMailFrom = new AtomicLong(Long.MAX_VALUE);

		private final AtomicLong lastAccepted = new AtomicLong(Long.MIN_VALUE);

		private final AtomicInteger refused = new AtomicInteger();

		private final List<String> refusals = java.util.Collections.synchronizedList(new ArrayList<>());

		private long[] latencies;

		Round(String tag, int size, int connections, int port, AckSink sink) {
			this.tag = tag;
			this.connections = connections;
			this.port = port;
			this.sink = sink;
			this.messageIds = new String[size];
			this.mails = new byte[size][];
			this.acceptedAt = new long[size];
			String run = UUID.randomUUID().toString().substring(0, 8);
			for (int i = 0; i < size; i++) {
				this.messageIds[i] = tag + "." + i + "." + UUID.randomUUID() + "@mail.customer.test";
				this.mails[i] = mail(i, run);
			}
		}

		int size() {
			return this.mails.length;
		}

		int connections() {
			return this.connections;
		}

		/** Sends every mail; returns once all connections are done. */
		void send() throws InterruptedException {
			CountDownLatch ready = new CountDownLatch(this.connections);
			CountDownLatch go = new CountDownLatch(1);
			List<Thread> clients = new ArrayList<>();
			List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
			for (int c = 0; c < this.connections; c++) {
				clients.add(Thread.ofPlatform().name("bench-client-" + c).start(() -> {
					try (SmtpDialogue smtp = new SmtpDialogue(this.port)) {
						ready.countDown();
						go.await();
						sendAll(smtp);
					}
					catch (Throwable ex) {
						failures.add(ex);
						ready.countDown();
					}
				}));
			}
			ready.await();
			go.countDown();
			for (Thread client : clients) {
				client.join();
			}
			if (!failures.isEmpty()) {
				throw new IllegalStateException("SMTP client failed: " + failures.get(0), failures.get(0));
			}
		}

		private void sendAll(SmtpDialogue smtp) throws IOException {
			int i;
			while ((i = this.next.getAndIncrement()) < this.mails.length) {
				String from = SENDERS.get(i % SENDERS.size());
				String to = ADDRESSES.get(i % ADDRESSES.size());
				this.firstMailFrom.accumulateAndGet(System.nanoTime(), Math::min);
				String reply = smtp.transaction(from, this.mails[i], to);
				long now = System.nanoTime();
				if (reply.startsWith("250")) {
					this.acceptedAt[i] = now;
					this.lastAccepted.accumulateAndGet(now, Math::max);
				}
				else {
					this.refused.incrementAndGet();
					if (this.refusals.size() < 5) {
						this.refusals.add(reply);
					}
				}
				smtp.reset();
			}
		}

		/**
		 * Waits until every accepted mail was acknowledged, at most this long after the
		 * last one.
		 */
		void awaitAcks(int seconds) throws InterruptedException {
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
			while (missing() > 0 && System.nanoTime() < deadline) {
				Thread.sleep(20);
			}
		}

		int missing() {
			int missing = 0;
			for (int i = 0; i < this.messageIds.length; i++) {
				if (this.acceptedAt[i] != 0 && this.sink.arrival(this.messageIds[i]) == null) {
					missing++;
				}
			}
			return missing;
		}

		int refused() {
			return this.refused.get();
		}

		List<String> refusals() {
			return this.refusals;
		}

		int accepted() {
			return (int) Arrays.stream(this.acceptedAt).filter((at) -> at != 0).count();
		}

		double sendSeconds() {
			return (this.lastAccepted.get() - this.firstMailFrom.get()) / 1e9;
		}

		double acceptedPerSecond() {
			return accepted() / sendSeconds();
		}

		/** Sorted acknowledgement latencies of the acknowledged mails, in ms. */
		long[] latenciesMillis() {
			if (this.latencies == null) {
				List<Long> values = new ArrayList<>();
				for (int i = 0; i < this.messageIds.length; i++) {
					Long arrival = this.sink.arrival(this.messageIds[i]);
					if (this.acceptedAt[i] != 0 && arrival != null) {
						values.add(TimeUnit.NANOSECONDS.toMillis(Math.max(0, arrival - this.acceptedAt[i])));
					}
				}
				this.latencies = values.stream().mapToLong(Long::longValue).sorted().toArray();
			}
			return this.latencies;
		}

		private long lastAck() {
			long last = Long.MIN_VALUE;
			for (String id : this.messageIds) {
				Long arrival = this.sink.arrival(id);
				if (arrival != null) {
					last = Math.max(last, arrival);
				}
			}
			return last;
		}

		/** From the first MAIL FROM to the last acknowledgement. */
		double secondsUntilLastAck() {
			return (lastAck() - this.firstMailFrom.get()) / 1e9;
		}

		double secondsFromLastSendToLastAck() {
			return (lastAck() - this.lastAccepted.get()) / 1e9;
		}

		private byte[] mail(int i, String run) {
			String from = SENDERS.get(i % SENDERS.size());
			String to = ADDRESSES.get(i % ADDRESSES.size());
			String matter = MATTERS.get((i / SENDERS.size()) % MATTERS.size());
			String host = "srv-" + this.tag + "-" + run + "-" + i;
			String subject = matter + " on " + host;
			String body = "Hello,\n\n" + matter + " on " + host + " since this morning at 08:" + (10 + i % 50)
					+ ". It affects " + (1 + i % 40) + " users of the " + ((i % 2 == 0) ? "Zaragoza" : "Huesca")
					+ " office.\nWe already restarted the device; the error persists: code E" + (1000 + i) + ".\n"
					+ "Steps: open the application, sign in, the error appears after " + (i % 30)
					+ " seconds.\nExpected: normal work. Contact phone: +34 976 000 102.\n\nBest regards\n";
			StringBuilder mail = new StringBuilder();
			mail.append("From: ").append(from).append("\r\n");
			mail.append("To: ").append(to).append("\r\n");
			mail.append("Subject: ").append(subject).append("\r\n");
			mail.append("Date: Wed, 25 Nov 2026 10:15:00 +0100\r\n");
			mail.append("Message-ID: <").append(this.messageIds[i]).append(">\r\n");
			mail.append("MIME-Version: 1.0\r\n");
			mail.append("Content-Type: text/plain; charset=UTF-8\r\n");
			mail.append("Content-Transfer-Encoding: 8bit\r\n\r\n");
			mail.append(body.replace("\n", "\r\n"));
			return mail.toString().getBytes(StandardCharsets.UTF_8);
		}

	}

	/**
	 * The relay Caso sends to: accepts everything and notes when the acknowledgement of
	 * each customer mail (by its {@code In-Reply-To}) arrived.
	 */
	static final class AckSink implements Closeable {

		private final Map<String, Long> arrivals = new ConcurrentHashMap<>();

		private final AtomicInteger others = new AtomicInteger();

		private final ExecutorService sessions = Executors
			.newCachedThreadPool(Thread.ofPlatform().name("bench-relay-session-", 0).factory());

		private final SMTPServer server;

		private AckSink() {
			this.server = SMTPServer.port(0)
				.bindAddress(InetAddress.getLoopbackAddress())
				.hostName("bench-relay")
				.maxConnections(200)
				.insertReceivedHeaders(false)
				.serverThreadName("bench-relay")
				.executorService(this.sessions)
				.messageHandlerFactory(Handler::new)
				.build();
		}

		static AckSink start() {
			AckSink sink = new AckSink();
			sink.server.start();
			return sink;
		}

		int port() {
			return this.server.getPortAllocated();
		}

		/**
		 * When the acknowledgement of the given customer mail arrived
		 * ({@code System.nanoTime()}).
		 */
		Long arrival(String customerMessageId) {
			return this.arrivals.get(customerMessageId);
		}

		private void received(byte[] raw, long at) {
			String inReplyTo = inReplyTo(raw);
			if (inReplyTo == null) {
				this.others.incrementAndGet();
			}
			else {
				this.arrivals.putIfAbsent(inReplyTo, at);
			}
		}

		static String inReplyTo(byte[] raw) {
			String text = new String(raw, StandardCharsets.ISO_8859_1);
			int end = text.indexOf("\r\n\r\n");
			String headers = ((end >= 0) ? text.substring(0, end) : text).replaceAll("\r\n[ \t]+", " ");
			for (String line : headers.split("\r\n")) {
				if (line.regionMatches(true, 0, "In-Reply-To:", 0, 12)) {
					String value = line.substring(12).trim();
					int open = value.indexOf('<');
					int close = value.indexOf('>', open + 1);
					return (open >= 0 && close > open) ? value.substring(open + 1, close) : value;
				}
			}
			return null;
		}

		@Override
		public void close() {
			this.server.stop();
			this.sessions.shutdownNow();
		}

		/** One mail transaction at the sink. */
		private final class Handler implements MessageHandler {

			Handler(MessageContext context) {
			}

			@Override
			public void from(String from) {
			}

			@Override
			public void recipient(String recipient) {
			}

			@Override
			public String data(InputStream data) throws IOException {
				byte[] raw = data.readAllBytes();
				received(raw, System.nanoTime());
				return null;
			}

			@Override
			public void done() {
			}

		}

	}

	/**
	 * What the measured phase cost this JVM: peak heap (polled every 100 ms and from the
	 * pools' peak usage), CPU time per thread group, garbage collection and, optionally,
	 * where busy threads were (stack samples).
	 */
	static final class Resources {

		private static final int SAMPLE_MILLIS = 100;

		private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

		private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

		private final boolean profile;

		private final Map<Long, Long> cpuAtStart = new HashMap<>();

		private final Map<Long, String> names = new ConcurrentHashMap<>();

		private final Map<String, Integer> samples = new ConcurrentHashMap<>();

		private final AtomicLong peakHeap = new AtomicLong();

		private final long gcCountAtStart;

		private final long gcMillisAtStart;

		private final long processCpuAtStart;

		private final long startedAt = System.nanoTime();

		private volatile boolean running = true;

		private final Thread poller;

		private Resources(boolean profile) {
			this.profile = profile;
			ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
			for (long id : this.threads.getAllThreadIds()) {
				this.cpuAtStart.put(id, Math.max(0, this.threads.getThreadCpuTime(id)));
			}
			this.gcCountAtStart = gcCount();
			this.gcMillisAtStart = gcMillis();
			this.processCpuAtStart = processCpu();
			this.poller = Thread.ofPlatform().name("bench-resources").daemon().start(this::poll);
		}

		static Resources start(boolean profile) {
			return new Resources(profile);
		}

		private void poll() {
			while (this.running) {
				this.peakHeap.accumulateAndGet(this.memory.getHeapMemoryUsage().getUsed(), Math::max);
				if (this.profile) {
					sample();
				}
				try {
					Thread.sleep(SAMPLE_MILLIS);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}

		private void sample() {
			for (ThreadInfo info : this.threads.dumpAllThreads(false, false, 60)) {
				this.names.put(info.getThreadId(), info.getThreadName());
				if (info.getThreadName().startsWith("bench-") || !isBusy(info)) {
					continue;
				}
				StackTraceElement[] stack = info.getStackTrace();
				String top = (stack.length > 0) ? frame(stack[0]) : "?";
				String ours = Arrays.stream(stack)
					.filter((element) -> element.getClassName().startsWith("eu.jdservices.caso"))
					.findFirst()
					.map(Resources::frame)
					.orElse("-");
				String key = group(info.getThreadName()) + " " + info.getThreadState() + " | " + top + " | in " + ours;
				this.samples.merge(key, 1, Integer::sum);
			}
		}

		private static boolean isBusy(ThreadInfo info) {
			if (info.getThreadState() == Thread.State.BLOCKED) {
				return true;
			}
			if (info.getThreadState() != Thread.State.RUNNABLE || info.getStackTrace().length == 0) {
				return false;
			}
			String top = info.getStackTrace()[0].getClassName() + "." + info.getStackTrace()[0].getMethodName();
			// a thread waiting for a new connection is idle, not busy
			return !top.contains("accept") && !top.contains("EPoll.wait") && !top.contains("Thread.sleep")
					&& !top.contains("waitForReferencePendingList");
		}

		private static String frame(StackTraceElement element) {
			String type = element.getClassName();
			return type.substring(type.lastIndexOf('.') + 1) + "." + element.getMethodName();
		}

		static String group(String threadName) {
			return threadName.replaceAll("[0-9]+", "#");
		}

		Usage stop() throws InterruptedException {
			this.running = false;
			this.poller.interrupt();
			this.poller.join();
			this.peakHeap.accumulateAndGet(this.memory.getHeapMemoryUsage().getUsed(), Math::max);
			long poolPeaks = ManagementFactory.getMemoryPoolMXBeans()
				.stream()
				.filter((pool) -> pool.getType() == MemoryType.HEAP)
				.mapToLong((pool) -> pool.getPeakUsage().getUsed())
				.sum();
			Map<String, Double> cpu = new HashMap<>();
			for (ThreadInfo info : this.threads.getThreadInfo(this.threads.getAllThreadIds())) {
				if (info == null) {
					continue;
				}
				long now = this.threads.getThreadCpuTime(info.getThreadId());
				long used = now - this.cpuAtStart.getOrDefault(info.getThreadId(), 0L);
				cpu.merge(group(info.getThreadName()), used / 1e9, Double::sum);
			}
			double wall = (System.nanoTime() - this.startedAt) / 1e9;
			double cpuPercent = 100.0 * (processCpu() - this.processCpuAtStart) / 1e9 / wall;
			return new Usage(this.peakHeap.get(), poolPeaks, cpu, cpuPercent, gcCount() - this.gcCountAtStart,
					gcMillis() - this.gcMillisAtStart, new HashMap<>(this.samples));
		}

		private static long gcCount() {
			return ManagementFactory.getGarbageCollectorMXBeans()
				.stream()
				.mapToLong(GarbageCollectorMXBean::getCollectionCount)
				.sum();
		}

		private static long gcMillis() {
			return ManagementFactory.getGarbageCollectorMXBeans()
				.stream()
				.mapToLong(GarbageCollectorMXBean::getCollectionTime)
				.sum();
		}

		private static long processCpu() {
			if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
				return os.getProcessCpuTime();
			}
			return 0;
		}

		/**
		 * The measured usage.
		 *
		 * @param peakHeapBytes highest heap use seen (polled)
		 * @param poolPeakSumBytes sum of the heap pools' peaks
		 * @param cpuByGroupSeconds CPU seconds per thread group (digits in names folded)
		 * @param cpuPercent process CPU over the wall time (100% = one core)
		 * @param gcCount collections
		 * @param gcMillis time in collections
		 * @param samples stack samples of busy threads
		 */
		record Usage(long peakHeapBytes, long poolPeakSumBytes, Map<String, Double> cpuByGroupSeconds,
				double cpuPercent, long gcCount, long gcMillis, Map<String, Integer> samples) {

			String cpuByGroup() {
				StringBuilder out = new StringBuilder();
				this.cpuByGroupSeconds.entrySet()
					.stream()
					.filter((entry) -> entry.getValue() >= 0.05)
					.sorted(Map.Entry.<String, Double>comparingByValue().reversed())
					.forEach((entry) -> out
						.append(String.format(Locale.ROOT, "%s=%.1fs ", entry.getKey(), entry.getValue())));
				return out.toString().trim();
			}

			String hotSpots(String db) {
				int total = this.samples.values().stream().mapToInt(Integer::intValue).sum();
				StringBuilder out = new StringBuilder(
						"[bench " + db + "] hottest places of busy threads (" + total + " samples):");
				this.samples.entrySet()
					.stream()
					.sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
					.limit(25)
					.forEach((entry) -> out.append(System.lineSeparator())
						.append(String.format(Locale.ROOT, "  %5d  %s", entry.getValue(), entry.getKey())));
				return out.toString();
			}

		}

	}

}
