package eu.jdservices.caso.fuzz;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.jdservices.caso.fuzz.MailMutations.Mutant;
import eu.jdservices.caso.support.SmtpDialogue;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Puts a mutated mail through Caso as a customer's mail server would (SMTP to the intake)
 * and waits for its decision, one mail at a time, so that each mail's cost is its own:
 * the wall time from storing to deciding (Caso's own {@code received_at} and
 * {@code decided_at}) and the CPU time Caso's worker threads ({@code caso-*}) spent
 * meanwhile, which a busy machine does not inflate.
 */
public final class DecisionProbe {

	private static final Pattern STORED_AS = Pattern.compile("stored as (\\d+)");

	private static final List<String> INTAKE_ADDRESSES = List.of("a@jd-services.eu", "b@jd-services.eu",
			"c@jd-services.eu");

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	/** The task executor's threads ({@code spring.task.execution.thread-name-prefix}). */
	private static final Pattern WORKER = Pattern.compile("caso-\\d+");

	private final int smtpPort;

	private final JdbcClient jdbc;

	private final Duration patience;

	/**
	 * @param smtpPort Caso's SMTP intake
	 * @param jdbc Caso's database
	 * @param patience how long to wait for a decision before calling the mail lost
	 */
	public DecisionProbe(int smtpPort, JdbcClient jdbc, Duration patience) {
		this.smtpPort = smtpPort;
		this.jdbc = jdbc;
		this.patience = patience;
	}

	/**
	 * Sends the mail (with a Message-ID of its own first, except every tenth: that one
	 * keeps whatever the mutation left) and waits for its decision.
	 */
	public Decided send(Mutant mutant, String run) throws IOException, InterruptedException {
		byte[] raw = (mutant.index() % 10 == 9) ? mutant.raw()
				: withMessageId(mutant.raw(), "fuzz." + run + "." + mutant.index() + "@fuzz.test");
		String to = INTAKE_ADDRESSES.get(mutant.index() % INTAKE_ADDRESSES.size());
		long cpuBefore = workerCpuNanos();
		String reply = SmtpDialogue.send(this.smtpPort, "bounces@fuzz.test", raw, to);
		Matcher stored = STORED_AS.matcher(reply);
		if (!reply.startsWith("250") || !stored.find()) {
			return new Decided(-1, null, reply, 0, workerCpuNanos() - cpuBefore);
		}
		long id = Long.parseLong(stored.group(1));
		long deadline = System.nanoTime() + this.patience.toNanos();
		Optional<Row> row = decision(id);
		while (row.isEmpty() && System.nanoTime() < deadline) {
			Thread.sleep(2);
			row = decision(id);
		}
		long cpu = workerCpuNanos() - cpuBefore;
		return row
			.map((decided) -> new Decided(id, decided.decision(), decided.detail(),
					Duration.between(decided.receivedAt(), decided.decidedAt()).toNanos(), cpu))
			.orElseGet(() -> new Decided(id, null, "no decision after " + this.patience.toSeconds() + " s", 0, cpu));
	}

	private Optional<Row> decision(long id) {
		return this.jdbc
			.sql("SELECT decision, reasons, detail, received_at, decided_at FROM intake_mail"
					+ " WHERE id = :id AND decision IS NOT NULL")
			.param("id", id)
			.query((rs, n) -> new Row(rs.getString("decision") + "/" + rs.getString("reasons"), rs.getString("detail"),
					rs.getObject("received_at", OffsetDateTime.class),
					rs.getObject("decided_at", OffsetDateTime.class)))
			.optional();
	}

	/** The CPU time of Caso's worker threads so far (those that decide mails). */
	private static long workerCpuNanos() {
		long total = 0;
		for (var info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
			if (info != null && WORKER.matcher(info.getThreadName()).matches()) {
				total += Math.max(0, THREADS.getThreadCpuTime(info.getThreadId()));
			}
		}
		return total;
	}

	/** The mail with a {@code Message-ID} field put first. */
	public static byte[] withMessageId(byte[] raw, String messageId) {
		byte[] field = ("Message-ID: <" + messageId + ">\r\n").getBytes(StandardCharsets.US_ASCII);
		byte[] mail = new byte[field.length + raw.length];
		System.arraycopy(field, 0, mail, 0, field.length);
		System.arraycopy(raw, 0, mail, field.length, raw.length);
		return mail;
	}

	private record Row(String decision, String detail, OffsetDateTime receivedAt, OffsetDateTime decidedAt) {
	}

	/**
	 * What became of a mail.
	 *
	 * @param id its id in the intake store, or -1 when the intake did not store it
	 * @param decision {@code DECISION/REASONS}, or {@code null} when it has none
	 * @param detail the decision's detail, or the SMTP reply or what went wrong
	 * @param wallNanos from stored to decided
	 * @param cpuNanos CPU time of Caso's workers meanwhile
	 */
	public record Decided(long id, String decision, String detail, long wallNanos, long cpuNanos) {

		/** The mail has no decision, or the decision is the quarantine of a failure. */
		public boolean crashed() {
			return this.decision == null || (this.decision.startsWith("QUARANTINED") && this.detail != null
					&& this.detail.startsWith("Processing failed"));
		}

		/** The decision without its reasons: CASE_OPENED, APPENDED, REJECTED … */
		public String kind() {
			return (this.decision != null) ? this.decision.substring(0, this.decision.indexOf('/')) : "NONE";
		}

	}

}
