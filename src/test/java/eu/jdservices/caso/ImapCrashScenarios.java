package eu.jdservices.caso;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import eu.jdservices.caso.support.CasoProcess;
import eu.jdservices.caso.support.FreePort;
import eu.jdservices.caso.support.TestImap;
import eu.jdservices.caso.support.TestSetup;
import jakarta.mail.Flags;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exactly once from a mailbox across a {@code kill -9}: Caso runs as its own JVM and
 * takes mail from a GreenMail IMAP mailbox in the test JVM (configured through the
 * environment, {@code CASO_INTAKE_IMAP_MAILBOXES_0_*}); 200 customer mails arrive at
 * once, and the process is killed while it stores them (after the first few were
 * acknowledged, before its look at the folder could move them). Restarted on the same
 * data, the new node takes the mailbox over when the dead node's lease runs out, moves
 * what was stored without storing it again and takes the rest: every mail has exactly one
 * inbound record and its own case, its acknowledgement reaches the relay once (at most
 * the few on the wire at the kill twice), and the mailbox is drained into the processed
 * folder, each mail once.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
abstract class ImapCrashScenarios {

	private static final int MAILS = 200;

	/** Acknowledgements that have left when Caso is killed. */
	private static final int KILL_AFTER_ACKS = 10;

	/**
	 * The mailbox lease of the nodes (20 s by default): the new node waits for what is
	 * left of the dead one's.
	 */
	private static final String LEASE = "6s";

	/**
	 * From the restarted node being up: what is left of the dead node's lease and the
	 * rest of the mail, on a machine that may be busy with other builds.
	 */
	private static final Duration RECOVERY = Duration.ofSeconds(60);

	/**
	 * Mails handed to the relay whose "sent" mark the kill prevented: at most one per
	 * sender thread (each mail is marked sent on its own, right after the relay took it);
	 * the node runs with this many senders.
	 */
	private static final int IN_FLIGHT_ACKS = 2;

	private static final String PROCESSED = "Caso.Processed";

	private final String run = Long.toHexString(System.nanoTime());

	private TestImap imap;

	private GreenMail relay;

	private Path folder;

	/** {@code --name=value} arguments choosing the database. */
	abstract List<String> database(Path folder);

	/** Drops what {@link #database} made. */
	void dropDatabase() {
	}

	@BeforeEach
	void startServers() throws IOException {
		this.folder = Path.of("target", "crash", getClass().getSimpleName() + "-" + this.run);
		Files.createDirectories(this.folder);
		this.relay = new GreenMail(new ServerSetup(FreePort.find(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		this.relay.start();
		this.imap = TestImap.start(ServerSetup.PROTOCOL_IMAP);
		this.imap.user("crash", "secret-crash");
	}

	/** Both servers stop with the test (GreenMail's IMAP handlers spin while idling). */
	@AfterEach
	void stopServers() {
		this.imap.stop();
		this.relay.stop();
		dropDatabase();
	}

	@Test
	void aKillNineWhileMailIsTakenFromAMailboxLosesNothingAndOpensNoSecondCase() throws Exception {
		List<String> arguments = new ArrayList<>(database(this.folder));
		arguments.addAll(List.of("--caso.data-dir=" + this.folder.resolve("data").toAbsolutePath(),
				"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + this.relay.getSmtp().getPort(),
				"--logging.level.com.icegreen=warn", "--caso.outbound.senders=" + IN_FLIGHT_ACKS));
		Map<String, String> mailbox = Map.of("CASO_INTAKE_IMAP_MAILBOXES_0_HOST", "127.0.0.1",
				"CASO_INTAKE_IMAP_MAILBOXES_0_PORT", String.valueOf(this.imap.imapPort()),
				"CASO_INTAKE_IMAP_MAILBOXES_0_SECURITY", "NONE", "CASO_INTAKE_IMAP_MAILBOXES_0_USERNAME", "crash",
				"CASO_INTAKE_IMAP_MAILBOXES_0_PASSWORD", "secret-crash", "CASO_INTAKE_IMAP_MAILBOXES_0_ADDRESS",
				"c@jd-services.eu", "CASO_INTAKE_IMAP_MAILBOXES_0_IDLE", "false",
				"CASO_INTAKE_IMAP_MAILBOXES_0_POLLINTERVAL", "1s", "CASO_INTAKE_IMAP_LEASE", LEASE);
		Set<String> sent;
		int inboxAtKill;
		int processedAtKill;
		int acksAtKill;
		try (CasoProcess first = CasoProcess.start(this.folder.resolve("caso-1.log"), arguments, mailbox)) {
			awaitFirstLook(TestSetup.adminApi(first.webPort()));
			sent = deliver();
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
			while (acknowledgements().size() < KILL_AFTER_ACKS && System.nanoTime() < deadline) {
				Thread.sleep(20);
			}
			first.kill();
			inboxAtKill = this.imap.messageIds("crash", "INBOX").size();
			processedAtKill = this.imap.messageIds("crash", PROCESSED).size();
			acksAtKill = acknowledgements().size();
		}

		long restart = System.nanoTime();
		try (CasoProcess second = CasoProcess.start(this.folder.resolve("caso-2.log"), arguments, mailbox)) {
			long ready = System.nanoTime();
			RestClient api = TestSetup.adminApi(second.webPort());
			long deadline = ready + RECOVERY.toNanos();
			while (System.nanoTime() < deadline && !(acknowledgements().keySet().containsAll(sent)
					&& this.imap.messageIds("crash", "INBOX").isEmpty())) {
				Thread.sleep(100);
			}
			double startSeconds = (ready - restart) / 1e9;
			double recoverySeconds = (System.nanoTime() - ready) / 1e9;
			Thread.sleep(1000);
			Map<String, List<Map<String, Object>>> records = CrashScenarios.inboundRecords(api, sent);
			Map<String, Integer> acks = acknowledgements();
			List<String> inbox = this.imap.messageIds("crash", "INBOX");
			List<String> processed = this.imap.messageIds("crash", PROCESSED);
			List<String> lost = sent.stream().filter((id) -> records.get(id).isEmpty()).sorted().toList();
			List<String> storedTwice = sent.stream().filter((id) -> records.get(id).size() > 1).toList();
			List<Object> cases = records.values()
				.stream()
				.filter((list) -> list.size() == 1)
				.map((list) -> list.get(0).get("caseNumber"))
				.toList();
			List<String> acknowledgedTwice = acks.entrySet()
				.stream()
				.filter((entry) -> entry.getValue() > 1)
				.map(Map.Entry::getKey)
				.toList();
			System.out
				.printf("[caso] IMAP crash test (%s): %d mails in the mailbox; kill -9 after %d acknowledgements, with %d"
						+ " mails still in INBOX and %d in %s; after the restart (started in %.1f s, all done %.1f s"
						+ " later, the rest of the dead node's lease included): lost %d, stored twice %d, cases %d (distinct %d),"
						+ " unacknowledged %d, acknowledged twice %d, left in INBOX %d, processed %d%n",
						getClass().getSimpleName(), sent.size(), acksAtKill, inboxAtKill, processedAtKill, PROCESSED,
						startSeconds, recoverySeconds, lost.size(), storedTwice.size(), cases.size(),
						Set.copyOf(cases).size(), sent.stream().filter((id) -> !acks.containsKey(id)).count(),
						acknowledgedTwice.size(), inbox.size(), processed.size());

			assertThat(inboxAtKill).as("mails still in INBOX at the kill: it came in the middle of the fetch")
				.isGreaterThan(0);
			assertThat(lost).as("mails taken by no one").isEmpty();
			assertThat(storedTwice).as("mails stored twice").isEmpty();
			assertThat(records.values())
				.allSatisfy((list) -> assertThat(list.get(0).get("decision")).isEqualTo("CASE_OPENED"));
			assertThat(cases).as("one case each").doesNotContainNull().doesNotHaveDuplicates().hasSize(MAILS);
			assertThat(acks.keySet()).as("acknowledged mails").containsAll(sent);
			assertThat(acknowledgedTwice).as("acknowledgements sent twice").hasSizeLessThanOrEqualTo(IN_FLIGHT_ACKS);
			assertThat(inbox).as("INBOX drained").isEmpty();
			assertThat(processed).as("each mail moved to the processed folder once")
				.doesNotHaveDuplicates()
				.containsExactlyInAnyOrderElementsOf(sent);
		}
		deleteData();
	}

	/** The first look at the folder is over: mail from now on is new (since=NOW). */
	private static void awaitFirstLook(RestClient api) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (System.nanoTime() < deadline) {
			Map<String, Object> health = api.get()
				.uri("/actuator/health/imapIntake")
				.retrieve()
				.onStatus((status) -> status.value() == 503, (request, reply) -> {
				})
				.body(new ParameterizedTypeReference<>() {
				});
			if (health != null && health.get("details") instanceof Map<?, ?> details && details.values()
				.stream()
				.anyMatch((detail) -> detail instanceof Map<?, ?> mailbox && mailbox.get("lastFetchAt") != null)) {
				return;
			}
			Thread.sleep(200);
		}
		throw new IllegalStateException("Caso did not look at the mailbox within 30 s");
	}

	private Set<String> deliver() throws Exception {
		Set<String> ids = ConcurrentHashMap.newKeySet();
		for (int i = 0; i < MAILS; i++) {
			String messageId = "imap-crash-" + this.run + "-" + i + "@mail.customer.test";
			String from = "customer" + i + "." + this.run + "@talleres-crash.es";
			this.imap.deliver("crash", "INBOX", mail(i, messageId, from), new Flags());
			ids.add(messageId);
		}
		return Set.copyOf(ids);
	}

	private static byte[] mail(int i, String messageId, String from) {
		String[] matters = { "Mailbox quota exceeded", "VPN tunnel to the plant is down", "Scanner sends no mail",
				"ERP login rejected", "Backup job failed" };
		String subject = matters[i % matters.length] + " at site " + i;
		String body = "Hello,\r\n\r\n" + subject + " since 09:" + (10 + i % 50) + ". Error code E" + (2000 + i)
				+ ".\r\nIt affects " + (1 + i % 30) + " users.\r\n\r\nBest regards\r\n";
		return ("From: " + from + "\r\nTo: c@jd-services.eu\r\nSubject: " + subject
				+ "\r\nDate: Wed, 02 Dec 2026 10:15:00 +0100\r\nMessage-ID: <" + messageId
				+ ">\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + body)
			.getBytes(StandardCharsets.UTF_8);
	}

	/** Acknowledgements at the relay, counted by the customer mail they answer. */
	private Map<String, Integer> acknowledgements() {
		return CrashScenarios.acknowledgements(this.relay, "imap-crash-" + this.run);
	}

	/** The data of a passed run goes; the two logs stay in target/crash for reading. */
	private void deleteData() throws IOException {
		if (!Files.exists(this.folder.resolve("data"))) {
			return;
		}
		try (Stream<Path> paths = Files.walk(this.folder.resolve("data"))) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
	}

}
