package eu.jdservices.caso;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import eu.jdservices.caso.support.SmtpDialogue;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Runs every raw mail of Zammad's corpus ({@code shared/corpus/zammad-mail}, read by path
 * as bytes, never copied) through the whole pipeline: over real SMTP to the intake (mbox
 * {@code From } line stripped and bare LF line ends sent as CRLF, as an MTA would),
 * triage, policy and case opening. Asserts that no mail is refused without a clear
 * reason, lost, left undecided or crashes the processing, and prints a report (lines
 * starting with {@code [corpus]}) of the decisions and finding codes, naming the files
 * that triggered the codes worth reviewing for false positives. Same application context
 * as {@link GuidelinesOnH2Tests}; looks only at the mails it stored itself.
 */
@TestPropertySource(
		properties = "spring.datasource.url=jdbc:h2:mem:spine;MODE=PostgreSQL;LOCK_TIMEOUT=10000;DATABASE_TO_LOWER=TRUE;"
				+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class CorpusThroughPipelineTests extends MailScenarios {

	private static final String ENVELOPE_FROM = "bounces@corpus.test";

	private static final String INTAKE_ADDRESS = "c@jd-services.eu";

	private static final List<String> REVIEWED_CODES = List.of("VAGUE_SUBJECT", "SHARED_MAILBOX", "MULTIPLE_MATTERS",
			"SENSITIVE_DATA", "CALL_REQUEST_ONLY", "NOT_AUTHORIZED", "ON_BEHALF", "AUTO_REPLY", "UNPARSEABLE", "SPAM",
			"NO_SENDER", "INVALID_ADDRESS");

	private static final Pattern STORED_AS = Pattern.compile("stored as (\\d+)");

	private static final String PREFIX = "[corpus] ";

	@Test
	void everyCorpusMailGetsADecisionWithoutCrashing() throws Exception {
		Path corpus = Path.of(System.getProperty("caso.shared.dir", "../shared"), "corpus", "zammad-mail");
		Assumptions.assumeTrue(Files.isDirectory(corpus), "no corpus at " + corpus.toAbsolutePath());
		List<Path> files;
		try (Stream<Path> listing = Files.list(corpus)) {
			files = listing.filter((file) -> file.getFileName().toString().matches("mail.*\\.box")).sorted().toList();
		}
		assertThat(files).as("corpus mails in %s", corpus).isNotEmpty();

		long startId = this.jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM intake_mail").query(Long.class).single();
		Map<Long, String> fileOfId = new TreeMap<>();
		Map<String, String> refused = new TreeMap<>();
		Map<String, String> unclear = new TreeMap<>();
		long started = System.nanoTime();
		for (Path file : files) {
			String name = file.getFileName().toString();
			String reply = sendAsAnMtaWould(withoutMboxFromLine(Files.readAllBytes(file)));
			if (reply.startsWith("250")) {
				Matcher matcher = STORED_AS.matcher(reply);
				long id = matcher.find() ? Long.parseLong(matcher.group(1))
						: this.jdbc.sql("SELECT MAX(id) FROM intake_mail").query(Long.class).single();
				fileOfId.put(id, name);
			}
			else if (reply.matches("5\\d\\d[ -].*[A-Za-z]{3,}.*")) {
				refused.put(name, reply);
			}
			else {
				unclear.put(name, reply);
			}
		}
		Duration sending = Duration.ofNanos(System.nanoTime() - started);

		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(250))
			.until(() -> this.jdbc.sql("SELECT COUNT(*) FROM intake_mail WHERE id > :start AND decision IS NULL")
				.param("start", startId)
				.query(Long.class)
				.single() == 0);
		Duration deciding = Duration.ofNanos(System.nanoTime() - started);

		List<Row> rows = this.jdbc
			.sql("SELECT id, message_id, decision, reasons, detail, case_number FROM intake_mail WHERE id > :start"
					+ " ORDER BY id")
			.param("start", startId)
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getString("message_id"), rs.getString("decision"),
					codes(rs.getArray("reasons")), rs.getString("detail"),
					(rs.getObject("case_number") != null) ? rs.getLong("case_number") : null))
			.list();

		// codes per file: from the decision record and from the findings of opened cases
		Map<String, Map<String, String>> codesOfFile = new TreeMap<>();
		Map<String, Integer> decisions = new TreeMap<>();
		Map<String, Integer> reasonCounts = new TreeMap<>();
		Map<String, Integer> findingCounts = new TreeMap<>();
		Map<String, String> crashes = new TreeMap<>();
		List<String> perMail = new ArrayList<>();
		for (Row row : rows) {
			String name = fileOfId.getOrDefault(row.id(), "(id " + row.id() + ")");
			Map<String, String> codes = codesOfFile.computeIfAbsent(name, (key) -> new TreeMap<>());
			decisions.merge(String.valueOf(row.decision()), 1, Integer::sum);
			for (String reason : row.reasons()) {
				reasonCounts.merge(reason, 1, Integer::sum);
				codes.put(reason, oneLine(row.detail()));
			}
			if ("QUARANTINED".equals(row.decision()) && row.detail() != null
					&& row.detail().startsWith("Processing failed")) {
				crashes.put(name, row.detail());
			}
			List<String> findings = new ArrayList<>();
			if ("CASE_OPENED".equals(row.decision()) && row.caseNumber() != null) {
				for (Map<String, Object> finding : this.jdbc
					.sql("SELECT code, detail FROM cases_finding WHERE case_number = :number ORDER BY id")
					.param("number", row.caseNumber())
					.query()
					.listOfRows()) {
					String code = (String) finding.get("code");
					findings.add(code);
					findingCounts.merge(code, 1, Integer::sum);
					codes.put(code, oneLine((String) finding.get("detail")));
				}
			}
			perMail.add(String.format("%-12s %-11s reasons=%s findings=%s case=%s msgid=%s", name, row.decision(),
					row.reasons(), findings, row.caseNumber(), row.messageId()));
		}

		System.out.println(PREFIX + "================ Zammad corpus through the whole pipeline ================");
		System.out.printf(
				PREFIX + "%d files from %s; %d answered 250, %d refused (5xx), %d unclear; "
						+ "sent in %d ms, all decided after %d ms%n",
				files.size(), corpus.toAbsolutePath().normalize(), fileOfId.size(), refused.size(), unclear.size(),
				sending.toMillis(), deciding.toMillis());
		refused.forEach((name, reply) -> System.out.println(PREFIX + "REFUSED " + name + ": " + reply));
		unclear.forEach((name, reply) -> System.out.println(PREFIX + "UNCLEAR REPLY " + name + ": " + reply));
		System.out.println(PREFIX + "---- decisions (" + rows.size() + " stored mails) ----");
		decisions.forEach((decision, count) -> System.out.printf(PREFIX + "  %-28s %d%n", decision, count));
		System.out.println(PREFIX + "---- reason codes (intake_mail.reasons) ----");
		reasonCounts.forEach((code, count) -> System.out.printf(PREFIX + "  %-28s %d%n", code, count));
		System.out.println(PREFIX + "---- finding codes of the opened cases (cases_finding.code) ----");
		findingCounts.forEach((code, count) -> System.out.printf(PREFIX + "  %-28s %d%n", code, count));
		System.out.println(PREFIX + "---- files per code to review (code: detail) ----");
		for (String code : REVIEWED_CODES) {
			Map<String, String> hits = new LinkedHashMap<>();
			codesOfFile.forEach((name, codes) -> {
				if (codes.containsKey(code)) {
					hits.put(name, codes.get(code));
				}
			});
			System.out.printf(PREFIX + "%s (%d): %s%n", code, hits.size(), hits.keySet());
			hits.forEach((name, detail) -> System.out.println(PREFIX + "    " + name + ": " + detail));
		}
		System.out.println(PREFIX + "---- per mail ----");
		perMail.forEach((line) -> System.out.println(PREFIX + "  " + line));
		crashes.forEach((name, detail) -> System.out.println(PREFIX + "CRASH " + name + ": " + detail));
		System.out.println(PREFIX + "=========================================================================");

		assertThat(unclear).as("mails neither accepted (250) nor clearly refused (5xx with text)").isEmpty();
		assertThat(fileOfId.size() + refused.size()).isEqualTo(files.size());
		assertThat(rows).as("one stored mail per accepted mail, none lost").hasSize(fileOfId.size());
		assertThat(rows.stream().map(Row::id).toList()).containsExactlyInAnyOrderElementsOf(fileOfId.keySet());
		assertThat(rows).as("no mail left undecided").allSatisfy((row) -> assertThat(row.decision()).isNotNull());
		assertThat(crashes).as("mails whose processing crashed (QUARANTINED, 'Processing failed')").isEmpty();
	}

	/**
	 * Sends like an MTA: a temporary refusal (4xx) is retried a few times; the final
	 * reply is returned.
	 */
	private String sendAsAnMtaWould(byte[] mail) throws IOException, InterruptedException {
		String reply = "";
		for (int attempt = 0; attempt < 10; attempt++) {
			reply = SmtpDialogue.send(this.intake.port(), ENVELOPE_FROM, mail, INTAKE_ADDRESS);
			if (!reply.startsWith("4")) {
				return reply;
			}
			Thread.sleep(500);
		}
		return reply;
	}

	/** An mbox file's first line ({@code From sender date}) is not part of the mail. */
	private static byte[] withoutMboxFromLine(byte[] raw) {
		if (raw.length >= 5 && raw[0] == 'F' && raw[1] == 'r' && raw[2] == 'o' && raw[3] == 'm' && raw[4] == ' ') {
			for (int i = 0; i < raw.length; i++) {
				if (raw[i] == '\n') {
					return Arrays.copyOfRange(raw, i + 1, raw.length);
				}
			}
		}
		return raw;
	}

	private static List<String> codes(java.sql.Array reasons) throws java.sql.SQLException {
		if (reasons == null) {
			return List.of();
		}
		Set<String> codes = new TreeSet<>();
		for (Object code : (Object[]) reasons.getArray()) {
			codes.add(String.valueOf(code).strip());
		}
		return List.copyOf(codes);
	}

	private static String oneLine(String text) {
		if (text == null) {
			return "";
		}
		String line = text.replaceAll("\\s+", " ").trim();
		return (line.length() > 200) ? line.substring(0, 200) + "…" : line;
	}

	private record Row(long id, String messageId, String decision, List<String> reasons, String detail,
			Long caseNumber) {
	}

}
