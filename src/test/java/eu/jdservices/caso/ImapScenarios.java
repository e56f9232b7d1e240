package eu.jdservices.caso;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import eu.jdservices.caso.support.TestImap;
import eu.jdservices.caso.support.TestMails;
import jakarta.mail.Flags;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Mail taken from IMAP mailboxes (a GreenMail IMAP server on 127.0.0.1): stored through
 * the same pipeline as SMTP, acknowledged within seconds, moved to the processed folder
 * only after it was stored; progress by UIDVALIDITY + UID, not by {@code \Seen}.
 * Subclasses run the scenarios on H2 and on PostgreSQL, each with a server of its own.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class ImapScenarios extends MailScenarios {

	/**
	 * The customer writing, an address of its own: the PostgreSQL runs share one
	 * database, whose loop guard counts the automatic mails to each address (10 an hour).
	 */
	static final String CUSTOMER = "Mario Pueyo <imap.scenarios." + Long.toHexString(System.nanoTime())
			+ "@talleresebro.es>";

	/**
	 * How long mail may take from the mailbox to its acknowledgement: a poll, the
	 * pipeline and the outbox take 1-3 s here, more on a loaded 2-core CI machine (5 s
	 * was exceeded there once); waiting longer costs nothing when the mail comes in time.
	 */
	static final Duration MAIL_WAIT = Duration.ofSeconds(15);

	/** Its hierarchy delimiter is '.': Caso/Processed is Caso.Processed there. */
	static final String PROCESSED = "Caso.Processed";

	static TestImap imap;

	/** In the push mailbox before Caso first connected; since=NOW leaves it alone. */
	static final TestMails.Builder ALREADY_THERE = TestMails.from(CUSTOMER)
		.to("a@jd-services.eu")
		.subject("Correo antiguo en el buzón " + TestMails.newMessageId().substring(0, 8))
		.body("Esto ya estaba en el buzón.");

	/** In the old mailbox before Caso first connected; since=ALL imports it silently. */
	static final TestMails.Builder OLD_MAIL = TestMails.from(CUSTOMER)
		.to("b@jd-services.eu")
		.subject("Petición de hace semanas " + TestMails.newMessageId().substring(0, 8))
		.body("Hola,\n\nnecesitamos una licencia más de Teams.\n\nGracias.");

	@DynamicPropertySource
	static void mailboxes(DynamicPropertyRegistry registry) throws Exception {
		if (imap == null) {
			imap = TestImap.start(ServerSetup.PROTOCOL_IMAP);
			for (String login : List.of("push", "poll", "recreate", "old", "nofolder", "standby")) {
				imap.user(login, "secret-" + login);
			}
			imapHost().createMailbox(user("recreate"), "Cases");
			deliver("push", "INBOX", ALREADY_THERE.build(), new Flags());
			deliver("old", "INBOX", OLD_MAIL.build(), new Flags());
			imap.user("locked", "the-real-password");
		}
		mailbox(registry, 0, "push", "INBOX");
		registry.add("caso.intake.imap.mailboxes[0].idle", () -> "true");
		registry.add("caso.intake.imap.mailboxes[0].poll-interval", () -> "60s");
		mailbox(registry, 1, "poll", "INBOX");
		registry.add("caso.intake.imap.mailboxes[1].idle", () -> "false");
		registry.add("caso.intake.imap.mailboxes[1].poll-interval", () -> "1s");
		registry.add("caso.intake.imap.mailboxes[1].address", () -> "b@jd-services.eu");
		mailbox(registry, 2, "recreate", "Cases");
		registry.add("caso.intake.imap.mailboxes[2].idle", () -> "false");
		registry.add("caso.intake.imap.mailboxes[2].poll-interval", () -> "1s");
		mailbox(registry, 3, "old", "INBOX");
		registry.add("caso.intake.imap.mailboxes[3].since", () -> "ALL");
		mailbox(registry, 4, "locked", "INBOX");
		mailbox(registry, 5, "nofolder", "Missing");
		mailbox(registry, 6, "standby", "INBOX");
		registry.add("caso.intake.imap.mailboxes[6].idle", () -> "false");
		registry.add("caso.intake.imap.mailboxes[6].poll-interval", () -> "1s");
	}

	private static void mailbox(DynamicPropertyRegistry registry, int i, String login, String folder) {
		String p = "caso.intake.imap.mailboxes[" + i + "].";
		registry.add(p + "host", () -> "127.0.0.1");
		registry.add(p + "port", () -> imap.imapPort());
		registry.add(p + "security", () -> "NONE");
		registry.add(p + "username", () -> login);
		registry.add(p + "password", () -> "secret-" + login);
		registry.add(p + "folder", () -> folder);
	}

	/**
	 * The context goes with the class ({@link DirtiesContext}) and so does the server:
	 * GreenMail's IMAP handlers spin on a CPU while a client idles, and cached contexts
	 * would keep idling for the rest of the build. The next subclass starts its own.
	 */
	@AfterAll
	static void stopImap() {
		if (imap != null) {
			imap.stop();
			imap = null;
		}
	}

	/**
	 * The mailboxes that can sign in have looked at their folders once: mail delivered
	 * from now on is new to them (since=NOW).
	 */
	@BeforeEach
	void awaitFirstConnections() {
		await().atMost(Duration.ofSeconds(15))
			.until(() -> this.jdbc.sql("SELECT COUNT(*) FROM intake_imap_progress WHERE mailbox IN (:keys)")
				.param("keys",
						List.of(key("push", "INBOX"), key("poll", "INBOX"), key("recreate", "Cases"),
								key("old", "INBOX")))
				.query(Integer.class)
				.single() == 4);
	}

	@Test
	void mailDeliveredToTheMailboxIsAcknowledgedWithinSecondsThroughIdle() throws Exception {
		TestMails.Builder mail = customerMail("Teams no recibe llamadas", "a@jd-services.eu");

		deliver("push", "INBOX", mail.build(), new Flags());

		MimeMessage ack = awaitAck(mail, MAIL_WAIT);
		long number = caseNumberOf(ack);
		assertThat(getCase(number)).containsEntry("severity", "A");
		assertThat(inbound(mail.messageId())).singleElement()
			.satisfies((record) -> assertThat(record).containsEntry("decision", "CASE_OPENED")
				.containsEntry("recipients", List.of("a@jd-services.eu")));
		await().atMost(MAIL_WAIT).until(() -> messageIds("push", PROCESSED).contains(mail.messageId()));
		assertThat(messageIds("push", "INBOX")).doesNotContain(mail.messageId());
	}

	@Test
	void withIdleOffTheMailboxIsLookedAtWithinThePollIntervalAndItsAddressGivesTheSeverity() throws Exception {
		TestMails.Builder mail = customerMail("Impresora sin red", "c@jd-services.eu");

		deliver("poll", "INBOX", mail.build(), new Flags());

		MimeMessage ack = awaitAck(mail, MAIL_WAIT);
		assertThat(getCase(caseNumberOf(ack))).containsEntry("severity", "B");
		await().atMost(MAIL_WAIT).until(() -> messageIds("poll", PROCESSED).contains(mail.messageId()));
		assertThat(messageIds("poll", "INBOX")).doesNotContain(mail.messageId());
	}

	@Test
	void aMessageAnotherClientAlreadyMarkedSeenIsStillTaken() throws Exception {
		TestMails.Builder mail = customerMail("Leído por otro cliente", "c@jd-services.eu");

		deliver("poll", "INBOX", mail.build(), new Flags(Flags.Flag.SEEN));

		awaitAck(mail, MAIL_WAIT);
		await().atMost(MAIL_WAIT).until(() -> messageIds("poll", PROCESSED).contains(mail.messageId()));
	}

	@Test
	void theSameMessageIdOverSmtpAndFromAMailboxOpensOneCase() throws Exception {
		TestMails.Builder mail = customerMail("Dos caminos, un caso", "a@jd-services.eu");
		byte[] raw = mail.build();

		assertThat(send(raw, "a@jd-services.eu")).startsWith("250");
		awaitAck(mail, MAIL_WAIT);
		deliver("push", "INBOX", raw, new Flags());

		await().atMost(MAIL_WAIT).until(() -> messageIds("push", PROCESSED).contains(mail.messageId()));
		await().atMost(SECONDS_10)
			.untilAsserted(() -> assertThat(inbound(mail.messageId())).extracting((record) -> record.get("decision"))
				.containsExactly("CASE_OPENED", "IGNORED"));
		assertThat(casesWithSubject(subjectOf(mail))).isEqualTo(1);
		Thread.sleep(500);
		assertThat(acknowledgements(subjectOf(mail))).hasSize(1);
	}

	@Test
	void withSinceNowMailThatWasThereBeforeCasoFirstConnectedIsLeftAlone() throws Exception {
		TestMails.Builder mail = customerMail("Nuevo tras conectar", "a@jd-services.eu");
		deliver("push", "INBOX", mail.build(), new Flags());
		awaitAck(mail, MAIL_WAIT);

		assertThat(messageIds("push", "INBOX")).contains(ALREADY_THERE.messageId());
		assertThat(messageIds("push", PROCESSED)).doesNotContain(ALREADY_THERE.messageId());
		assertThat(inbound(ALREADY_THERE.messageId())).isEmpty();
	}

	@Test
	void withSinceAllMailThatWasThereBeforeIsImportedAndDecidedWithoutAcknowledgement() throws Exception {
		TestMails.Builder fresh = customerMail("Nuevo en el buzón importado", "b@jd-services.eu");
		deliver("old", "INBOX", fresh.build(), new Flags());

		awaitAck(fresh, MAIL_WAIT);
		await().atMost(MAIL_WAIT).until(() -> messageIds("old", PROCESSED).contains(OLD_MAIL.messageId()));
		assertThat(messageIds("old", "INBOX")).isEmpty();
		await().atMost(MAIL_WAIT)
			.until(() -> !inbound(OLD_MAIL.messageId()).isEmpty()
					&& inbound(OLD_MAIL.messageId()).get(0).get("decision") != null);
		Map<String, Object> imported = inbound(OLD_MAIL.messageId()).get(0);
		assertThat(imported).containsEntry("decision", "CASE_OPENED");
		assertThat(imported.get("detail").toString()).contains("imported");
		long number = ((Number) imported.get("caseNumber")).longValue();
		assertThat(getCase(number)).containsEntry("severity", "B").containsEntry("acknowledgedAt", null);
		Thread.sleep(1000);
		assertThat(relay.withSubjectContaining(subjectOf(OLD_MAIL))).as("no acknowledgement of old mail").isEmpty();
		assertThat(inbound(fresh.messageId()).get(0).get("detail")).isNull();
	}

	@Test
	void aRecreatedFolderWithANewUidValidityIsScannedAgainWithoutASecondCase() throws Exception {
		TestMails.Builder first = customerMail("Carpeta recreada", "a@jd-services.eu");
		byte[] raw = first.build();
		deliver("recreate", "Cases", raw, new Flags());
		awaitAck(first, MAIL_WAIT);
		await().atMost(MAIL_WAIT).until(() -> messageIds("recreate", PROCESSED).contains(first.messageId()));
		long validity = imapHost().getFolder(user("recreate"), "Cases").getUidValidity();

		imapHost().deleteMailbox(user("recreate"), "Cases");
		Thread.sleep(1100); // GreenMail's UIDVALIDITY counts seconds
		imapHost().createMailbox(user("recreate"), "Cases");
		assertThat(imapHost().getFolder(user("recreate"), "Cases").getUidValidity()).isNotEqualTo(validity);
		TestMails.Builder second = customerMail("Tras recrear la carpeta", "a@jd-services.eu");
		deliver("recreate", "Cases", raw, new Flags());
		deliver("recreate", "Cases", second.build(), new Flags());

		awaitAck(second, Duration.ofSeconds(10));
		await().atMost(MAIL_WAIT).until(() -> messageIds("recreate", "Cases").isEmpty());
		await().atMost(MAIL_WAIT)
			.until(() -> inbound(first.messageId()).stream().allMatch((record) -> record.get("decision") != null));
		assertThat(inbound(first.messageId())).extracting((record) -> record.get("decision"))
			.containsExactly("CASE_OPENED", "IGNORED");
		assertThat(casesWithSubject(subjectOf(first))).isEqualTo(1);
		assertThat(acknowledgements(subjectOf(first))).hasSize(1);
	}

	@Test
	void theHealthEndpointShowsEachMailboxWithItsLastFetchAndIsDownWhileOneFails() {
		await().atMost(MAIL_WAIT).untilAsserted(() -> {
			Map<String, Object> health = imapHealth();
			assertThat(health).containsEntry("status", "DOWN");
			Map<String, Object> details = map(health.get("details"));
			assertThat(map(details.get(key("push", "INBOX")))).containsEntry("connected", true)
				.containsEntry("idle", true)
				.containsKey("lastFetchAt")
				.doesNotContainKey("lastError");
			assertThat(map(details.get(key("poll", "INBOX")))).containsEntry("idle", false)
				.doesNotContainKey("lastError");
			assertThat(map(details.get(key("locked", "INBOX")))).containsEntry("connected", false)
				.hasEntrySatisfying("lastError", (error) -> assertThat(error.toString())
					.startsWith("authentication failed for locked at 127.0.0.1"));
			assertThat(map(details.get(key("nofolder", "Missing")))).hasEntrySatisfying("lastError",
					(error) -> assertThat(error.toString()).contains("folder 'Missing' does not exist"));
		});
		assertThat(imapHealth().toString()).doesNotContain("secret-", "the-real-password");
	}

	@Test
	void aMailboxWhoseLeaseAnotherNodeHoldsIsLeftToItAndTakenOverWhenTheLeaseRunsOut() throws Exception {
		String key = key("standby", "INBOX");
		await().atMost(MAIL_WAIT)
			.until(() -> this.jdbc.sql("SELECT COUNT(*) FROM intake_imap_lease WHERE mailbox = :mailbox")
				.param("mailbox", key)
				.query(Integer.class)
				.single() == 1);
		this.jdbc
			.sql("UPDATE intake_imap_lease SET node = 'another-node', "
					+ "expires_at = CURRENT_TIMESTAMP + INTERVAL '1' HOUR WHERE mailbox = :mailbox")
			.param("mailbox", key)
			.update();
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(map(map(imapHealth().get("details")).get(key))).containsKey("standby"));

		TestMails.Builder mail = customerMail("Buzón de otro nodo", "a@jd-services.eu");
		deliver("standby", "INBOX", mail.build(), new Flags());
		Thread.sleep(2000);
		assertThat(inbound(mail.messageId())).as("left to the node holding the lease").isEmpty();

		this.jdbc
			.sql("UPDATE intake_imap_lease SET expires_at = CURRENT_TIMESTAMP - INTERVAL '1' SECOND "
					+ "WHERE mailbox = :mailbox")
			.param("mailbox", key)
			.update();
		awaitAck(mail, Duration.ofSeconds(15));
		assertThat(this.jdbc.sql("SELECT node FROM intake_imap_lease WHERE mailbox = :mailbox")
			.param("mailbox", key)
			.query(String.class)
			.single()).isNotEqualTo("another-node");
	}

	@Test
	void eachMailboxRecordsItsLastFetchAndItsLastError() {
		await().atMost(MAIL_WAIT).untilAsserted(() -> {
			assertThat(this.jdbc.sql("SELECT last_error FROM intake_imap_status WHERE mailbox = :mailbox")
				.param("mailbox", key("nofolder", "Missing"))
				.query(String.class)
				.optional()).hasValueSatisfying((error) -> assertThat(error).contains("does not exist"));
			assertThat(this.jdbc
				.sql("SELECT last_fetch_at IS NOT NULL AND last_error IS NULL FROM intake_imap_status "
						+ "WHERE mailbox = :mailbox")
				.param("mailbox", key("poll", "INBOX"))
				.query(Boolean.class)
				.optional()).contains(true);
		});
	}

	private Map<String, Object> imapHealth() {
		return this.api.get()
			.uri("/actuator/health/imapIntake")
			.retrieve()
			.onStatus((status) -> status.value() == 503, (request, reply) -> {
			})
			.body(new org.springframework.core.ParameterizedTypeReference<>() {
			});
	}

	private static String key(String login, String folder) {
		return login + "@127.0.0.1:" + imap.imapPort() + "/" + folder;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		assertThat(value).isInstanceOf(Map.class);
		return (Map<String, Object>) value;
	}

	private static TestMails.Builder customerMail(String subject, String to) {
		return TestMails.from(CUSTOMER)
			.to(to)
			.subject(subject + " " + TestMails.newMessageId().substring(0, 8))
			.body("Hola,\n\n" + subject + ".\n\nGracias.");
	}

	private static String subjectOf(TestMails.Builder mail) throws Exception {
		return new MimeMessage(Session.getInstance(new java.util.Properties()), new ByteArrayInputStream(mail.build()))
			.getSubject();
	}

	private MimeMessage awaitAck(TestMails.Builder mail, Duration within) throws Exception {
		String subject = subjectOf(mail);
		await().atMost(within).until(() -> !acknowledgements(subject).isEmpty());
		return acknowledgements(subject).get(0);
	}

	private static void deliver(String login, String folder, byte[] raw, Flags flags) throws Exception {
		imap.deliver(login, folder, raw, flags);
	}

	private static List<String> messageIds(String login, String folder) throws Exception {
		return imap.messageIds(login, folder);
	}

	private static ImapHostManager imapHost() {
		return imap.host();
	}

	private static GreenMailUser user(String login) {
		return imap.user(login);
	}

}
