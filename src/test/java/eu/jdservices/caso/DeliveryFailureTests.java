package eu.jdservices.caso;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import eu.jdservices.caso.intake.SmtpIntake;
import eu.jdservices.caso.support.ConsoleBrowser;
import eu.jdservices.caso.support.RefusingRelay;
import eu.jdservices.caso.support.SmtpDialogue;
import eu.jdservices.caso.support.TestMails;
import eu.jdservices.caso.support.TestSetup;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Mail that can never be delivered ends at once, and the case says why: the relay's 5xx
 * answer, an address that can never be answered (known at intake), while a 4xx is retried
 * until the relay takes it. Against a relay that refuses some recipients like a real one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:mem:delivery;MODE=PostgreSQL;LOCK_TIMEOUT=10000;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"caso.intake.smtp.port=0", "caso.outbound.poll-interval=100ms", "caso.outbound.initial-backoff=200ms",
		"caso.outbound.max-backoff=400ms", "spring.mail.host=127.0.0.1", "caso.admin.email=" + TestSetup.ADMIN,
		"caso.admin.password=" + TestSetup.ADMIN_PASSWORD })
@AutoConfigureMockMvc
class DeliveryFailureTests {

	static final RefusingRelay relay = RefusingRelay.start();

	@DynamicPropertySource
	static void relay(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", relay::port);
		registry.add("caso.data-dir", () -> "target/test-data/" + UUID.randomUUID());
	}

	@AfterAll
	static void stopRelay() {
		relay.close();
	}

	@Autowired
	SmtpIntake intake;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@LocalServerPort
	int webPort;

	RestClient api;

	@BeforeEach
	void signIn() {
		this.api = TestSetup.adminApi(this.webPort);
	}

	@Test
	void relayRefusingTheRequesterForGoodFailsTheAcknowledgementAtOnceAndTheCaseSaysWhy() throws Exception {
		String requester = "no-such-user." + tag() + "@talleres-cliente.es";
		String messageId = send(requester, List.of(), "Impresora de la planta 2 no imprime");
		long number = caseOf(messageId);

		Map<String, Object> failing = awaitFailing(number, requester);
		assertThat(failing).containsEntry("mail", "ACKNOWLEDGEMENT").containsKey("at");
		assertThat((String) failing.get("reason")).contains("550", "5.1.1", "User unknown");
		assertThat(outboxOf(number)).singleElement()
			.satisfies((mail) -> assertThat(mail).containsEntry("status", "FAILED").containsEntry("attempts", 1));
		// a retry would come within the back-off of 200-400 ms: none comes
		Thread.sleep(1500);
		assertThat(relay.timesAsked(requester)).as("times the relay was asked for the refused address").isEqualTo(1);
		assertThat(getCase(number).get("acknowledgedAt")).isNull();
		ConsoleBrowser browser = new ConsoleBrowser(this.mvc);
		assertThat(browser.page(get("/cases/{n}", number).param("lang", "en"), browser.signIn()))
			.contains("Acknowledgement not delivered: 550 5.1.1");
	}

	@Test
	void aContactInCopyRefusedByTheRelayDoesNotKeepTheMailFromTheOthers() throws Exception {
		String requester = "lucia." + tag() + "@talleres-cliente.es";
		String refused = "no-such-user." + tag() + "@talleres-cliente.es";
		String messageId = send(requester, List.of(refused), "VPN de la oficina de Huesca caída");
		long number = caseOf(messageId);

		await().atMost(Duration.ofSeconds(10))
			.until(() -> relay.delivered().stream().anyMatch((mail) -> mail.recipients().contains(requester)));
		Map<String, Object> failing = awaitFailing(number, refused);
		assertThat((String) failing.get("reason")).contains("550");
		assertThat(outboxOf(number)).singleElement()
			.satisfies((mail) -> assertThat(mail).containsEntry("status", "SENT"));
		assertThat(getCase(number).get("acknowledgedAt")).isNotNull();
	}

	@Test
	void temporaryRefusalIsRetriedUntilTheRelayTakesTheMail() throws Exception {
		String requester = "greylisted." + tag() + "@talleres-cliente.es";
		String messageId = send(requester, List.of(), "Certificado del portal de proveedores caduca");
		long number = caseOf(messageId);

		await().atMost(Duration.ofSeconds(10))
			.until(() -> relay.delivered().stream().anyMatch((mail) -> mail.recipients().contains(requester)));
		assertThat(relay.timesAsked(requester)).isEqualTo(2);
		assertThat(outboxOf(number)).singleElement()
			.satisfies((mail) -> assertThat(mail).containsEntry("status", "SENT").containsEntry("attempts", 2));
		assertThat(getCase(number).get("failingContacts")).asInstanceOf(InstanceOfAssertFactories.LIST).isEmpty();
	}

	@Test
	void aFullMailboxKeepsTheMailWaitingForAnotherTry() throws Exception {
		String requester = "quota-full." + tag() + "@talleres-cliente.es";
		String messageId = send(requester, List.of(), "Buzón compartido de facturas sin espacio");
		long number = caseOf(messageId);

		await().atMost(Duration.ofSeconds(10)).until(() -> relay.timesAsked(requester) >= 3);
		assertThat(outboxOf(number)).singleElement()
			.satisfies((mail) -> assertThat(mail).containsEntry("status", "PENDING"));
		assertThat(getCase(number).get("failingContacts")).asInstanceOf(InstanceOfAssertFactories.LIST).isEmpty();
	}

	@Test
	void anAddressThatCanNeverBeAnsweredIsKnownAtIntakeAndNothingIsQueuedToIt() throws Exception {
		String requester = "tecnico." + tag() + "@talleres-cliente.es";
		String broken = "power quadrant system@talleres-cliente.es";
		String messageId = TestMails.newMessageId();
		byte[] raw = TestMails.from(requester)
			.to("b@jd-services.eu")
			.cc("\"Equipo\" <" + broken + ">", "compras@taller.invalid")
			.messageId(messageId)
			.subject("Alta de usuario en el ERP para la nueva contable")
			.body("Necesitamos dar de alta a la nueva contable en el ERP con el perfil de facturación.")
			.build();
		assertThat(SmtpDialogue.send(this.intake.port(), requester, raw, "b@jd-services.eu")).startsWith("250");
		long number = caseOf(messageId);

		await().atMost(Duration.ofSeconds(10))
			.until(() -> relay.delivered().stream().anyMatch((mail) -> mail.recipients().contains(requester)));
		Map<String, Object> opened = getCase(number);
		assertThat(opened.get("findings")).asInstanceOf(InstanceOfAssertFactories.LIST)
			.anySatisfy((finding) -> assertThat(finding).asInstanceOf(InstanceOfAssertFactories.MAP)
				.containsEntry("code", "INVALID_ADDRESS"));
		assertThat(inbound(messageId).get("reasons")).asInstanceOf(InstanceOfAssertFactories.LIST)
			.contains("INVALID_ADDRESS");
		assertThat(relay.asked()).doesNotContain("compras@taller.invalid")
			.noneMatch((address) -> address.contains("quadrant"));
		assertThat(outboxOf(number)).singleElement()
			.satisfies((mail) -> assertThat((String) mail.get("recipients")).isEqualTo(requester));
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> failing = (List<Map<String, Object>>) opened.get("failingContacts");
		assertThat(failing).extracting((contact) -> contact.get("email"))
			.containsExactlyInAnyOrder("compras@taller.invalid", broken);
	}

	@Test
	void theCorpusMailFromAnAddressWithATrailingDotOpensItsCaseWithoutAnAcknowledgement() throws Exception {
		Path corpus = Path.of(System.getProperty("caso.shared.dir", "../shared"), "corpus/zammad-mail/mail044.box");
		byte[] raw = Files.readAllBytes(corpus);
		int before = relay.asked().size();
		assertThat(SmtpDialogue.send(this.intake.port(), "claudia.shu@yahoo.com", raw, "c@jd-services.eu"))
			.startsWith("250");
		String messageId = TestMails.messageIdOf(raw);

		Map<String, Object> record = awaitDecision(messageId);
		assertThat(record).containsEntry("decision", "CASE_OPENED");
		assertThat(record.get("reasons")).asInstanceOf(InstanceOfAssertFactories.LIST).contains("INVALID_ADDRESS");
		Thread.sleep(500);
		assertThat(relay.asked().subList(before, relay.asked().size())).noneMatch((address) -> address.contains("shu"));
	}

	private String send(String from, List<String> cc, String subject) throws IOException {
		String messageId = TestMails.newMessageId();
		byte[] raw = TestMails.mail(messageId, from, List.of("b@jd-services.eu"), cc, subject,
				"Desde esta mañana falla. Afecta a 12 personas de la oficina; ya hemos reiniciado el equipo.");
		assertThat(SmtpDialogue.send(this.intake.port(), from, raw, "b@jd-services.eu")).startsWith("250");
		return messageId;
	}

	private long caseOf(String messageId) {
		Object number = awaitDecision(messageId).get("caseNumber");
		assertThat(number).as("case of %s", messageId).isNotNull();
		return ((Number) number).longValue();
	}

	private Map<String, Object> awaitDecision(String messageId) {
		await().atMost(Duration.ofSeconds(10)).until(() -> inbound(messageId).get("decision") != null);
		return inbound(messageId);
	}

	private Map<String, Object> inbound(String messageId) {
		List<Map<String, Object>> records = this.api.get()
			.uri("/api/inbound?messageId={id}", messageId)
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
		return (records == null || records.isEmpty()) ? Map.of() : records.get(0);
	}

	private Map<String, Object> getCase(long number) {
		return this.api.get().uri("/api/cases/{n}", number).retrieve().body(new ParameterizedTypeReference<>() {
		});
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> awaitFailing(long number, String email) {
		await().atMost(Duration.ofSeconds(10))
			.until(() -> ((List<Map<String, Object>>) getCase(number).get("failingContacts")).stream()
				.anyMatch((contact) -> email.equals(contact.get("email"))));
		return ((List<Map<String, Object>>) getCase(number).get("failingContacts")).stream()
			.filter((contact) -> email.equals(contact.get("email")))
			.findFirst()
			.orElseThrow();
	}

	/** The outbox rows of a case (the outbound module's own record of each mail). */
	private List<Map<String, Object>> outboxOf(long number) {
		return this.jdbc
			.sql("SELECT status, attempts, recipients, last_error FROM outbound_mail WHERE case_number = :n")
			.param("n", number)
			.query((rs, row) -> Map.<String, Object>of("status", rs.getString("status"), "attempts",
					rs.getInt("attempts"), "recipients",
					String.join(",",
							java.util.Arrays.stream((Object[]) rs.getArray("recipients").getArray())
								.map(String::valueOf)
								.toList())))
			.list();
	}

	private static String tag() {
		return Long.toHexString(System.nanoTime());
	}

}
