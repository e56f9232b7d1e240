package eu.jdservices.caso.cases;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import eu.jdservices.caso.CasoApplication;
import eu.jdservices.caso.accounts.ApiTokens;
import eu.jdservices.caso.intake.Severity;
import eu.jdservices.caso.support.Postgres;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A benchmark (not a test) of reading cases at scale, on PostgreSQL: a database
 * {@code caso_bench_reads} with {@code bench.cases} cases (1,000,000) of 500
 * organisations, two messages each, one case with 200 messages, made with
 * {@code generate_series} (the search words through {@link CaseWords}, copied in with
 * {@code COPY}) and kept for the next run; then Caso in this JVM on it, and each case
 * list, search and case view of the API timed over HTTP with an API token
 * ({@code bench.runs} runs after {@code bench.warmup}; p50, p95, max), the one-case view
 * also with HTTP Basic (bcrypt per request) for comparison; and
 * {@code EXPLAIN (ANALYZE, BUFFERS)} of the SQL of each list (the page and its capped
 * count). Options (system properties): {@code bench.cases}, {@code bench.runs} (25),
 * {@code bench.warmup} (5), {@code bench.fresh} (false: reuse the database when it has
 * the cases), {@code bench.explain} (true), {@code bench.postgres.url},
 * {@code bench.postgres.user}, and {@code bench.app.<property>=<value>} for
 * {@code --<property>=<value>} to Caso. Run it with {@code bench/reads}.
 */
public final class ReadsBenchmark {

	private static final String DATABASE = "caso_bench_reads";

	private static final String TAG = "[bench reads]";

	private static final String ADMIN = "admin@jd-services.eu";

	private static final String PASSWORD = "bench-admin-secret";

	private static final int ORGANIZATIONS = 500;

	private static final int REQUESTERS = 200_000;

	private static final int SERVERS = 10_000;

	private static final int TEAMS = 8;

	private static final int AGENTS = 40;

	private static final int LONG_CASE_MESSAGES = 200;

	/**
	 * Severity (s: 0 A, 1–4 B, else C), status (st: 0–1 open, 2 waiting, 3 cancelled,
	 * else closed), team, agent, unassigned (0–2) and response target (soon: 0 soon, 1
	 * breached) of case {@code g}, each from its own hash: independent of each other (a
	 * remainder of {@code g} for each would make some combinations never happen).
	 */
	private static final String HASHED = " CROSS JOIN LATERAL (SELECT (hashint8(g) & 2147483647) % 10 AS s,"
			+ " (hashint8(g + 1000003) & 2147483647) % 20 AS st, (hashint8(g + 2000003) & 2147483647) % " + TEAMS
			+ " AS team, (hashint8(g + 3000017) & 2147483647) % " + AGENTS + " AS agent,"
			+ " (hashint8(g + 4000037) & 2147483647) % 10 AS unassigned,"
			+ " (hashint8(g + 5000011) & 2147483647) % 500 AS soon) h";

	/** Subject, customer's text, our answer; none says "atascada". */
	private static final String[][] TEMPLATES = {
			{ "Printer on floor 2 offline", "The printer on floor 2 does not print since this morning.",
					"We restarted the print spooler; please try again." },
			{ "Impresora sin conexión", "La impresora de la planta baja no responde desde ayer.",
					"Hemos reiniciado la cola de impresión; pruebe de nuevo, por favor." },
			{ "VPN drops every hour", "Our VPN connection drops every hour for all users in the branch office.",
					"The tunnel's key lifetime was too short; it is fixed now." },
			{ "No llega el correo", "Desde las 9:00 no recibimos correos externos en el buzón de ventas.",
					"El filtro de entrada retenía los mensajes; ya están entregados." },
			{ "Backup job failed", "Last night's backup job failed with error 0x80070005 on the file server.",
					"Permissions of the backup account were restored." },
			{ "Portátil muy lento", "El portátil del director tarda diez minutos en arrancar.",
					"Hemos cambiado el disco por uno SSD." },
			{ "Password reset for new employee", "Please reset the password of our new colleague in accounting.",
					"Done; the temporary password was sent by SMS." },
			{ "Certificado caducado", "El certificado de la intranet ha caducado y el navegador muestra un aviso.",
					"Certificado renovado e instalado." },
			{ "Shared printers missing", "After the update the shared printers are missing on three computers.",
					"The print server's group policy was applied again." },
			{ "Alta de usuario", "Necesitamos dar de alta a una persona nueva en el departamento de compras.",
					"Usuario creado con los permisos del departamento." },
			{ "Disk almost full on database server", "The data disk of the database server is 95% full.",
					"Old transaction logs were archived; 40% free now." },
			{ "Teléfono IP sin línea", "El teléfono IP de recepción no tiene línea desde el corte de luz.",
					"El teléfono no recibía configuración; reiniciado el conmutador." },
			{ "Wi-Fi slow in meeting room", "The Wi-Fi in the large meeting room is very slow during calls.",
					"A second access point was added." },
			{ "Error al imprimir facturas", "El programa de facturación da error al imprimir en la impresora fiscal.",
					"Actualizado el controlador de la impresora." },
			{ "Licence renewal question", "When does our office licence renew and how many seats do we have?",
					"It renews on 1 March with 25 seats." },
			{ "Pantalla parpadea", "La pantalla del puesto 14 parpadea continuamente.",
					"Cable de vídeo sustituido." } };

	private final Options options;

	private ReadsBenchmark(Options options) {
		this.options = options;
	}

	public static void main(String[] args) {
		int status = 0;
		try {
			new ReadsBenchmark(Options.fromSystemProperties()).run();
		}
		catch (Throwable ex) {
			ex.printStackTrace();
			status = 1;
		}
		System.exit(status);
	}

	private void run() throws Exception {
		System.out.println(TAG + " " + this.options);
		String url = this.options.postgresUrl() + DATABASE;
		long present = this.options.fresh() ? -1 : casesIn(url);
		if (present == this.options.cases()) {
			System.out.println(TAG + " reusing " + DATABASE + " with " + present + " cases (bench.fresh=true to make it"
					+ " anew)");
		}
		else {
			String problem = Postgres.recreate(this.options.postgresUrl(), this.options.postgresUser(), DATABASE);
			if (problem != null) {
				System.out.println(TAG + " SKIPPED: no PostgreSQL at " + this.options.postgresUrl() + " (" + problem
						+ "); this benchmark runs on PostgreSQL only");
				return;
			}
			DataSource dataSource = new DriverManagerDataSource(url, this.options.postgresUser(), "");
			Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
			SingleConnectionDataSource connection = new SingleConnectionDataSource(url, this.options.postgresUser(), "",
					true);
			fill(new JdbcTemplate(connection), url);
			connection.destroy();
		}
		Path dataDir = Path.of("target-bench", "bench-data", "reads-" + UUID.randomUUID()).toAbsolutePath();
		List<String> appArgs = new ArrayList<>(List.of("--spring.datasource.url=" + url,
				"--spring.datasource.username=" + this.options.postgresUser(), "--spring.datasource.password=",
				"--caso.intake.smtp.enabled=false", "--server.port=0", "--caso.timers.sweep-interval=1h",
				"--caso.data-dir=" + dataDir, "--caso.admin.email=" + ADMIN, "--caso.admin.password=" + PASSWORD,
				"--logging.level.root=WARN", "--spring.main.banner-mode=off"));
		appArgs.addAll(this.options.appArgs());
		System.out.println(TAG + " starting Caso (data in " + dataDir + ")");
		try (ConfigurableApplicationContext caso = new SpringApplicationBuilder(CasoApplication.class)
			.run(appArgs.toArray(String[]::new))) {
			String base = "http://127.0.0.1:" + caso.getEnvironment().getProperty("local.server.port");
			String token = caso.getBean(ApiTokens.class).create(ADMIN, "bench reads " + UUID.randomUUID());
			JdbcTemplate jdbc = new JdbcTemplate(caso.getBean(DataSource.class));
			long newest = jdbc.queryForObject("SELECT MAX(number) FROM cases_case", Long.class);
			long ordinary = newest - 1;
			String organization = "Cliente42 S.L.";
			String team = "Soporte 3";
			String agent = "agent1@jd-services.eu";
			String contact = "u4242@cliente242.example";
			List<Read> reads = List.of(new Read("list", "/api/cases?size=25", query(null, null, null, null, null, 0)),
					new Read("status=OPEN", "/api/cases?size=25&status=OPEN",
							query(Status.OPEN, null, null, null, null, 0)),
					new Read("severity=A", "/api/cases?size=25&severity=A",
							query(null, Severity.A, null, null, null, 0)),
					new Read("status=OPEN&severity=A", "/api/cases?size=25&status=OPEN&severity=A",
							query(Status.OPEN, Severity.A, null, null, null, 0)),
					new Read("team", "/api/cases?size=25&team=" + encoded(team),
							new CaseQuery(null, null, null, null, null, null, 0, 25, false, team, null)),
					new Read("assignee (mine)", "/api/cases?size=25&status=OPEN&assignee=" + encoded(agent),
							new CaseQuery(null, null, Status.OPEN, null, null, null, 0, 25, false, null, agent)),
					new Read("breach=soon", "/api/cases?size=25&breach=soon", null),
					new Read("organization", "/api/cases?size=25&organization=" + encoded(organization),
							new CaseQuery(null, organization, null, null, null, null, 0, 25)),
					new Read("contact", "/api/cases?size=25&contact=" + encoded(contact),
							new CaseQuery(contact, null, null, null, null, null, 0, 25)),
					new Read("page 2000", "/api/cases?size=25&page=2000", query(null, null, null, null, null, 2000)),
					new Read("q=printer", "/api/cases?size=25&q=printer", text("printer")),
					new Read("q=impresoras", "/api/cases?size=25&q=impresoras", text("impresoras")),
					new Read("q=srv-4242", "/api/cases?size=25&q=srv-4242", text("srv-4242")),
					new Read("q=impresora atascada (none)", "/api/cases?size=25&q=" + encoded("impresora atascada"),
							text("impresora atascada")),
					new Read("q=contact address", "/api/cases?size=25&q=" + encoded(contact), text(contact)),
					new Read("q=organisation", "/api/cases?size=25&q=cliente42", text("cliente42")),
					new Read("q=status=OPEN&q=vpn", "/api/cases?size=25&status=OPEN&q=vpn",
							new CaseQuery(null, null, Status.OPEN, null, "vpn", null, 0, 25)),
					new Read("one case", "/api/cases/" + ordinary, null),
					new Read("case with " + LONG_CASE_MESSAGES + " messages", "/api/cases/" + newest, null));
			HttpClient http = HttpClient.newHttpClient();
			String bearer = "Bearer " + token;
			String basic = "Basic "
					+ Base64.getEncoder().encodeToString((ADMIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
			List<String> table = new ArrayList<>();
			table.add(String.format(Locale.ROOT, "%-32s %9s %9s %9s %8s %9s", "read", "p50 ms", "p95 ms", "max ms",
					"total", "bytes"));
			for (Read read : reads) {
				Timing timing = time(http, base + read.path(), bearer);
				table.add(String.format(Locale.ROOT, "%-32s %9.1f %9.1f %9.1f %8s %9d", read.name(), timing.p50(),
						timing.p95(), timing.max(), timing.total(), timing.bytes()));
				System.out.println(TAG + " " + table.get(table.size() - 1));
			}
			Timing basicTiming = time(http, base + "/api/cases/" + ordinary, basic);
			table.add(String.format(Locale.ROOT, "%-32s %9.1f %9.1f %9.1f %8s %9d", "one case, HTTP Basic (bcrypt)",
					basicTiming.p50(), basicTiming.p95(), basicTiming.max(), "", basicTiming.bytes()));
			String session = signIn(base);
			Map<String, String> console = new java.util.LinkedHashMap<>();
			console.put("console queue", "/cases");
			console.put("console status=OPEN", "/cases?status=OPEN");
			console.put("console severity=A", "/cases?severity=A");
			console.put("console team", "/cases?team=" + encoded(team));
			console.put("console mine", "/cases?mine=true");
			console.put("console breach=SOON", "/cases?breach=SOON");
			console.put("console q=printer", "/cases?q=printer");
			console.put("console case, 200 messages", "/cases/" + newest);
			for (Map.Entry<String, String> page : console.entrySet()) {
				Timing timing = time(http, base + page.getValue(), null, session);
				table.add(String.format(Locale.ROOT, "%-32s %9.1f %9.1f %9.1f %8s %9d", page.getKey(), timing.p50(),
						timing.p95(), timing.max(), "", timing.bytes()));
				System.out.println(TAG + " " + table.get(table.size() - 1));
			}
			if (this.options.explain()) {
				CaseSearch search = caso.getBean(CaseSearch.class);
				for (Read read : reads) {
					if (read.query() != null) {
						explainList(jdbc, search, read);
					}
				}
				System.out.println(TAG + " EXPLAIN of one case's messages (" + LONG_CASE_MESSAGES + "):");
				System.out.println(explain(jdbc,
						"SELECT * FROM cases_message WHERE case_number = " + newest + " ORDER BY at, id"));
			}
			System.out.println(TAG + " " + jdbc.queryForObject("SELECT 'cases_case ' || pg_size_pretty("
					+ "pg_total_relation_size('cases_case')) || ', cases_message ' || pg_size_pretty("
					+ "pg_total_relation_size('cases_message')) || ', GIN index of the words ' || pg_size_pretty("
					+ "pg_relation_size('cases_case_search_document'))", String.class));
			System.out.println();
			System.out.println(TAG + " ===== summary: " + this.options.cases() + " cases, " + this.options.runs()
					+ " runs each over HTTP with an API token =====");
			table.forEach((line) -> System.out.println(TAG + " " + line));
		}
	}

	private static CaseQuery query(Status status, Severity severity, String organization, String contact, String text,
			int page) {
		return new CaseQuery(contact, organization, status, severity, text, null, page, 25);
	}

	private static CaseQuery text(String text) {
		return new CaseQuery(null, null, null, null, text, null, 0, 25);
	}

	private Timing time(HttpClient http, String url, String authorization) throws IOException, InterruptedException {
		return time(http, url, authorization, null);
	}

	/**
	 * Times a read with an {@code Authorization} header or a console session's cookie.
	 */
	private Timing time(HttpClient http, String url, String authorization, String cookie)
			throws IOException, InterruptedException {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url));
		if (authorization != null) {
			builder.header("Authorization", authorization);
		}
		if (cookie != null) {
			builder.header("Cookie", cookie);
		}
		HttpRequest request = builder.build();
		int bytes = 0;
		String total = "";
		for (int i = 0; i < this.options.warmup(); i++) {
			send(http, request);
		}
		double[] millis = new double[this.options.runs()];
		for (int i = 0; i < millis.length; i++) {
			long start = System.nanoTime();
			String body = send(http, request);
			millis[i] = (System.nanoTime() - start) / 1e6;
			bytes = body.length();
			total = totalOf(body);
		}
		Arrays.sort(millis);
		return new Timing(percentile(millis, 50), percentile(millis, 95), millis[millis.length - 1], total, bytes);
	}

	/** Signs in to the console with the form as a browser does; the session's cookie. */
	private static String signIn(String base) throws IOException, InterruptedException {
		HttpClient http = HttpClient.newHttpClient();
		HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		String cookie = cookieOf(form);
		java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
			.matcher(form.body());
		if (!csrf.find()) {
			throw new IllegalStateException("no CSRF token in the sign-in form");
		}
		String body = "username=" + encoded(ADMIN) + "&password=" + encoded(PASSWORD) + "&_csrf="
				+ encoded(csrf.group(1));
		HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", cookie)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		String location = signedIn.headers().firstValue("Location").orElse("");
		if (signedIn.statusCode() != 302 || location.contains("error")) {
			throw new IllegalStateException("console sign-in answered " + signedIn.statusCode() + " " + location);
		}
		String session = cookieOf(signedIn);
		return session.isEmpty() ? cookie : session;
	}

	private static String cookieOf(HttpResponse<?> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.map((value) -> value.split(";", 2)[0])
			.filter((value) -> value.startsWith("JSESSIONID="))
			.findFirst()
			.orElse("");
	}

	private static String send(HttpClient http, HttpRequest request) throws IOException, InterruptedException {
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": "
					+ response.body().substring(0, Math.min(300, response.body().length())));
		}
		return response.body();
	}

	/** {@code "total":123} of a page, with a "+" when capped; empty for one case. */
	private static String totalOf(String body) {
		int at = body.lastIndexOf("\"total\":");
		if (at < 0) {
			return "";
		}
		int end = at + 8;
		while (end < body.length() && Character.isDigit(body.charAt(end))) {
			end++;
		}
		return body.substring(at + 8, end) + (body.contains("\"totalCapped\":true") ? "+" : "");
	}

	private static double percentile(double[] sorted, int percent) {
		int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

	/**
	 * The statements of a list as {@link Cases#list} runs them: the matching numbers up
	 * to the cap, then the page (by number when all matches are known, else walked).
	 */
	private static void explainList(JdbcTemplate jdbc, CaseSearch search, Read read) {
		CaseQuery query = read.query();
		Map<String, Object> params = new HashMap<>();
		String matchingSql = search.matchingSql(query, Cases.COUNT_CAP, params);
		List<Long> matching = search.matching(query, Cases.COUNT_CAP);
		System.out
			.println(TAG + " EXPLAIN " + read.name() + " — matching cases (up to " + (Cases.COUNT_CAP + 1) + "):");
		System.out.println(explain(jdbc, inlined(matchingSql, params)));
		Map<String, Object> pageParams = new HashMap<>();
		String page;
		if (matching.size() <= Cases.COUNT_CAP) {
			List<Long> sorted = matching.stream()
				.sorted(java.util.Comparator.reverseOrder())
				.limit(query.size())
				.toList();
			if (sorted.isEmpty()) {
				System.out.println(TAG + " (no match: no page statement)");
				return;
			}
			page = search.pageSql(query, sorted, pageParams);
			System.out
				.println(TAG + " EXPLAIN " + read.name() + " — page of " + matching.size() + " matches, by number:");
		}
		else {
			page = search.walkSql(query, pageParams);
			System.out.println(TAG + " EXPLAIN " + read.name() + " — page of more than " + Cases.COUNT_CAP
					+ " matches, walked newest first:");
		}
		System.out.println(explain(jdbc, inlined(page, pageParams)));
	}

	private static String explain(JdbcTemplate jdbc, String sql) {
		return String.join(System.lineSeparator(),
				jdbc.queryForList("EXPLAIN (ANALYZE, BUFFERS) " + sql, String.class)
					.stream()
					.map((row) -> "    " + row)
					.toList());
	}

	/** Named parameters written in as literals (longest names first). */
	private static String inlined(String sql, Map<String, Object> params) {
		List<String> names = new ArrayList<>(params.keySet());
		names.sort((a, b) -> b.length() - a.length());
		String inlined = sql;
		for (String name : names) {
			Object value = params.get(name);
			String literal = (value instanceof Number) ? value.toString()
					: (value instanceof List<?> list) ? String.join(", ", list.stream().map(String::valueOf).toList())
							: "'" + value.toString().replace("'", "''") + "'";
			inlined = inlined.replace(":" + name, literal);
		}
		return inlined;
	}

	/**
	 * The cases, their contacts, two messages each (the customer's, ours), 200 messages
	 * on the newest case, the response targets of open cases (a few soon, a few breached)
	 * and the search words; then {@code VACUUM ANALYZE}.
	 */
	private void fill(JdbcTemplate jdbc, String url) throws SQLException, IOException {
		int n = this.options.cases();
		String series = " FROM generate_series(1, " + n + ") AS g";
		String requester = "'u' || (g % " + REQUESTERS + ") || '@cliente' || (g % " + ORGANIZATIONS + ") || '.example'";
		String template = "(1 + g % " + TEMPLATES.length + ")";
		StringBuilder values = new StringBuilder();
		for (int i = 0; i < TEMPLATES.length; i++) {
			values.append((i == 0) ? "" : ", ")
				.append("(")
				.append(i + 1)
				.append(", ")
				.append(literal(TEMPLATES[i][0]))
				.append(", ")
				.append(literal(TEMPLATES[i][1]))
				.append(", ")
				.append(literal(TEMPLATES[i][2]))
				.append(")");
		}
		jdbc.execute("CREATE TABLE bench_template (id INT PRIMARY KEY, subject TEXT, question TEXT, answer TEXT)");
		jdbc.execute("INSERT INTO bench_template VALUES " + values);
		long start = System.nanoTime();
		jdbc.execute("CREATE UNLOGGED TABLE bench_words (case_number BIGINT PRIMARY KEY, words TEXT)");
		copyWords(url, n);
		System.out.printf(Locale.ROOT, "%s search words of %d cases (CaseWords, COPY) in %.1fs%n", TAG, n,
				seconds(start));
		start = System.nanoTime();
		List<String> indexes = jdbc.queryForList("SELECT indexdef FROM pg_indexes WHERE tablename IN ('cases_case',"
				+ " 'cases_contact', 'cases_message') AND indexname NOT LIKE '%pkey'", String.class);
		// the migrations' indexes are made again after the load (one build each instead
		// of a million inserts)
		jdbc.queryForList("SELECT indexname FROM pg_indexes WHERE tablename IN ('cases_case', 'cases_contact',"
				+ " 'cases_message') AND indexname NOT LIKE '%pkey'", String.class)
			.forEach((index) -> jdbc.execute("DROP INDEX " + index));
		jdbc.update(
				"INSERT INTO cases_case (number, subject, severity, status, organization, requester, requester_name,"
						+ " language, team, assignee, created_at, acknowledged_at, closed_at, search_words)"
						+ " SELECT 1000 + g, t.subject, CASE WHEN h.s = 0 THEN 'A' WHEN h.s < 5 THEN 'B'"
						+ " ELSE 'C' END, CASE WHEN h.st < 2 THEN 'OPEN' WHEN h.st = 2 THEN 'WAITING_FOR_CUSTOMER'"
						+ " WHEN h.st = 3 THEN 'CANCELLED' ELSE 'CLOSED' END, 'Cliente' || (g % " + ORGANIZATIONS
						+ ") || ' S.L.', " + requester + ", '', CASE WHEN t.id % 2 = 0 THEN 'es' ELSE 'en' END,"
						+ " 'Soporte ' || h.team, CASE WHEN h.unassigned < 3 THEN NULL ELSE 'agent' || h.agent"
						+ " || '@jd-services.eu' END, now() - (" + n + " - g) * interval '90 seconds'," + " now() - ("
						+ n + " - g) * interval '90 seconds' + interval '2 minutes',"
						+ " CASE WHEN h.st >= 3 THEN now() - (" + n
						+ " - g) * interval '90 seconds' + interval '1 day' END," + " w.words" + series + HASHED
						+ " JOIN bench_template t ON t.id = " + template
						+ " JOIN bench_words w ON w.case_number = 1000 + g");
		System.out.printf(Locale.ROOT, "%s cases_case: %d rows in %.1fs%n", TAG, n, seconds(start));
		start = System.nanoTime();
		jdbc.update("INSERT INTO cases_contact (case_number, email, position) SELECT 1000 + g, " + requester + ", 0"
				+ series);
		System.out.printf(Locale.ROOT, "%s cases_contact: %d rows in %.1fs%n", TAG, n, seconds(start));
		start = System.nanoTime();
		jdbc.update("INSERT INTO cases_message (case_number, direction, kind, message_id, from_address, to_addresses,"
				+ " cc_addresses, subject, at, text, redactions)"
				+ " SELECT 1000 + g, 'IN', 'MAIL', 'bench-' || g || '-in@cliente.example', " + requester
				+ ", ARRAY['b@jd-services.eu'], ARRAY[]::varchar[], t.subject, now() - (" + n
				+ " - g) * interval '90 seconds', t.question || ' Servidor srv-' || (g % " + SERVERS + ") || '.',"
				+ " ARRAY[]::varchar[]" + series + " JOIN bench_template t ON t.id = " + template);
		jdbc.update("INSERT INTO cases_message (case_number, direction, kind, message_id, from_address, to_addresses,"
				+ " cc_addresses, subject, at, text, redactions, author)"
				+ " SELECT 1000 + g, 'OUT', 'REPLY', 'bench-' || g || '-out@jd-services.eu', 'b@jd-services.eu',"
				+ " ARRAY[" + requester + "], ARRAY[]::varchar[], 'Re: ' || t.subject, now() - (" + n
				+ " - g) * interval '90 seconds' + interval '1 hour', t.answer, ARRAY[]::varchar[],"
				+ " 'agent' || (g % " + AGENTS + ") || '@jd-services.eu'" + series + " JOIN bench_template t ON t.id = "
				+ template);
		// the newest case has 200 messages
		jdbc.update("INSERT INTO cases_message (case_number, direction, kind, message_id, from_address, to_addresses,"
				+ " cc_addresses, subject, at, text, redactions)" + " SELECT " + (1000 + n)
				+ ", CASE WHEN m % 2 = 0 THEN 'IN' ELSE 'OUT' END, 'MAIL', 'bench-long-' || m,"
				+ " 'someone@cliente0.example', ARRAY['b@jd-services.eu'], ARRAY[]::varchar[], 'Re: ' || t.subject,"
				+ " now() + m * interval '1 minute', t.question || ' ' || t.answer, ARRAY[]::varchar[]"
				+ " FROM generate_series(1, " + (LONG_CASE_MESSAGES - 2)
				+ ") AS m JOIN bench_template t ON t.id = 1 + m % " + TEMPLATES.length);
		System.out.printf(Locale.ROOT, "%s cases_message: %d rows in %.1fs%n", TAG, 2L * n + LONG_CASE_MESSAGES - 2,
				seconds(start));
		start = System.nanoTime();
		jdbc.update("INSERT INTO timers_deadline (case_number, customer_response_due_at, first_response_due_at,"
				+ " response_target) SELECT 1000 + g, NULL, now() + interval '1 day', CASE WHEN h.soon = 0 THEN"
				+ " 'SOON' WHEN h.soon = 1 THEN 'BREACHED' ELSE 'ON_TIME' END" + series + HASHED + " WHERE h.st < 3");
		System.out.printf(Locale.ROOT, "%s timers_deadline in %.1fs%n", TAG, seconds(start));
		jdbc.execute("DROP TABLE bench_template");
		jdbc.execute("DROP TABLE bench_words");
		jdbc.queryForObject(
				"SELECT setval(pg_get_serial_sequence('cases_case', 'number'), MAX(number))" + " FROM cases_case",
				Long.class);
		start = System.nanoTime();
		jdbc.execute("SET maintenance_work_mem = '512MB'");
		indexes.forEach(jdbc::execute);
		System.out.printf(Locale.ROOT, "%s %d indexes made in %.1fs%n", TAG, indexes.size(), seconds(start));
		start = System.nanoTime();
		jdbc.execute("VACUUM ANALYZE");
		System.out.printf(Locale.ROOT, "%s VACUUM ANALYZE in %.1fs%n", TAG, seconds(start));
	}

	/** The words of every case as the application cuts them, copied in with COPY. */
	private void copyWords(String url, int n) throws SQLException, IOException {
		List<Set<String>> templateWords = new ArrayList<>();
		for (String[] template : TEMPLATES) {
			templateWords.add(CaseWords.of(template[0], template[1], template[2]));
		}
		Set<String> servidor = CaseWords.of("Servidor");
		Map<Integer, Set<String>> organizations = new HashMap<>();
		Map<Integer, Set<String>> servers = new HashMap<>();
		Map<Integer, Set<String>> requesters = new HashMap<>();
		try (Connection connection = DriverManager.getConnection(url, this.options.postgresUser(), "")) {
			var copy = connection.unwrap(PGConnection.class).getCopyAPI();
			StringBuilder chunk = new StringBuilder();
			for (int g = 1; g <= n; g++) {
				int organization = g % ORGANIZATIONS;
				int requester = g % REQUESTERS;
				int server = g % SERVERS;
				Set<String> words = new LinkedHashSet<>();
				words.add(Integer.toString(1000 + g));
				words.addAll(templateWords.get(g % TEMPLATES.length));
				words.addAll(organizations.computeIfAbsent(organization, (o) -> CaseWords.of("Cliente" + o + " S.L.")));
				words.addAll(requesters.computeIfAbsent(requester,
						(r) -> CaseWords.of("u" + r + "@cliente" + (r % ORGANIZATIONS) + ".example")));
				words.addAll(servidor);
				words.addAll(servers.computeIfAbsent(server, (s) -> CaseWords.of("srv-" + s + ".")));
				if (g == n) {
					for (int m = 1; m <= LONG_CASE_MESSAGES - 2; m++) {
						words.addAll(templateWords.get(m % TEMPLATES.length));
					}
					words.addAll(CaseWords.of("someone@cliente0.example"));
				}
				chunk.append(1000 + g).append('\t').append(CaseWords.joined(words)).append('\n');
				if (chunk.length() > 4_000_000 || g == n) {
					copy.copyIn("COPY bench_words (case_number, words) FROM STDIN", new StringReader(chunk.toString()));
					chunk.setLength(0);
				}
			}
		}
	}

	private static long casesIn(String url) {
		try (Connection connection = DriverManager.getConnection(url, "postgres", "");
				var statement = connection.createStatement();
				var rs = statement.executeQuery("SELECT COUNT(*) FROM cases_case WHERE search_words IS NOT NULL")) {
			rs.next();
			return rs.getLong(1);
		}
		catch (SQLException ex) {
			return -1;
		}
	}

	private static String literal(String text) {
		return "'" + text.replace("'", "''") + "'";
	}

	private static String encoded(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static double seconds(long sinceNanos) {
		return (System.nanoTime() - sinceNanos) / 1e9;
	}

	/**
	 * One read of the API.
	 *
	 * @param name its name in the table
	 * @param path its path and query
	 * @param query the case list it asks for (for EXPLAIN), or {@code null}
	 */
	private record Read(String name, String path, CaseQuery query) {
	}

	/**
	 * Times of one read, in ms.
	 *
	 * @param p50 median
	 * @param p95 95th percentile
	 * @param max slowest
	 * @param total the page's total
	 * @param bytes size of the answer
	 */
	private record Timing(double p50, double p95, double max, String total, int bytes) {
	}

	/**
	 * The benchmark's options.
	 *
	 * @param cases cases in the database
	 * @param runs timed runs of each read
	 * @param warmup untimed runs before them
	 * @param fresh make the database anew even when it has the cases
	 * @param explain print the plans
	 * @param postgresUrl the server's URL without a database
	 * @param postgresUser the PostgreSQL user (trust authentication)
	 * @param appArgs extra command line arguments for Caso
	 */
	record Options(int cases, int runs, int warmup, boolean fresh, boolean explain, String postgresUrl,
			String postgresUser, List<String> appArgs) {

		static Options fromSystemProperties() {
			List<String> appArgs = new ArrayList<>();
			System.getProperties()
				.stringPropertyNames()
				.stream()
				.filter((name) -> name.startsWith("bench.app."))
				.sorted()
				.forEach((name) -> appArgs
					.add("--" + name.substring("bench.app.".length()) + "=" + System.getProperty(name)));
			return new Options(Integer.getInteger("bench.cases", 1_000_000), Integer.getInteger("bench.runs", 25),
					Integer.getInteger("bench.warmup", 5), Boolean.getBoolean("bench.fresh"),
					Boolean.parseBoolean(System.getProperty("bench.explain", "true")),
					System.getProperty("bench.postgres.url", "jdbc:postgresql://127.0.0.1:5432/"),
					System.getProperty("bench.postgres.user", "postgres"), appArgs);
		}

	}

}
