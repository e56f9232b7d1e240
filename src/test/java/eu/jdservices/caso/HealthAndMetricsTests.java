package eu.jdservices.caso;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.jdservices.caso.support.SmtpDialogue;
import eu.jdservices.caso.support.TestMails;
import org.junit.jupiter.api.Test;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Health and metrics for operators: public health with the status only, probes for
 * orchestrators, readiness following the SMTP listener, and the Prometheus scrape for
 * administrators with the figures of the mail that went through. Same configuration as
 * {@link SpineOnH2Tests}, so both share one application context (figures are compared
 * before and after, never absolute).
 */
@TestPropertySource(
		properties = "spring.datasource.url=jdbc:h2:mem:spine;MODE=PostgreSQL;LOCK_TIMEOUT=10000;DATABASE_TO_LOWER=TRUE;"
				+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class HealthAndMetricsTests extends MailScenarios {

	@Test
	void healthIsPublicAndShowsOnlyTheStatus() {
		ResponseEntity<String> health = anonymous("/actuator/health");

		assertThat(health.getStatusCode().value()).isEqualTo(200);
		assertThat(health.getBody()).isEqualTo("{\"status\":\"UP\"}");
	}

	@Test
	void administratorSeesWhatHealthChecks() {
		Map<String, Object> health = this.api.get()
			.uri("/actuator/health")
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});

		assertThat(health).containsEntry("status", "UP").containsEntry("groups", List.of("liveness", "readiness"));
		assertThat(components(health)).containsKeys("db", "smtpIntake", "outbox", "livenessState", "readinessState");
		assertThat(components(health).get("smtpIntake")).containsEntry("status", "UP");
	}

	@Test
	void probesAnswerOrchestratorsWithoutSignIn() {
		ResponseEntity<String> liveness = anonymous("/actuator/health/liveness");
		ResponseEntity<String> readiness = anonymous("/actuator/health/readiness");

		assertThat(liveness.getStatusCode().value()).isEqualTo(200);
		assertThat(liveness.getBody()).isEqualTo("{\"status\":\"UP\"}");
		assertThat(readiness.getStatusCode().value()).isEqualTo(200);
		assertThat(readiness.getBody()).isEqualTo("{\"status\":\"UP\"}");
	}

	@Test
	void readinessChecksTheDatabaseTheSmtpListenerAndTheOutbox() {
		Map<String, Object> readiness = this.api.get()
			.uri("/actuator/health/readiness")
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});

		assertThat(components(readiness)).containsOnlyKeys("db", "smtpIntake", "outbox", "readinessState");
	}

	@Test
	void notReadyWhileTheSmtpListenerIsStopped() {
		this.intake.stop();
		try {
			ResponseEntity<String> readiness = anonymous("/actuator/health/readiness");
			ResponseEntity<String> liveness = anonymous("/actuator/health/liveness");

			assertThat(readiness.getStatusCode().value()).isEqualTo(503);
			assertThat(readiness.getBody()).isEqualTo("{\"status\":\"DOWN\"}");
			assertThat(liveness.getStatusCode().value()).as("alive all the same").isEqualTo(200);
		}
		finally {
			this.intake.start();
		}
		assertThat(anonymous("/actuator/health/readiness").getStatusCode().value()).isEqualTo(200);
	}

	@Test
	void prometheusScrapeIsForAdministratorsOnly() {
		this.jdbc.sql("""
				INSERT INTO accounts_agent (email, name, password_hash, role, enabled, created_at)
				SELECT 'agent.ana@jd-services.eu', 'Ana', :hash, 'AGENT', TRUE, CURRENT_TIMESTAMP
				WHERE NOT EXISTS (SELECT 1 FROM accounts_agent WHERE email = 'agent.ana@jd-services.eu')""")
			.param("hash", this.passwords.encode("agent-secret"))
			.update();
		RestClient agent = RestClient.builder()
			.baseUrl("http://127.0.0.1:" + this.webPort)
			.defaultHeaders((headers) -> headers.setBasicAuth("agent.ana@jd-services.eu", "agent-secret"))
			.build();

		assertThat(anonymous("/actuator/prometheus").getStatusCode().value()).isEqualTo(401);
		assertThat(status(agent, "/actuator/prometheus")).isEqualTo(403);
		assertThat(status(this.api, "/actuator/prometheus")).isEqualTo(200);
		assertThat(status(this.api, "/actuator/env")).as("not exposed").isEqualTo(404);
	}

	@Test
	void mailThroughSmtpIsCountedByDecisionAndReasonAndItsAcknowledgementLatencyMeasured() throws Exception {
		String before = scrape();
		String messageId = TestMails.newMessageId();
		String subject = "Impresora de la planta 2 no imprime " + messageId.substring(0, 8);

		assertThat(send(TestMails.mail(messageId, "mario.pueyo@talleresebro.es", List.of("c@jd-services.eu"), List.of(),
				subject, "La impresora de la planta 2 no imprime desde esta mañana."), "c@jd-services.eu"))
			.startsWith("250");
		long number = caseNumberOf(awaitAck(subject));
		await().atMost(SECONDS_10).until(() -> getCase(number).get("acknowledgedAt") != null);

		List<String> reasons = inbound(messageId).get(0).get("reasons") instanceof List<?> list
				? list.stream().map(String::valueOf).toList() : List.of();
		String series = "caso_mail_received_total{application=\"caso\",decision=\"CASE_OPENED\",reason=\""
				+ (reasons.isEmpty() ? "none" : reasons.get(0)) + "\"}";
		await().atMost(SECONDS_10)
			.untilAsserted(() -> assertThat(value(scrape(), series) - value(before, series)).isEqualTo(1));
		String after = scrape();
		for (String reason : reasons) {
			String perReason = "caso_mail_reasons_total{application=\"caso\",decision=\"CASE_OPENED\",reason=\""
					+ reason + "\"}";
			assertThat(value(after, perReason) - value(before, perReason)).isEqualTo(1);
		}
		String latency = "caso_acknowledgement_latency_seconds_count{application=\"caso\"}";
		assertThat(value(after, latency) - value(before, latency)).isGreaterThanOrEqualTo(1);
		assertThat(after).contains("caso_acknowledgement_latency_seconds_bucket{application=\"caso\",le=\"0.01\"}",
				"caso_acknowledgement_latency_seconds_bucket{application=\"caso\",le=\"+Inf\"}",
				"caso_acknowledgement_latency_seconds_sum{application=\"caso\"}");
	}

	@Test
	void duplicateMailIsCountedAsIgnoredOnce() throws Exception {
		String messageId = TestMails.newMessageId();
		String subject = "Teclado inalámbrico sin respuesta " + messageId.substring(0, 8);
		byte[] mail = TestMails.mail(messageId, "mario.pueyo@talleresebro.es", List.of("c@jd-services.eu"), List.of(),
				subject, "El teclado inalámbrico de recepción no responde.");
		send(mail, "c@jd-services.eu");
		awaitAck(subject);
		String series = "caso_mail_received_total{application=\"caso\",decision=\"IGNORED\",reason=\"DUPLICATE_MESSAGE\"}";
		String before = scrape();

		assertThat(send(mail, "c@jd-services.eu")).startsWith("250");

		assertThat(value(scrape(), series) - value(before, series)).isEqualTo(1);
	}

	@Test
	void scrapeShowsOutboxTriageTimersAndSmtpSessions() throws Exception {
		String before = scrape();
		try (SmtpDialogue smtp = new SmtpDialogue(this.intake.port())) {
			assertThat(smtp.command("NOOP")).startsWith("250");
			assertThat(value(scrape(), "caso_smtp_sessions_open{application=\"caso\"}")).isGreaterThanOrEqualTo(1);
		}
		long failedBefore = (long) value(before, "caso_outbox_mails{application=\"caso\",status=\"FAILED\"}");
		String failed = TestMails.newMessageId();
		this.jdbc.sql("""
				INSERT INTO outbound_mail (kind, message_id, envelope_from, recipients, raw, status, attempts,
					next_attempt_at, created_at)
				VALUES ('NOTICE', :messageId, 'c@jd-services.eu', 'nobody@customer.test', :raw, 'FAILED', 60,
					CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""")
			.param("messageId", failed)
			.param("raw", new byte[] { 0 })
			.update();

		String after;
		try {
			after = scrape();
		}
		finally {
			this.jdbc.sql("DELETE FROM outbound_mail WHERE message_id = :messageId")
				.param("messageId", failed)
				.update();
		}

		assertThat(value(after, "caso_smtp_sessions_total{application=\"caso\"}")
				- value(before, "caso_smtp_sessions_total{application=\"caso\"}"))
			.isGreaterThanOrEqualTo(1);
		assertThat(value(after, "caso_outbox_mails{application=\"caso\",status=\"FAILED\"}"))
			.isEqualTo(failedBefore + 1);
		assertThat(value(after, "caso_outbox_mails{application=\"caso\",status=\"PENDING\"}")).isNotNaN();
		assertThat(value(after, "caso_triage_backlog{application=\"caso\"}")).isNotNaN();
		assertThat(value(after, "caso_triage_backlog_limit{application=\"caso\"}")).as("the default max-backlog")
			.isEqualTo(24);
		assertThat(value(after, "caso_timers_due{application=\"caso\"}")).isNotNaN();
		assertThat(value(after, "caso_timers_overdue{application=\"caso\"}")).isNotNaN();
	}

	private ResponseEntity<String> anonymous(String path) {
		return RestClient.create("http://127.0.0.1:" + this.webPort)
			.get()
			.uri(path)
			.retrieve()
			.onStatus(HttpStatusCode::isError, (request, reply) -> {
			})
			.toEntity(String.class);
	}

	private static int status(RestClient client, String path) {
		return client.get().uri(path).retrieve().onStatus(HttpStatusCode::isError, (request, reply) -> {
		}).toBodilessEntity().getStatusCode().value();
	}

	private String scrape() {
		return this.api.get().uri("/actuator/prometheus").retrieve().body(String.class);
	}

	/** The value of one series in a scrape; 0 when it is not there (yet). */
	private static double value(String scrape, String series) {
		Matcher matcher = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE).matcher(scrape);
		return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Map<String, Object>> components(Map<String, Object> health) {
		return (Map<String, Map<String, Object>>) health.get("components");
	}

}
