package eu.jdservices.caso;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Health and metrics for operators: public health with the status only, probes for
 * orchestrators, readiness following the SMTP listener, and the Prometheus scrape for
 * administrators. Same configuration as {@link SpineOnH2Tests}, so both share one
 * application context.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:spine;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
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

	@SuppressWarnings("unchecked")
	private static Map<String, Map<String, Object>> components(Map<String, Object> health) {
		return (Map<String, Map<String, Object>>) health.get("components");
	}

}
