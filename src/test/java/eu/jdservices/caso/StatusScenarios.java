package eu.jdservices.caso;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import eu.jdservices.caso.support.TestMails;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The status page meets cases (S0.2), end to end over SMTP: a case naming a service with
 * an open incident is opened, linked to it and its acknowledgement links the incident; an
 * update of the incident reaches the linked cases' contacts, and resolving it can close
 * them.
 */
abstract class StatusScenarios extends MailScenarios {

	@Test
	void aBCaseNamingAServiceWithAnOpenIncidentIsLinkedAndItsAcknowledgementLinksTheIncident() throws Exception {
		String word = "nominas" + tag();
		long incident = openIncidentOn(word, "Las nóminas no se generan");
		String subject = "No podemos generar las " + word + " de diciembre " + tag();

		String messageId = send(unique("mario.pueyo@talleresebro.es"), "b@jd-services.eu", subject,
				"Buenos días, desde las 9:00 el programa de " + word.toUpperCase()
						+ " da el error «Servicio no disponible» al generar los recibos. Afecta a todo el departamento.");

		long number = caseOf(messageId);
		Map<String, Object> shown = getCase(number);
		assertThat(shown.get("severity")).isEqualTo("B");
		assertThat(shown.get("status")).isEqualTo("OPEN");
		assertThat(list(shown.get("findings"))).extracting((finding) -> finding.get("code")).contains("OPEN_INCIDENT");
		assertThat(list(shown.get("incidents"))).singleElement().satisfies((linked) -> {
			assertThat(((Number) linked.get("id")).longValue()).isEqualTo(incident);
			assertThat(linked).containsEntry("title", "Las nóminas no se generan")
				.containsEntry("status", "INVESTIGATING");
			assertThat(linked.get("url").toString()).endsWith("/status/incidents/" + incident);
		});
		assertThat((List<Object>) inbound(messageId).get(0).get("reasons")).contains("OPEN_INCIDENT");
		String ack = awaitAck(subject).getContent().toString();
		assertThat(ack).contains("Las nóminas no se generan", "/status/incidents/" + incident + "?lang=es");
	}

	@Test
	void aCaseNamingNoServiceWithAnIncidentIsNotLinked() throws Exception {
		String word = "portal" + tag();
		openIncidentOn(word, "El portal no carga");
		String subject = "La impresora de recepción no imprime " + tag();

		long number = caseOf(send(unique("lucia.sanz@talleresebro.es"), "c@jd-services.eu", subject,
				"La impresora de la planta 2 dice que está sin conexión desde esta mañana."));

		assertThat(list(getCase(number).get("incidents"))).isEmpty();
		assertThat(awaitAck(subject).getContent().toString()).doesNotContain("/status/incidents/");
	}

	@Test
	void anIncidentUpdateWithNotifyCasesReachesTheLinkedCasesContactsAndResolvingClosesThem() throws Exception {
		String word = "crm" + tag();
		long incident = openIncidentOn(word, "El CRM va muy lento");
		String from = unique("mario.pueyo@talleresebro.es");
		String subject = "El " + word + " tarda minutos en abrir fichas " + tag();
		long number = caseOf(send(from, "b@jd-services.eu", subject,
				"Desde las 10:00 el " + word + " tarda varios minutos en abrir la ficha de cualquier cliente."));
		awaitAck(subject);

		update(incident, "{\"status\":\"IDENTIFIED\",\"message\":\"Un índice dañado frena las búsquedas; lo estamos "
				+ "reconstruyendo.\",\"notifyCases\":true}");

		MimeMessage told = awaitMail(from, "lo estamos reconstruyendo");
		assertThat(told.getSubject()).isEqualTo("[Caso #" + number + "] " + subject);
		assertThat(told.getContent().toString()).contains("Causa identificada", "El CRM va muy lento",
				"/status/incidents/" + incident + "?lang=es");
		assertThat(told.getHeader("In-Reply-To", null)).isNotBlank();

		update(incident, "{\"status\":\"RESOLVED\",\"message\":\"El CRM responde de nuevo con normalidad.\","
				+ "\"notifyCases\":true,\"closeCases\":true}");

		await().atMost(SECONDS_10).until(() -> "CLOSED".equals(getCase(number).get("status")));
		assertThat(awaitMail(from, "El CRM responde de nuevo con normalidad.").getSubject())
			.isEqualTo("[Caso #" + number + "] " + subject);
	}

	/** A catalogue service named by the keyword, with an open major outage. */
	long openIncidentOn(String keyword, String title) {
		String key = "svc-" + tag();
		this.api.post()
			.uri("/api/services")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("key", key, "name", "Servicio " + key, "keywords", List.of(keyword)))
			.retrieve()
			.toBodilessEntity();
		Map<String, Object> created = this.api.post()
			.uri("/api/status/incidents")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("services", List.of(key), "title", title, "impact", "MAJOR_OUTAGE", "status", "INVESTIGATING",
					"message", "Estamos investigando."))
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
		return ((Number) created.get("id")).longValue();
	}

	void update(long incident, String json) {
		this.api.post()
			.uri("/api/status/incidents/{id}/updates", incident)
			.contentType(MediaType.APPLICATION_JSON)
			.body(json)
			.retrieve()
			.toBodilessEntity();
	}

	String send(String from, String to, String subject, String text) throws Exception {
		TestMails.Builder mail = TestMails.from(from).to(to).subject(subject).body(text);
		assertThat(send(mail.build(), to)).startsWith("250");
		return mail.messageId();
	}

	long caseOf(String messageId) {
		await().atMost(SECONDS_10)
			.until(() -> !inbound(messageId).isEmpty() && inbound(messageId).get(0).get("caseNumber") != null);
		return ((Number) inbound(messageId).get(0).get("caseNumber")).longValue();
	}

	static MimeMessage awaitMail(String recipient, String text) {
		await().atMost(SECONDS_10).until(() -> mailTo(recipient, text) != null);
		return mailTo(recipient, text);
	}

	private static MimeMessage mailTo(String recipient, String text) {
		return relay.received().stream().filter((message) -> {
			try {
				return java.util.Arrays.stream(message.getAllRecipients())
					.anyMatch((address) -> address.toString().contains(recipient))
						&& message.getContent().toString().contains(text);
			}
			catch (Exception ex) {
				return false;
			}
		}).findFirst().orElse(null);
	}

	static String unique(String address) {
		return address.replace("@", "+" + tag() + "@");
	}

	static String tag() {
		return UUID.randomUUID().toString().substring(0, 6);
	}

}
