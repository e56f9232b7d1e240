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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import eu.jdservices.caso.support.CasoProcess;
import eu.jdservices.caso.support.FreePort;
import eu.jdservices.caso.support.SmtpDialogue;
import eu.jdservices.caso.support.TestSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "250 means stored": Caso runs as its own JVM, customers' mail streams in over four SMTP
 * connections, and the process is killed with {@code kill -9} in the middle of it. After
 * a restart on the same data every mail that was answered 250 has exactly one inbound
 * record and at most one case, and its acknowledgement reaches the relay once (at most
 * the few on the wire at the kill twice), all within 30 s of the restarted node being up
 * (its start-up time is printed beside).
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
abstract class CrashScenarios {

	private static final int CONNECTIONS = 4;

	private static final int MAILS = 2000;

	private static final Duration KILL_AFTER = Duration.ofSeconds(2);

	private static final Duration RECOVERY = Duration.ofSeconds(30);

	/**
	 * Mails handed to the relay whose "sent" mark the kill prevented: at most one per
	 * sender thread (each mail is marked sent on its own, right after the relay took it);
	 * the node runs with this many senders.
	 */
	private static final int IN_FLIGHT_ACKS = 2;

	private final String run = Long.toHexString(System.nanoTime());

	private final Map<String, Long> accepted = new ConcurrentHashMap<>();

	private GreenMail relay;

	private Path folder;

	/** {@code --name=value} arguments choosing the database. */
	abstract List<String> database(Path folder);

	/** Drops what {@link #database} made. */
	void dropDatabase() {
	}

	@BeforeEach
	void startRelay() throws IOException {
		this.folder = Path.of("target", "crash", getClass().getSimpleName() + "-" + this.run);
		Files.createDirectories(this.folder);
		this.relay = new GreenMail(new ServerSetup(FreePort.find(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		this.relay.start();
	}

	@AfterEach
	void stopRelay() throws IOException {
		this.relay.stop();
		dropDatabase();
	}

	@Test
	void everyMailAnswered250SurvivesAKillNineAndIsAcknowledgedOnce() throws Exception {
		List<String> arguments = new ArrayList<>(database(this.folder));
		arguments.addAll(List.of("--caso.data-dir=" + this.folder.resolve("data").toAbsolutePath(),
				"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + this.relay.getSmtp().getPort(),
				"--logging.level.com.icegreen=warn", "--caso.outbound.senders=" + IN_FLIGHT_ACKS));
		CasoProcess first = CasoProcess.start(this.folder.resolve("caso-1.log"), arguments, Map.of());
		List<Thread> clients = stream(first.smtpPort());
		long firstAccepted = awaitFirstAccepted();
		Thread.sleep(Math.max(0, KILL_AFTER.toMillis() - (System.nanoTime() - firstAccepted) / 1_000_000));
		first.kill();
		for (Thread client : clients) {
			client.join(30_000);
		}
		Set<String> answered250 = Set.copyOf(this.accepted.keySet());
		int acksBeforeKill = this.relay.getReceivedMessages().length;

		long restart = System.nanoTime();
		try (CasoProcess second = CasoProcess.start(this.folder.resolve("caso-2.log"), arguments, Map.of())) {
			long ready = System.nanoTime();
			double startSeconds = (ready - restart) / 1e9;
			RestClient api = TestSetup.adminApi(second.webPort());
			long deadline = ready + RECOVERY.toNanos();
			// every acknowledgement at the relay means every mail was decided and
			// answered; the
			// inbound records are read once afterwards (each API call checks a bcrypt
			// password)
			while (System.nanoTime() < deadline && !acknowledgements().keySet().containsAll(answered250)) {
				Thread.sleep(100);
			}
			double recoverySeconds = (System.nanoTime() - ready) / 1e9;
			Thread.sleep(1000);
			Map<String, List<Map<String, Object>>> records = inboundRecords(api, answered250);
			Map<String, Integer> acks = acknowledgements();
			List<String> lost = answered250.stream().filter((id) -> records.get(id).isEmpty()).sorted().toList();
			List<String> storedTwice = answered250.stream().filter((id) -> records.get(id).size() > 1).toList();
			List<String> undecided = answered250.stream()
				.filter((id) -> records.get(id).stream().anyMatch((record) -> !decided(record)))
				.toList();
			List<String> unacknowledged = answered250.stream().filter((id) -> !acks.containsKey(id)).toList();
			List<String> acknowledgedTwice = acks.entrySet()
				.stream()
				.filter((entry) -> entry.getValue() > 1)
				.map(Map.Entry::getKey)
				.toList();
			System.out.printf(
					"[caso] crash test (%s): %d mails answered 250 before kill -9 (%d acks had left); after restart"
							+ " (started in %.1f s): lost %d, stored twice %d, undecided %d, unacknowledged %d,"
							+ " acknowledged twice %d; recovered %.1f s after the restarted node was up%n",
					getClass().getSimpleName(), answered250.size(), acksBeforeKill, startSeconds, lost.size(),
					storedTwice.size(), undecided.size(), unacknowledged.size(), acknowledgedTwice.size(),
					recoverySeconds);

			assertThat(answered250).as("mails answered 250 before the kill").hasSizeGreaterThan(20);
			assertThat(lost).as("mails answered 250 but not stored").isEmpty();
			assertThat(storedTwice).as("mails stored twice").isEmpty();
			assertThat(undecided).as("mails not decided after the restart").isEmpty();
			assertThat(records.values())
				.allSatisfy((list) -> assertThat(list.get(0).get("decision")).as("decision of a customer's new mail")
					.isEqualTo("CASE_OPENED"));
			assertThat(unacknowledged).as("mails whose acknowledgement never reached the relay").isEmpty();
			assertThat(acknowledgedTwice).as("acknowledgements sent twice").hasSizeLessThanOrEqualTo(IN_FLIGHT_ACKS);
			assertThat(recoverySeconds).as("seconds from the restarted node being up until everything was acknowledged")
				.isLessThan(RECOVERY.toSeconds());
		}
		deleteFolder();
	}

	/** Four connections sending mail after mail until the process dies. */
	private List<Thread> stream(int smtpPort) {
		AtomicInteger next = new AtomicInteger();
		List<Thread> clients = new ArrayList<>();
		for (int c = 0; c < CONNECTIONS; c++) {
			clients.add(Thread.ofPlatform().name("crash-client-" + c).start(() -> {
				try (SmtpDialogue smtp = new SmtpDialogue(smtpPort)) {
					for (int i = next.getAndIncrement(); i < MAILS; i = next.getAndIncrement()) {
						String messageId = "crash-" + this.run + "-" + i + "@mail.customer.test";
						String from = "customer" + i + "." + this.run + "@talleres-crash.es";
						String reply = smtp.transaction(from, mail(i, messageId, from), "c@jd-services.eu");
						if (reply.startsWith("250")) {
							this.accepted.put(messageId, System.nanoTime());
						}
						smtp.reset();
					}
				}
				catch (IOException ex) {
					// the server was killed: this connection is over
				}
			}));
		}
		return clients;
	}

	private long awaitFirstAccepted() throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (this.accepted.isEmpty() && System.nanoTime() < deadline) {
			Thread.sleep(10);
		}
		assertThat(this.accepted).as("mails answered 250").isNotEmpty();
		return this.accepted.values().stream().min(Comparator.naturalOrder()).orElseThrow();
	}

	private static byte[] mail(int i, String messageId, String from) {
		String[] matters = { "VPN tunnel to the plant is down", "Backup job failed", "Printer queue stuck",
				"ERP login rejected", "Certificate expiring on the web shop" };
		String host = "srv-crash-" + i;
		String subject = matters[i % matters.length] + " on " + host;
		String body = "Hello,\r\n\r\n" + subject + " since 08:" + (10 + i % 50) + ". Error code E" + (1000 + i)
				+ ".\r\nIt affects " + (1 + i % 40) + " users.\r\n\r\nBest regards\r\n";
		String mail = "From: " + from + "\r\nTo: c@jd-services.eu\r\nSubject: " + subject
				+ "\r\nDate: Wed, 25 Nov 2026 10:15:00 +0100\r\nMessage-ID: <" + messageId
				+ ">\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + body;
		return mail.getBytes(StandardCharsets.UTF_8);
	}

	/** Acknowledgements at the relay, counted by the customer mail they answer. */
	private Map<String, Integer> acknowledgements() {
		return acknowledgements(this.relay, "crash-" + this.run);
	}

	/**
	 * Acknowledgements at a relay to the customer mails whose Message-ID starts with the
	 * prefix, counted by the mail they answer (shared with {@link ImapCrashScenarios}).
	 */
	static Map<String, Integer> acknowledgements(GreenMail relay, String messageIdPrefix) {
		return Stream.of(relay.getReceivedMessages())
			.map(CrashScenarios::inReplyTo)
			.filter((id) -> id != null && id.startsWith(messageIdPrefix))
			.collect(Collectors.toMap(Function.identity(), (id) -> 1, Integer::sum));
	}

	private static String inReplyTo(MimeMessage message) {
		try {
			String header = message.getHeader("In-Reply-To", null);
			return (header != null) ? header.trim().replaceAll("^<|>$", "") : null;
		}
		catch (MessagingException ex) {
			return null;
		}
	}

	/** The inbound records of each mail, by Message-ID, over the API. */
	static Map<String, List<Map<String, Object>>> inboundRecords(RestClient api, Set<String> messageIds) {
		Map<String, List<Map<String, Object>>> records = new ConcurrentHashMap<>();
		messageIds.parallelStream()
			.forEach((id) -> records.put(id,
					api.get()
						.uri("/api/inbound?messageId={id}", id)
						.retrieve()
						.body(new ParameterizedTypeReference<List<Map<String, Object>>>() {
						})));
		return records;
	}

	private static boolean decided(Map<String, Object> record) {
		return record.get("decision") != null;
	}

	/** The data of a passed run goes; the two logs stay in target/crash for reading. */
	private void deleteFolder() throws IOException {
		if (!Files.exists(this.folder.resolve("data"))) {
			return;
		}
		try (Stream<Path> paths = Files.walk(this.folder.resolve("data"))) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
	}

}
