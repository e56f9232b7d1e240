package eu.jdservices.caso;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import eu.jdservices.caso.directory.Directory;
import eu.jdservices.caso.intake.SmtpIntake;
import eu.jdservices.caso.support.SmtpDialogue;
import eu.jdservices.caso.support.TestRelay;
import eu.jdservices.caso.support.TestSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * End-to-end scenarios over real SMTP in and out: Caso with its SMTP listener on a free
 * port, a GreenMail relay, the REST API over HTTP. Subclasses run the same scenarios on
 * H2 and on PostgreSQL; they share one application context per database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "caso.intake.smtp.port=0", "caso.intake.smtp.max-message-size=8MB",
				"caso.notify.on-call=guardia@jd-services.eu", "caso.outbound.poll-interval=100ms",
				"caso.outbound.initial-backoff=300ms", "caso.outbound.max-backoff=1s", "spring.mail.host=127.0.0.1",
				"spring.mail.properties.mail.smtp.connectiontimeout=2000",
				"spring.mail.properties.mail.smtp.timeout=5000", "caso.admin.email=admin@jd-services.eu",
				"caso.admin.password=test-admin-secret" })
abstract class MailScenarios {

	static final Duration SECONDS_10 = Duration.ofSeconds(10);

	static final TestRelay relay = TestRelay.get();

	@DynamicPropertySource
	static void relay(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", relay::port);
		registry.add("caso.data-dir", () -> "target/test-data/" + java.util.UUID.randomUUID());
		// a cached application that is not in use keeps only two connections open: the
		// PostgreSQL server (100 connections) is shared by every context of the run
		registry.add("spring.datasource.hikari.minimum-idle", () -> "2");
		registry.add("spring.datasource.hikari.idle-timeout", () -> "10000");
	}

	@Autowired
	SmtpIntake intake;

	@Autowired
	Directory directory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwords;

	@LocalServerPort
	int webPort;

	RestClient api;

	@BeforeEach
	void setUp() throws IOException {
		relay.start();
		TestSetup.importSampleDirectory(this.directory);
		this.api = TestSetup.adminApi(this.webPort);
	}

	ResponseEntity<Map<String, Object>> importCsv(String csv) {
		return this.api.post()
			.uri("/api/directory/import")
			.contentType(MediaType.parseMediaType("text/csv"))
			.header("Accept-Language", "en")
			.body(csv)
			.retrieve()
			.onStatus(HttpStatusCode::isError, (request, reply) -> {
			})
			.toEntity(new ParameterizedTypeReference<>() {
			});
	}

	String send(byte[] mail, String... recipients) throws IOException {
		return SmtpDialogue.send(this.intake.port(), "bounces@customer.test", mail, recipients);
	}

	/**
	 * The acknowledgement of the case opened with this subject: "[Caso #n] subject",
	 * nothing else.
	 */
	MimeMessage awaitAck(String subject) {
		await().atMost(SECONDS_10).until(() -> !acknowledgements(subject).isEmpty());
		return acknowledgements(subject).get(0);
	}

	static List<MimeMessage> acknowledgements(String subject) {
		java.util.regex.Pattern exact = java.util.regex.Pattern
			.compile("\\[Caso #\\d+\\] " + java.util.regex.Pattern.quote(subject));
		return relay.withSubjectContaining(subject).stream().filter((message) -> {
			try {
				return exact.matcher(message.getSubject()).matches();
			}
			catch (MessagingException ex) {
				return false;
			}
		}).toList();
	}

	static long caseNumberOf(MimeMessage ack) throws MessagingException {
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\\[Caso #(\\d+)\\]")
			.matcher(ack.getSubject());
		assertThat(matcher.find()).as("case tag in %s", ack.getSubject()).isTrue();
		return Long.parseLong(matcher.group(1));
	}

	static List<String> addresses(MimeMessage message, Message.RecipientType type) throws MessagingException {
		jakarta.mail.Address[] addresses = message.getRecipients(type);
		return (addresses != null) ? java.util.Arrays.stream(addresses)
			.map((address) -> ((jakarta.mail.internet.InternetAddress) address).getAddress())
			.toList() : List.of();
	}

	Map<String, Object> getCase(long number) {
		return this.api.get().uri("/api/cases/{number}", number).retrieve().body(new ParameterizedTypeReference<>() {
		});
	}

	List<Map<String, Object>> inbound(String messageId) {
		return this.api.get()
			.uri("/api/inbound?messageId={id}", messageId)
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
	}

	long casesWithSubject(String subject) {
		Map<String, Object> page = this.api.get()
			.uri("/api/cases?q={q}", subject)
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
		return ((Number) page.get("total")).longValue();
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> list(Object value) {
		return (List<Map<String, Object>>) value;
	}

}
