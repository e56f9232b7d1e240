package eu.jdservices.caso;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import eu.jdservices.caso.intake.SmtpIntake;
import eu.jdservices.caso.support.EnabledIfPostgres;
import eu.jdservices.caso.support.Postgres;
import eu.jdservices.caso.support.SmtpDialogue;
import eu.jdservices.caso.support.TcpProxy;
import eu.jdservices.caso.support.TestMails;
import eu.jdservices.caso.support.TestRelay;
import eu.jdservices.caso.support.TestSetup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * PostgreSQL goes away under a running Caso (a TCP proxy between them is cut) and comes
 * back: meanwhile SMTP answers 451, never 250, and afterwards intake and outbox carry on
 * by themselves, without a restart.
 */
@EnabledIfPostgres
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "caso.intake.smtp.port=0", "caso.outbound.poll-interval=100ms",
				"caso.outbound.initial-backoff=300ms", "caso.outbound.max-backoff=1s", "spring.mail.host=127.0.0.1",
				"spring.mail.properties.mail.smtp.connectiontimeout=2000",
				"spring.datasource.hikari.connection-timeout=3000", "spring.datasource.hikari.validation-timeout=1000",
				"caso.admin.email=" + TestSetup.ADMIN, "caso.admin.password=" + TestSetup.ADMIN_PASSWORD })
class DatabaseOutageTests {

	private static final String DATABASE = Postgres.DATABASE + "_outage";

	static final TestRelay relay = TestRelay.get();

	static TcpProxy proxy;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) throws IOException {
		String problem = Postgres.recreate(Postgres.HOST_URL, Postgres.USER, DATABASE);
		if (problem != null) {
			throw new IllegalStateException(problem);
		}
		SpringApplication.getShutdownHandlers().add(() -> Postgres.drop(Postgres.HOST_URL, Postgres.USER, DATABASE));
		proxy = new TcpProxy("127.0.0.1", 5432);
		registry.add("spring.datasource.url", () -> "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + DATABASE);
		registry.add("spring.datasource.username", () -> Postgres.USER);
		registry.add("spring.datasource.password", () -> "");
		registry.add("spring.mail.port", relay::port);
		registry.add("caso.data-dir", () -> "target/test-data/" + UUID.randomUUID());
	}

	@BeforeEach
	void relayUp() {
		relay.start();
	}

	@AfterAll
	static void restore() throws IOException {
		proxy.restore();
		relay.start();
	}

	@Autowired
	SmtpIntake intake;

	@LocalServerPort
	int webPort;

	@Test
	void whileTheDatabaseIsUnreachableSmtpAnswers451AndCasoCarriesOnByItselfWhenItIsBack() throws Exception {
		String before = "Servidor de impresión caído " + UUID.randomUUID();
		assertThat(send(mail(before))).startsWith("250");
		assertThat(awaitAcks(before, 1)).isEqualTo(1);

		// an acknowledgement waits in the outbox (relay down) when the database goes away
		relay.stop();
		String waiting = "Copias de seguridad sin terminar " + UUID.randomUUID();
		byte[] waitingMail = mail(waiting);
		assertThat(send(waitingMail)).startsWith("250");
		await().atMost(Duration.ofSeconds(10)).until(() -> decided(TestMails.messageIdOf(waitingMail)));

		proxy.cut();
		String during = "VPN de la planta caída " + UUID.randomUUID();
		byte[] duringMail = mail(during);
		long start = System.nanoTime();
		String reply = send(duringMail);
		double seconds = (System.nanoTime() - start) / 1e9;
		System.out.printf("[caso] database unreachable: SMTP answered \"%s\" after %.1f s%n", reply, seconds);
		assertThat(reply).as("SMTP reply while the database is unreachable").startsWith("451");
		relay.start();
		Thread.sleep(2000);

		proxy.restore();
		long back = System.nanoTime();
		// the sender retries the refused mail, as an MTA does after a 451
		await().atMost(Duration.ofSeconds(20)).until(() -> send(duringMail).startsWith("250"));
		assertThat(awaitAcks(waiting, 1)).as("acknowledgement that waited through the outage").isEqualTo(1);
		assertThat(awaitAcks(during, 1)).as("acknowledgement of the mail refused with 451 and sent again").isEqualTo(1);
		System.out.printf("[caso] database back: everything acknowledged %.1f s later%n",
				(System.nanoTime() - back) / 1e9);
		assertThat(inbound(TestMails.messageIdOf(duringMail))).hasSize(1);
	}

	private String send(byte[] mail) throws IOException {
		return SmtpDialogue.send(this.intake.port(), "it@talleres-outage.es", mail, "b@jd-services.eu");
	}

	private static byte[] mail(String subject) {
		return TestMails.mail(TestMails.newMessageId(),
				"it." + UUID.randomUUID().toString().substring(0, 8) + "@talleres-outage.es",
				List.of("b@jd-services.eu"), List.of(), subject,
				"Desde esta mañana no funciona; afecta a toda la oficina. Ya hemos reiniciado el equipo.");
	}

	/**
	 * Up to 40 s: mail a node had claimed when the database went away waits for its lease
	 * (15 s) to end.
	 */
	private int awaitAcks(String subject, int expected) throws InterruptedException {
		await().atMost(Duration.ofSeconds(40)).until(() -> MailScenarios.acknowledgements(subject).size() >= expected);
		Thread.sleep(500);
		return MailScenarios.acknowledgements(subject).size();
	}

	private boolean decided(String messageId) {
		return inbound(messageId).stream().anyMatch((record) -> record.get("decision") != null);
	}

	private List<Map<String, Object>> inbound(String messageId) {
		return TestSetup.adminApi(this.webPort)
			.get()
			.uri("/api/inbound?messageId={id}", messageId)
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
	}

}
