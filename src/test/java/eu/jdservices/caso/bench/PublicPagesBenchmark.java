package eu.jdservices.caso.bench;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.stream.Stream;

import javax.sql.DataSource;

import eu.jdservices.caso.CasoApplication;
import eu.jdservices.caso.catalogue.Catalogue;
import eu.jdservices.caso.catalogue.Service;
import eu.jdservices.caso.knowledge.Article;
import eu.jdservices.caso.knowledge.Knowledge;
import eu.jdservices.caso.knowledge.Visibility;
import eu.jdservices.caso.status.Impact;
import eu.jdservices.caso.status.Incident;
import eu.jdservices.caso.status.IncidentStatus;
import eu.jdservices.caso.status.Incidents;
import eu.jdservices.caso.status.NewIncident;
import eu.jdservices.caso.status.NewUpdate;
import eu.jdservices.caso.support.Postgres;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A benchmark (not a test) of the public pages customers are sent to (issue 11's target:
 * p95 ≤ 50 ms for {@code /kb/search} with 1,000 articles and for {@code /status} with 50
 * services and 1,000 past incidents). Starts Caso in this JVM on H2 or PostgreSQL, writes
 * the articles (Spanish and English, texts made from word lists of services, problems and
 * places) and the catalogue with resolved incidents spread over the last 90 days plus a
 * few open ones, then requests each page over HTTP on 127.0.0.1 — warm-up first, then
 * {@code bench.requests} requests one after the other, accepting gzip as a browser does —
 * and prints p50/p95/p99/max per page and whether its p95 is within 50 ms.
 * <p>
 * The public search is limited per client address
 * ({@code caso.knowledge.searches-per-minute}, 30 by default): the benchmark lifts it to
 * 1,000,000 and says so. Options (system properties): {@code bench.db} =
 * {@code h2|postgres} (h2), {@code bench.requests} (500), {@code bench.warmup} (200),
 * {@code bench.articles} (1000), {@code bench.services} (50), {@code bench.incidents}
 * (1000), {@code bench.open} (3), {@code bench.pages} (all, or a comma-separated list of
 * the pages' names as printed), {@code bench.profile} (false: sample busy threads and
 * print the hottest places), {@code bench.postgres.url}, {@code bench.postgres.user},
 * {@code bench.app.<property>=<value>} to pass {@code --<property>=<value>} to Caso. Run
 * it with {@code bench/public-pages}.
 */
public final class PublicPagesBenchmark {

	static final long TARGET_P95_MILLIS = 50;

	static final String AUTHOR = "admin@jd-services.eu";

	private static final String[][] SERVICES = { { "VPN", "VPN", "la VPN", "the VPN" },
			{ "Correo", "Email", "el correo", "email" }, { "Impresora", "Printer", "la impresora", "the printer" },
			{ "ERP", "ERP", "el ERP", "the ERP" }, { "Teams", "Teams", "Teams", "Teams" },
			{ "Copias de seguridad", "Backups", "las copias de seguridad", "the backups" },
			{ "Wi-Fi", "Wi-Fi", "la wifi", "the Wi-Fi" }, { "Portátil", "Laptop", "el portátil", "the laptop" },
			{ "Certificados", "Certificates", "el certificado", "the certificate" },
			{ "Cortafuegos", "Firewall", "el cortafuegos", "the firewall" },
			{ "Telefonía", "Telephony", "la centralita", "the phone system" },
			{ "Carpetas compartidas", "Shared folders", "la carpeta compartida", "the shared folder" },
			{ "Facturación", "Invoicing", "la facturación", "invoicing" },
			{ "Escritorio remoto", "Remote desktop", "el escritorio remoto", "remote desktop" },
			{ "Contraseñas", "Passwords", "la contraseña", "the password" },
			{ "Antivirus", "Antivirus", "el antivirus", "the antivirus" },
			{ "Móvil", "Mobile phone", "el móvil de empresa", "the company phone" },
			{ "Calendario", "Calendar", "el calendario", "the calendar" },
			{ "Web corporativa", "Website", "la web corporativa", "the website" },
			{ "Almacenamiento", "Storage", "el disco del servidor", "the server disk" } };

	private static final String[][] PROBLEMS = { { "no conecta", "does not connect" },
			{ "va muy lento", "is very slow" },
			{ "pide la contraseña una y otra vez", "keeps asking for the password" },
			{ "da error al iniciar sesión", "fails at sign-in" }, { "no sincroniza", "does not sync" },
			{ "se corta cada pocos minutos", "drops every few minutes" },
			{ "muestra un aviso de certificado", "shows a certificate warning" },
			{ "no aparece en la lista", "is missing from the list" },
			{ "dejó de funcionar tras la actualización", "stopped working after the update" },
			{ "rechaza el usuario", "rejects the user name" } };

	private static final String[][] PLACES = { { "desde casa", "from home" }, { "en la oficina", "at the office" },
			{ "en Windows 11", "on Windows 11" }, { "en macOS", "on macOS" }, { "en el móvil", "on the phone" },
			{ "para usuarios nuevos", "for new users" } };

	private static final String[][] STEPS = {
			{ "Reinicie el equipo y vuelva a intentarlo.", "Restart the computer and try again." },
			{ "Compruebe que la fecha y la hora del equipo son correctas.",
					"Check that the computer's date and time are right." },
			{ "Cierre la sesión y vuelva a entrar con su usuario de dominio.",
					"Sign out and sign in again with your domain user." },
			{ "Borre la caché del navegador.", "Clear the browser's cache." },
			{ "Desconecte el cable de red durante diez segundos.", "Unplug the network cable for ten seconds." },
			{ "Actualice el cliente a la última versión publicada en la intranet.",
					"Update the client to the latest version published on the intranet." },
			{ "Si usa la red de invitados, cambie a la red corporativa.",
					"If you are on the guest network, switch to the company network." },
			{ "Anote el código de error que aparece en pantalla.", "Write down the error code on the screen." } };

	private static final List<String> QUERIES_ES = List.of("vpn no conecta", "correo lento", "impresora",
			"contraseña caducada", "certificado", "facturacion", "teams se corta", "copias de seguridad",
			"wifi oficina", "escritorio remoto error", "portatil actualizacion", "carpeta compartida no aparece",
			"antivirus", "movil empresa sincroniza", "calendario no sincroniza", "cortafuegos", "centralita",
			"iniciar sesion", "usuario rechazado", "disco servidor lleno");

	private static final List<String> QUERIES_EN = List.of("vpn does not connect", "slow email", "printer", "password",
			"certificate warning", "invoicing", "teams drops", "backups", "wifi office", "remote desktop sign-in",
			"laptop update", "shared folder missing", "antivirus", "company phone sync", "calendar", "firewall",
			"phone system", "sign in fails", "user name rejected", "server disk");

	private final Options options;

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private PublicPagesBenchmark(Options options) {
		this.options = options;
	}

	public static void main(String[] args) {
		int status = 0;
		try {
			new PublicPagesBenchmark(Options.fromSystemProperties()).run();
		}
		catch (Throwable ex) {
			ex.printStackTrace();
			status = 1;
		}
		System.exit(status);
	}

	private void run() throws Exception {
		String db = this.options.db();
		System.out.println("[bench] " + this.options);
		System.out.printf(Locale.ROOT,
				"[bench %s] machine: %d cores, load average %.2f at start (the machine may be shared with another run)%n",
				db, Runtime.getRuntime().availableProcessors(),
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		List<String> appArgs = new ArrayList<>();
		if ("postgres".equals(db)) {
			String problem = Postgres.recreate(this.options.postgresUrl(), this.options.postgresUser(),
					"caso_bench_pages");
			if (problem != null) {
				System.out.println("[bench postgres] SKIPPED: no PostgreSQL at " + this.options.postgresUrl() + " ("
						+ problem + ")");
				return;
			}
			appArgs.add("--spring.datasource.url=" + this.options.postgresUrl() + "caso_bench_pages");
			appArgs.add("--spring.datasource.username=" + this.options.postgresUser());
			appArgs.add("--spring.datasource.password=");
		}
		Path dataDir = Path.of("target-bench", "bench-data", UUID.randomUUID().toString()).toAbsolutePath();
		appArgs.addAll(List.of("--server.port=0", "--server.address=127.0.0.1", "--caso.intake.smtp.enabled=false",
				"--caso.data-dir=" + dataDir, "--spring.mail.host=127.0.0.1", "--caso.admin.email=" + AUTHOR,
				"--caso.admin.password=bench-admin-secret", "--logging.level.root=WARN",
				"--spring.main.banner-mode=off",
				// one client asks thousands of searches a minute here: lift the
				// per-client limit of the public search
				"--caso.knowledge.searches-per-minute=1000000"));
		appArgs.addAll(this.options.appArgs());
		System.out.println("[bench " + db + "] caso.knowledge.searches-per-minute raised from 30 to 1000000 for"
				+ " the benchmark (one client address asks all the searches)");
		System.out.println("[bench " + db + "] starting Caso (data in " + dataDir + ")");
		long startedAt = System.nanoTime();
		try (ConfigurableApplicationContext caso = new SpringApplicationBuilder(CasoApplication.class)
			.run(appArgs.toArray(String[]::new))) {
			System.out.printf(Locale.ROOT, "[bench %s] Caso started in %.1fs%n", db, seconds(startedAt));
			String base = "http://127.0.0.1:" + caso.getEnvironment().getProperty("local.server.port");
			long writing = System.nanoTime();
			List<String> slugs = writeArticles(caso.getBean(Knowledge.class));
			System.out.printf(Locale.ROOT, "[bench %s] %d articles (es and en) written in %.1fs%n", db,
					slugs.size() / 2, seconds(writing));
			writing = System.nanoTime();
			int incidents = writeStatus(caso.getBean(Catalogue.class), caso.getBean(Incidents.class),
					new JdbcTemplate(caso.getBean(DataSource.class)));
			System.out.printf(Locale.ROOT,
					"[bench %s] %d services, %d incidents (%d resolved over the last 90 days, %d open) written in %.1fs%n",
					db, this.options.services(), incidents, this.options.incidents(), this.options.open(),
					seconds(writing));

			List<Page> pages = Stream
				.of(new Page("/kb/search?q=", (i) -> search(i)),
						new Page("/status", (i) -> "/status" + (((i % 2) == 0) ? "" : "?lang=en")),
						new Page("/status/feed.atom", (i) -> "/status/feed.atom"),
						new Page("/guidelines", (i) -> "/guidelines" + (((i % 2) == 0) ? "?lang=es" : "?lang=en")),
						new Page("/kb/<slug>", (i) -> "/kb/" + slugs.get((i * 7919) % slugs.size())),
						new Page("/kb", (i) -> "/kb" + (((i % 2) == 0) ? "" : "?lang=en")))
				.filter((page) -> this.options.pages().isEmpty() || this.options.pages().contains(page.name()))
				.toList();
			for (Page page : pages) {
				measure(base, page, this.options.warmup());
			}
			System.gc();
			List<String> lines = new ArrayList<>();
			for (Page page : pages) {
				IntakeBenchmark.Resources resources = IntakeBenchmark.Resources.start(this.options.profile());
				Figures figures = measure(base, page, this.options.requests());
				IntakeBenchmark.Resources.Usage usage = resources.stop();
				String line = figures.line(db, page.name());
				lines.add(line);
				System.out.println(line + String.format(Locale.ROOT, " (cpu %.0f%% of one core)", usage.cpuPercent()));
				if (this.options.profile()) {
					System.out.println(usage.hotSpots(db + " " + page.name()));
				}
			}
			System.out.println();
			System.out.println("[bench] ===== summary =====");
			System.out.printf(Locale.ROOT,
					"[bench %s] %d articles, %d services, %d past incidents; %d requests per page one after the other"
							+ " after %d warm-up; %d cores, load average %.2f now (shared with another run?)%n",
					db, slugs.size() / 2, this.options.services(), this.options.incidents(), this.options.requests(),
					this.options.warmup(), Runtime.getRuntime().availableProcessors(),
					ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
			lines.forEach(System.out::println);
		}
	}

	private String search(int i) {
		boolean english = (i % 3) == 2;
		List<String> queries = english ? QUERIES_EN : QUERIES_ES;
		String q = queries.get((i / 3) % queries.size());
		return "/kb/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + (english ? "&lang=en" : "&lang=es");
	}

	private Figures measure(String base, Page page, int requests) throws Exception {
		long[] millis = new long[requests];
		int failures = 0;
		String firstFailure = null;
		long bytes = 0;
		long wire = 0;
		int withResults = 0;
		long cpuAtStart = processCpuNanos();
		for (int i = 0; i < requests; i++) {
			String path = page.path().apply(i);
			HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
				.timeout(Duration.ofSeconds(30))
				.header("Accept-Language", "es")
				.header("Accept-Encoding", "gzip")
				.GET()
				.build();
			long start = System.nanoTime();
			HttpResponse<byte[]> response = this.http.send(request, HttpResponse.BodyHandlers.ofByteArray());
			String body = text(response);
			millis[i] = (System.nanoTime() - start) / 1_000_000;
			wire += response.body().length;
			bytes += body.length();
			if (response.statusCode() != 200) {
				failures++;
				if (firstFailure == null) {
					firstFailure = response.statusCode() + " " + path;
				}
			}
			else if (path.startsWith("/kb/search") && hasResults(body)) {
				withResults++;
			}
		}
		double cpuMillis = (processCpuNanos() - cpuAtStart) / 1e6 / Math.max(1, requests);
		java.util.Arrays.sort(millis);
		return new Figures(millis, failures, firstFailure, bytes / Math.max(1, requests), wire / Math.max(1, requests),
				page.name().startsWith("/kb/search") ? withResults : -1, cpuMillis);
	}

	/** The articles, each in Spanish and English; returns their slugs. */
	private List<String> writeArticles(Knowledge knowledge) {
		List<String> slugs = new ArrayList<>();
		Random random = new Random(11);
		for (int i = 0; i < this.options.articles(); i++) {
			String[] service = SERVICES[i % SERVICES.length];
			String[] problem = PROBLEMS[(i / SERVICES.length) % PROBLEMS.length];
			String[] place = PLACES[(i / (SERVICES.length * PROBLEMS.length)) % PLACES.length];
			int round = i / (SERVICES.length * PROBLEMS.length * PLACES.length);
			String suffix = (round == 0) ? "" : " (" + (round + 1) + ")";
			String titleEs = capitalised(service[2]) + " " + problem[0] + " " + place[0] + suffix;
			String titleEn = capitalised(service[3]) + " " + problem[1] + " " + place[1] + suffix;
			Article article = knowledge.create(new Knowledge.ArticleDraft("es", titleEs,
					body(random, service[2], problem[0], place[0], 0), service[0], Visibility.PUBLIC, null), AUTHOR);
			article = knowledge.update(article.id(), new Knowledge.ArticleChange("en", titleEn,
					body(random, service[3], problem[1], place[1], 1), null, null, null, null), AUTHOR);
			slugs.add(article.translations().get("es").slug() + "?lang=es");
			slugs.add(article.translations().get("en").slug() + "?lang=en");
		}
		return slugs;
	}

	private static String body(Random random, String service, String problem, String place, int language) {
		StringBuilder body = new StringBuilder();
		body.append((language == 0) ? "Si " + service + " " + problem + " " + place + ", siga estos pasos:\n\n"
				: "If " + service + " " + problem + " " + place + ", follow these steps:\n\n");
		int steps = 3 + random.nextInt(4);
		for (int s = 0; s < steps; s++) {
			body.append(s + 1).append(". ").append(STEPS[random.nextInt(STEPS.length)][language]).append('\n');
		}
		body.append((language == 0)
				? "\n**Importante:** si el problema sigue, abra un caso en c@jd-services.eu con el código de error y"
						+ " la hora en que ocurrió.\n"
				: "\n**Important:** if the problem persists, open a case at c@jd-services.eu with the error code"
						+ " and the time it happened.\n");
		if (random.nextInt(3) == 0) {
			body.append((language == 0) ? "\n| Dato | Valor |\n|---|---|\n| Servidor | srv-"
					: "\n| Item | Value |\n|---|---|\n| Server | srv-")
				.append(random.nextInt(90) + 10)
				.append(".jd-services.eu |\n| Puerto | ")
				.append(443)
				.append(" |\n");
		}
		return body.toString();
	}

	/**
	 * The catalogue with its history: the services, resolved incidents spread over the
	 * last 90 days (their times moved back in the database, as if they had happened
	 * then), a few open ones; returns how many incidents.
	 */
	private int writeStatus(Catalogue catalogue, Incidents incidents, JdbcTemplate jdbc) {
		List<String> keys = new ArrayList<>();
		String[] sites = { "Zaragoza", "Huesca", "Madrid" };
		for (int s = 0; s < this.options.services(); s++) {
			String[] service = SERVICES[s % SERVICES.length];
			String site = sites[(s / SERVICES.length) % sites.length];
			String key = "svc-" + s;
			catalogue.save(new Service(key, service[0] + " (" + site + ")",
					List.of(service[0].toLowerCase(Locale.ROOT), service[1].toLowerCase(Locale.ROOT)), null));
			keys.add(key);
		}
		Random random = new Random(5);
		Impact[] impacts = { Impact.DEGRADED, Impact.PARTIAL_OUTAGE, Impact.MAJOR_OUTAGE, Impact.DEGRADED };
		Instant now = Instant.now();
		for (int i = 0; i < this.options.incidents(); i++) {
			String key = keys.get(random.nextInt(keys.size()));
			List<String> hit = (random.nextInt(5) == 0) ? List.of(key, keys.get(random.nextInt(keys.size())))
					: List.of(key);
			String[] problem = PROBLEMS[random.nextInt(PROBLEMS.length)];
			Incident incident = incidents
				.open(new NewIncident(hit.stream().distinct().toList(),
						capitalised(SERVICES[Integer.parseInt(key.substring(4)) % SERVICES.length][2]) + " "
								+ problem[0],
						impacts[random.nextInt(impacts.length)], IncidentStatus.INVESTIGATING,
						"Estamos investigando el problema.", null, null), AUTHOR);
			incidents.post(incident.id(),
					new NewUpdate(IncidentStatus.IDENTIFIED, "Hemos encontrado la causa.", false, false), AUTHOR);
			incidents.post(incident.id(), new NewUpdate(IncidentStatus.RESOLVED,
					"Resuelto: el servicio funciona con normalidad.", false, false), AUTHOR);
			Instant started = now.minus(Duration.ofMinutes(30 + random.nextInt(89 * 24 * 60)));
			Instant identified = started.plus(Duration.ofMinutes(5 + random.nextInt(60)));
			Instant resolved = identified.plus(Duration.ofMinutes(10 + random.nextInt(8 * 60)));
			if (resolved.isAfter(now)) {
				resolved = now.minusSeconds(60);
			}
			jdbc.update("UPDATE status_incident SET created_at = ?, updated_at = ?, resolved_at = ? WHERE id = ?",
					utc(started), utc(resolved), utc(resolved), incident.id());
			jdbc.update(
					"UPDATE status_incident_update SET posted_at = CASE status WHEN 'INVESTIGATING' THEN ?"
							+ " WHEN 'IDENTIFIED' THEN ? ELSE ? END WHERE incident_id = ?",
					utc(started), utc(identified), utc(resolved), incident.id());
		}
		for (int o = 0; o < this.options.open(); o++) {
			String key = keys.get((o * 17) % keys.size());
			Impact impact = (o % 3 == 2) ? Impact.MAINTENANCE : (o % 2 == 0) ? Impact.MAJOR_OUTAGE : Impact.DEGRADED;
			java.time.OffsetDateTime startsAt = (impact == Impact.MAINTENANCE)
					? LocalDate.now().plusDays(2).atStartOfDay().atOffset(java.time.ZoneOffset.UTC) : null;
			Incident incident = incidents.open(
					new NewIncident(List.of(key), "Incidencia abierta " + (o + 1), impact, IncidentStatus.INVESTIGATING,
							"Estamos investigando.", startsAt, (startsAt != null) ? startsAt.plusHours(2) : null),
					AUTHOR);
			incidents.post(incident.id(),
					new NewUpdate(IncidentStatus.IDENTIFIED, "Causa identificada; seguimos trabajando.", false, false),
					AUTHOR);
		}
		return this.options.incidents() + this.options.open();
	}

	/**
	 * CPU time of this whole JVM (Caso and the client): per request, a figure that does
	 * not depend on what else the machine runs.
	 */
	private static long processCpuNanos() {
		if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
			return os.getProcessCpuTime();
		}
		return 0;
	}

	/** The body as a browser reads it: decompressed when it came gzip-compressed. */
	private static String text(HttpResponse<byte[]> response) throws java.io.IOException {
		if (response.headers().firstValue("Content-Encoding").filter("gzip"::equalsIgnoreCase).isPresent()) {
			try (java.util.zip.GZIPInputStream in = new java.util.zip.GZIPInputStream(
					new java.io.ByteArrayInputStream(response.body()))) {
				return new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
		}
		return new String(response.body(), StandardCharsets.UTF_8);
	}

	private static java.time.OffsetDateTime utc(Instant instant) {
		return instant.atOffset(java.time.ZoneOffset.UTC);
	}

	private static boolean hasResults(String html) {
		int list = html.indexOf("class=\"results\"");
		int end = (list < 0) ? -1 : html.indexOf("</ol>", list);
		return end > 0 && html.substring(list, end).contains("<li");
	}

	private static String capitalised(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	private static double seconds(long sinceNanos) {
		return (System.nanoTime() - sinceNanos) / 1e9;
	}

	/** A page measured: its name in the figures and the path of the i-th request. */
	record Page(String name, IntFunction<String> path) {
	}

	/** The sorted latencies of one page and what went wrong. */
	record Figures(long[] millis, int failures, String firstFailure, long averageBytes, long averageWireBytes,
			int withResults, double cpuMillis) {

		String line(String db, String page) {
			long p95 = IntakeBenchmark.percentile(this.millis, 0.95);
			String line = String.format(Locale.ROOT,
					"[bench %s] %-18s n=%d p50=%dms p95=%dms p99=%dms max=%dms p95<=%dms:%s cpu/request=%.1fms non-200=%d avg=%dKB (%dKB sent)",
					db, page, this.millis.length, IntakeBenchmark.percentile(this.millis, 0.50), p95,
					IntakeBenchmark.percentile(this.millis, 0.99), IntakeBenchmark.percentile(this.millis, 1.0),
					TARGET_P95_MILLIS, (p95 <= TARGET_P95_MILLIS) ? "yes" : "NO", this.cpuMillis, this.failures,
					this.averageBytes / 1024, this.averageWireBytes / 1024);
			if (this.withResults >= 0) {
				line += " with-results=" + this.withResults;
			}
			if (this.firstFailure != null) {
				line += " first-failure=" + this.firstFailure;
			}
			return line;
		}

	}

	/**
	 * The benchmark's options.
	 *
	 * @param db {@code h2} or {@code postgres}
	 * @param requests measured requests per page
	 * @param warmup requests per page first, not counted
	 * @param articles articles, each in Spanish and English
	 * @param services catalogue services
	 * @param incidents resolved incidents over the last 90 days
	 * @param open incidents still open (one in three a maintenance to come)
	 * @param profile whether to sample thread stacks
	 * @param pages the pages measured by name ({@code /status,/kb/search?q=}), all when
	 * empty
	 * @param postgresUrl the server's URL without a database
	 * @param postgresUser the PostgreSQL user (trust authentication)
	 * @param appArgs extra command line arguments for Caso
	 */
	record Options(String db, int requests, int warmup, int articles, int services, int incidents, int open,
			boolean profile, List<String> pages, String postgresUrl, String postgresUser, List<String> appArgs) {

		static Options fromSystemProperties() {
			String db = switch (System.getProperty("bench.db", "h2").trim().toLowerCase(Locale.ROOT)) {
				case "h2", "" -> "h2";
				case "postgres", "postgresql", "pg" -> "postgres";
				default -> throw new IllegalArgumentException(
						"bench.db must be h2 or postgres, not " + System.getProperty("bench.db"));
			};
			List<String> appArgs = new ArrayList<>();
			System.getProperties()
				.stringPropertyNames()
				.stream()
				.filter((name) -> name.startsWith("bench.app."))
				.sorted()
				.forEach((name) -> appArgs
					.add("--" + name.substring("bench.app.".length()) + "=" + System.getProperty(name)));
			return new Options(db, Integer.getInteger("bench.requests", 500), Integer.getInteger("bench.warmup", 200),
					Integer.getInteger("bench.articles", 1000), Integer.getInteger("bench.services", 50),
					Integer.getInteger("bench.incidents", 1000), Integer.getInteger("bench.open", 3),
					Boolean.getBoolean("bench.profile"),
					Stream.of(System.getProperty("bench.pages", "").split(","))
						.map(String::strip)
						.filter((name) -> !name.isEmpty())
						.toList(),
					System.getProperty("bench.postgres.url", "jdbc:postgresql://127.0.0.1:5432/"),
					System.getProperty("bench.postgres.user", "postgres"), appArgs);
		}

	}

}
