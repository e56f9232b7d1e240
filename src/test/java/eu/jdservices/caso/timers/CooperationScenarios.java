package eu.jdservices.caso.timers;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.jdservices.caso.directory.Directory;
import eu.jdservices.caso.intake.SmtpIntake;
import eu.jdservices.caso.support.MovableClock;
import eu.jdservices.caso.support.SmtpDialogue;
import eu.jdservices.caso.support.TestMails;
import eu.jdservices.caso.support.TestRelay;
import eu.jdservices.caso.support.TestSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * S2.2 and S2.6 end to end, with time moved instead of waited for: the provider asks, the
 * customer stays silent, a reminder goes halfway, the severity drops a level at each
 * expiry and a silent C case is cancelled — every step in the case's history and in the
 * contacts' mailbox, in their language.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "caso.intake.smtp.port=0", "caso.outbound.poll-interval=100ms", "spring.mail.host=127.0.0.1",
				"caso.timers.sweep-interval=1h", "caso.admin.email=admin@jd-services.eu",
				"caso.admin.password=test-admin-secret" })
@Import(CooperationScenarios.Time.class)
abstract class CooperationScenarios {

	/** Wednesday 25 November 2026, 10:00 in Madrid. */
	static final Instant WEDNESDAY_10_00 = OffsetDateTime.parse("2026-11-25T10:00:00+01:00").toInstant();

	static final TestRelay relay = TestRelay.get();

	static final MovableClock clock = new MovableClock(WEDNESDAY_10_00);

	@DynamicPropertySource
	static void relay(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", relay::port);
		registry.add("caso.data-dir", () -> "target/test-data/" + UUID.randomUUID());
		// a cached application that is not in use keeps only two connections open: the
		// PostgreSQL server (100 connections) is shared by every context of the run
		registry.add("spring.datasource.hikari.minimum-idle", () -> "2");
		registry.add("spring.datasource.hikari.idle-timeout", () -> "10000");
	}

	@TestConfiguration
	static class Time {

		@Bean
		@Primary
		MovableClock movableClock() {
			return clock;
		}

	}

	@Autowired
	SmtpIntake intake;

	@Autowired
	Directory directory;

	@Autowired
	TimerSweep sweep;

	@LocalServerPort
	int webPort;

	RestClient api;

	@BeforeEach
	void setUp() throws IOException {
		relay.start();
		TestSetup.importSampleDirectory(this.directory);
		this.api = TestSetup.adminApi(this.webPort);
	}

	@Test
	void silentCustomerOfAnACaseGetsAReminderThenTheCaseDropsToBThenCAndIsCancelledInEnglish() throws Exception {
		clock.set(WEDNESDAY_10_00);
		String james = "james.reid+" + tag() + "@harbour-analytics.co.uk";
		long number = open(james, "a@jd-services.eu", "Nobody can sign in to the CRM",
				"Hello, since 9:45 nobody can sign in to the CRM, the error is 'AADSTS50058'. Please help.");

		post("/api/cases/" + number + "/request-info", Map.of("text", "Which users are affected?"));
		Map<String, Object> waiting = getCase(number);
		assertThat(waiting).containsEntry("status", "WAITING_FOR_CUSTOMER");
		assertThat(OffsetDateTime.parse(waiting.get("customerResponseDueAt").toString()).toInstant())
			.isEqualTo(WEDNESDAY_10_00.plus(Duration.ofHours(1)));

		clock.advance(Duration.ofMinutes(31));
		this.sweep.sweep();
		assertThat(awaitMail(james, "still waiting for your answer about case #" + number)).isNotNull();

		clock.advance(Duration.ofMinutes(30));
		this.sweep.sweep();
		assertThat(awaitMail(james, "lowered its severity from A to B")).isNotNull();
		Map<String, Object> lowered = getCase(number);
		assertThat(lowered).containsEntry("severity", "B").containsEntry("status", "WAITING_FOR_CUSTOMER");
		// B: 1 business day, from Wednesday 11:01 to Thursday 11:01
		assertThat(OffsetDateTime.parse(lowered.get("customerResponseDueAt").toString()).toInstant())
			.isEqualTo(OffsetDateTime.parse("2026-11-26T11:01:00+01:00").toInstant());

		clock.set(OffsetDateTime.parse("2026-11-26T11:02:00+01:00").toInstant());
		this.sweep.sweep();
		assertThat(awaitMail(james, "lowered its severity from B to C")).isNotNull();
		assertThat(getCase(number)).containsEntry("severity", "C");

		clock.set(OffsetDateTime.parse("2026-12-02T12:00:00+01:00").toInstant());
		this.sweep.sweep();
		assertThat(awaitMail(james, "we have cancelled the case")).isNotNull();
		Map<String, Object> cancelled = getCase(number);
		assertThat(cancelled).containsEntry("status", "CANCELLED").containsEntry("customerResponseDueAt", null);
		assertThat(list(cancelled.get("history"))).extracting((change) -> change.get("detail").toString())
			.anySatisfy((detail) -> assertThat(detail).contains("A -> B", "no answer"))
			.anySatisfy((detail) -> assertThat(detail).contains("B -> C", "no answer"))
			.anySatisfy((detail) -> assertThat(detail).contains("CANCELLED", "no answer"));
	}

	@Test
	void everyMailOfTheCustomersClockGreetsTheRequesterByTheirName() throws Exception {
		clock.set(WEDNESDAY_10_00);
		String james = "james.reid+" + tag() + "@harbour-analytics.co.uk";
		String subject = "Greeting by name " + tag();
		SmtpDialogue.send(this.intake.port(), james,
				TestMails.from("James Reid <" + james + ">")
					.to("a@jd-services.eu")
					.subject(subject)
					.body("Hello, since 9:45 the VPN to the warehouse drops every ten minutes. Please help.")
					.build(),
				"a@jd-services.eu");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> relay.withSubjectContaining(subject)
				.stream()
				.anyMatch((m) -> subjectOf(m).startsWith("[Caso #")));
		long number = Long.parseLong(
				subjectOf(relay.withSubjectContaining(subject).get(0)).replaceAll("^\\[Caso #(\\d+)\\].*", "$1"));
		post("/api/cases/" + number + "/request-info", Map.of("text", "Which sites are affected?"));

		clock.advance(Duration.ofMinutes(31));
		this.sweep.sweep();
		String reminder = awaitMail(james, "still waiting for your answer about case #" + number).getContent()
			.toString();
		clock.advance(Duration.ofMinutes(30));
		this.sweep.sweep();
		String downgrade = awaitMail(james, "lowered its severity from A to B").getContent().toString();
		clock.set(OffsetDateTime.parse("2026-11-26T11:02:00+01:00").toInstant());
		this.sweep.sweep();
		awaitMail(james, "lowered its severity from B to C");
		clock.set(OffsetDateTime.parse("2026-12-02T12:00:00+01:00").toInstant());
		this.sweep.sweep();
		String cancellation = awaitMail(james, "we have cancelled the case").getContent().toString();

		assertThat(List.of(reminder, downgrade, cancellation))
			.allSatisfy((text) -> assertThat(text).startsWith("Hello James,"));
	}

	@Test
	void customerWhoAnswersStopsTheClockAndGetsNoReminderInSpanish() throws Exception {
		clock.set(WEDNESDAY_10_00);
		String mario = "mario.pueyo+" + tag() + "@talleresebro.es";
		long number = open(mario, "b@jd-services.eu", "El ERP no guarda pedidos",
				"Hola, desde esta mañana el ERP no guarda pedidos: sale el error 'Timeout 504' al pulsar Guardar.");
		post("/api/cases/" + number + "/request-info", Map.of("text", "¿Le pasa a todos los usuarios?"));
		MimeMessage question = awaitMail(mario, "¿Le pasa a todos los usuarios?");
		assertThat(getCase(number).get("customerResponseDueAt").toString()).isNotNull();

		TestMails.Builder answer = TestMails.from(mario)
			.to("b@jd-services.eu")
			.subject("RE: " + question.getSubject())
			.inReplyTo(question)
			.body("Sí, a todos.");
		SmtpDialogue.send(this.intake.port(), mario, answer.build(), "b@jd-services.eu");
		await().atMost(Duration.ofSeconds(10)).until(() -> "OPEN".equals(getCase(number).get("status")));

		clock.advance(Duration.ofDays(10));
		this.sweep.sweep();
		Thread.sleep(500);
		assertThat(mails(mario, "Le recordamos")).isEmpty();
		assertThat(getCase(number)).containsEntry("severity", "B").containsEntry("customerResponseDueAt", null);
	}

	@Test
	void severityADowngradeIsToldInSpanish() throws Exception {
		clock.set(WEDNESDAY_10_00);
		String lucia = "lucia.sanz+" + tag() + "@talleresebro.es";
		long number = open(lucia, "a@jd-services.eu", "Caída total del correo",
				"Ningún usuario puede enviar ni recibir correo desde las 9:30; Outlook muestra 'Desconectado'.");
		post("/api/cases/" + number + "/request-info", Map.of("text", "¿Han cambiado algo en el DNS?"));

		clock.advance(Duration.ofMinutes(61));
		this.sweep.sweep();

		assertThat(awaitMail(lucia, "hemos bajado su gravedad de A a B")).isNotNull();
	}

	@Test
	void responseTargetNearAndPastIsVisibleInTheCaseList() throws Exception {
		clock.set(WEDNESDAY_10_00);
		long number = open("beatriz.lana+" + tag() + "@talleresebro.es", "a@jd-services.eu", "Web caída",
				"La web de la tienda no carga para nadie desde las 9:50, error 503.");
		assertThat(OffsetDateTime.parse(getCase(number).get("firstResponseDueAt").toString()).toInstant())
			.isEqualTo(WEDNESDAY_10_00.plus(Duration.ofHours(1)));

		clock.advance(Duration.ofMinutes(50));
		this.sweep.sweep();
		assertThat(numbers("/api/cases?breach=soon&size=500")).contains(number);

		clock.advance(Duration.ofMinutes(11));
		this.sweep.sweep();
		assertThat(numbers("/api/cases?breach=breached&size=500")).contains(number);
		assertThat(numbers("/api/cases?breach=soon&size=500")).doesNotContain(number);

		post("/api/cases/" + number + "/replies", Map.of("text", "Estamos en ello."));
		assertThat(numbers("/api/cases?breach=breached&size=500")).doesNotContain(number);
	}

	long open(String from, String to, String subject, String text) throws Exception {
		String unique = subject + " " + tag();
		SmtpDialogue.send(this.intake.port(), from, TestMails.from(from).to(to).subject(unique).body(text).build(), to);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> relay.withSubjectContaining(unique)
				.stream()
				.anyMatch((m) -> subjectOf(m).startsWith("[Caso #")));
		Matcher matcher = Pattern.compile("\\[Caso #(\\d+)\\]")
			.matcher(relay.withSubjectContaining(unique)
				.stream()
				.map(CooperationScenarios::subjectOf)
				.filter((s) -> s.startsWith("[Caso #"))
				.findFirst()
				.orElseThrow());
		assertThat(matcher.find()).isTrue();
		return Long.parseLong(matcher.group(1));
	}

	MimeMessage awaitMail(String recipient, String text) {
		await().atMost(Duration.ofSeconds(10)).until(() -> !mails(recipient, text).isEmpty());
		return mails(recipient, text).get(0);
	}

	List<MimeMessage> mails(String recipient, String text) {
		return relay.received().stream().filter((message) -> {
			try {
				return java.util.Arrays.stream(message.getAllRecipients())
					.anyMatch((address) -> address.toString().contains(recipient))
						&& message.getContent().toString().contains(text);
			}
			catch (Exception ex) {
				return false;
			}
		}).toList();
	}

	List<Long> numbers(String uri) {
		Map<String, Object> page = this.api.get().uri(uri).retrieve().body(new ParameterizedTypeReference<>() {
		});
		return list(page.get("items")).stream().map((item) -> ((Number) item.get("number")).longValue()).toList();
	}

	Map<String, Object> getCase(long number) {
		return this.api.get().uri("/api/cases/{n}", number).retrieve().body(new ParameterizedTypeReference<>() {
		});
	}

	void post(String uri, Object body) {
		this.api.post().uri(uri).body(body).retrieve().toBodilessEntity();
	}

	static String subjectOf(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (Exception ex) {
			return "";
		}
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> list(Object value) {
		return (List<Map<String, Object>>) value;
	}

	static String tag() {
		return UUID.randomUUID().toString().substring(0, 6);
	}

}
