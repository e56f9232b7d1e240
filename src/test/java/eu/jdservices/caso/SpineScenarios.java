package eu.jdservices.caso;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import eu.jdservices.caso.intake.Decision;
import eu.jdservices.caso.intake.HeldMail;
import eu.jdservices.caso.intake.InboundMails;
import eu.jdservices.caso.support.SmtpDialogue;
import eu.jdservices.caso.support.TestMails;
import eu.jdservices.caso.support.TestSetup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The spine end to end: a mail to a severity address becomes a case and its
 * acknowledgement reaches the relay.
 */
abstract class SpineScenarios extends MailScenarios {

	@Autowired
	InboundMails inboundMails;

	@Test
	void mailToSeverityAddressOpensCaseAndSpanishAcknowledgementReachesRelay() throws Exception {
		String messageId = TestMails.newMessageId();
		String subject = "Error al recibir llamadas externas en Teams " + messageId.substring(0, 8);
		byte[] mail = TestMails.mail(messageId, "Mario Pueyo <mario.pueyo@talleresebro.es>",
				List.of("a@jd-services.eu"), List.of("lucia.sanz@talleresebro.es"), subject,
				"Hola,\n\nDesde esta mañana nadie puede recibir llamadas externas en Teams.\n\nGracias.");

		assertThat(send(mail, "a@jd-services.eu")).startsWith("250");

		MimeMessage ack = awaitAck(subject);
		long number = caseNumberOf(ack);
		assertThat(ack.getSubject()).isEqualTo("[Caso #" + number + "] " + subject);
		assertThat(ack.getFrom()[0].toString()).contains("a@jd-services.eu");
		assertThat(addresses(ack, Message.RecipientType.TO)).containsExactly("mario.pueyo@talleresebro.es");
		assertThat(addresses(ack, Message.RecipientType.CC)).containsExactly("lucia.sanz@talleresebro.es");
		assertThat(ack.getHeader("In-Reply-To", null)).isEqualTo("<" + messageId + ">");
		assertThat(ack.getHeader("References", null)).contains("<" + messageId + ">");
		assertThat(ack.getHeader("Auto-Submitted", null)).isEqualTo("auto-replied");
		assertThat(ack.getMessageID()).startsWith("<caso.").endsWith("@jd-services.eu>");
		String text = ack.getContent().toString();
		assertThat(text).contains("Hola Mario:", "hemos abierto el caso #" + number, "gravedad A", "Responder a todos",
				"No abra un caso nuevo");

		Map<String, Object> shown = getCase(number);
		assertThat(shown).containsEntry("subject", subject)
			.containsEntry("severity", "A")
			.containsEntry("status", "OPEN")
			.containsEntry("organization", "Talleres Ebro SA")
			.containsEntry("requester", "mario.pueyo@talleresebro.es")
			.containsEntry("contacts", List.of("mario.pueyo@talleresebro.es", "lucia.sanz@talleresebro.es"));
		List<Map<String, Object>> messages = list(shown.get("messages"));
		assertThat(messages).extracting((m) -> m.get("direction")).containsExactly("IN", "OUT");
		assertThat(messages.get(0).get("text").toString()).contains("nadie puede recibir llamadas externas");
		assertThat(messages.get(1)).containsEntry("messageId", ack.getMessageID().replaceAll("[<>]", ""));
		await().atMost(SECONDS_10).until(() -> getCase(number).get("acknowledgedAt") != null);

		byte[] stored = this.jdbc.sql("SELECT raw FROM intake_mail WHERE message_id = :id")
			.param("id", messageId)
			.query(byte[].class)
			.single();
		assertThat(stored).as("raw mail kept byte for byte").isEqualTo(mail);
		List<Map<String, Object>> inbound = inbound(messageId);
		assertThat(inbound).singleElement()
			.satisfies((record) -> assertThat(record).containsEntry("decision", "CASE_OPENED")
				.containsEntry("caseNumber", (int) number)
				.containsEntry("from", "mario.pueyo@talleresebro.es"));
	}

	@Test
	void englishSpeakingContactGetsAcknowledgementInEnglish() throws Exception {
		String messageId = TestMails.newMessageId();
		String subject = "Slow loading of the online shop " + messageId.substring(0, 8);
		byte[] mail = TestMails.mail(messageId, "James Reid <james.reid@harbour-analytics.co.uk>",
				List.of("b@jd-services.eu"), List.of(), subject,
				"Hello,\n\nSince 9:00 our shop pages take 20 seconds to load for every user.\n\nRegards,\nJames");

		assertThat(send(mail, "b@jd-services.eu")).startsWith("250");

		MimeMessage ack = awaitAck(subject);
		long number = caseNumberOf(ack);
		assertThat(ack.getFrom()[0].toString()).contains("b@jd-services.eu");
		assertThat(ack.getContent().toString()).contains("Hello James,", "opened case #" + number, "severity B",
				"Reply all", "do not open a new case");
		assertThat(getCase(number)).containsEntry("severity", "B")
			.containsEntry("organization", "Harbour Analytics Ltd");
	}

	@Test
	void mailToSeveralIntakeAddressesOpensOneCaseAtTheHighestSeverity() throws Exception {
		String messageId = TestMails.newMessageId();
		String subject = "Correo caído para toda la oficina " + messageId.substring(0, 8);
		byte[] mail = TestMails.mail(messageId, "beatriz.lana@talleresebro.es",
				List.of("c@jd-services.eu", "a@jd-services.eu"), List.of("b@jd-services.eu"), subject,
				"Nadie puede enviar ni recibir correos desde las 8:00.");

		assertThat(send(mail, "c@jd-services.eu", "a@jd-services.eu", "b@jd-services.eu")).startsWith("250");

		MimeMessage ack = awaitAck(subject);
		Map<String, Object> shown = getCase(caseNumberOf(ack));
		assertThat(shown).containsEntry("severity", "A")
			.containsEntry("contacts", List.of("beatriz.lana@talleresebro.es"));
		assertThat(acknowledgements(subject)).as("one acknowledgement").hasSize(1);
	}

	@Test
	void unknownRecipientIsRefusedAtRcpt() throws Exception {
		try (SmtpDialogue smtp = new SmtpDialogue(this.intake.port())) {
			assertThat(smtp.command("MAIL FROM:<mario.pueyo@talleresebro.es>")).startsWith("250");
			assertThat(smtp.command("RCPT TO:<soporte@jd-services.eu>")).startsWith("550");
			assertThat(smtp.command("RCPT TO:<A@JD-Services.eu>")).startsWith("250");
		}
	}

	@Test
	void oversizeMailIsRefusedWith552AndNothingIsStored() throws Exception {
		String messageId = TestMails.newMessageId();
		byte[] mail = TestMails.mail(messageId, "mario.pueyo@talleresebro.es", List.of("c@jd-services.eu"), List.of(),
				"Fichero enorme", "x".repeat(76) + "\n".repeat(1) + ("y".repeat(76) + "\n").repeat(120_000));

		assertThat(send(mail, "c@jd-services.eu")).startsWith("552");

		assertThat(inbound(messageId)).isEmpty();
	}

	@Test
	void sameMessageIdTwiceOpensOneCase() throws Exception {
		String messageId = TestMails.newMessageId();
		String subject = "Impresora de recepción sin conexión " + messageId.substring(0, 8);
		byte[] mail = TestMails.mail(messageId, "mario.pueyo@talleresebro.es", List.of("c@jd-services.eu"),
				List.of("b@jd-services.eu"), subject, "La impresora de recepción no aparece en la red.");

		assertThat(send(mail, "c@jd-services.eu")).startsWith("250");
		assertThat(send(mail, "b@jd-services.eu")).startsWith("250");

		awaitAck(subject);
		await().atMost(SECONDS_10)
			.until(() -> inbound(messageId).size() == 2
					&& inbound(messageId).stream().allMatch((record) -> record.get("decision") != null));
		List<Map<String, Object>> records = inbound(messageId);
		assertThat(records).extracting((record) -> record.get("decision")).containsExactly("CASE_OPENED", "IGNORED");
		assertThat(records.get(1).get("reasons")).isEqualTo(List.of("DUPLICATE_MESSAGE"));
		assertThat(casesWithSubject(subject)).isEqualTo(1);
		Thread.sleep(500);
		assertThat(relay.withSubjectContaining(subject)).hasSize(1);
	}

	@Test
	void resentMailOpensNoSecondCaseButIsAcknowledgedAgain() throws Exception {
		String subject = "Sin acceso a SharePoint " + TestMails.newMessageId().substring(0, 8);
		String body = "Desde ayer no puedo abrir los documentos de SharePoint.";
		String first = TestMails.newMessageId();
		String second = TestMails.newMessageId();

		send(TestMails.mail(first, "lucia.sanz@talleresebro.es", List.of("b@jd-services.eu"), List.of(), subject, body),
				"b@jd-services.eu");
		MimeMessage ack = awaitAck(subject);
		send(TestMails.mail(second, "lucia.sanz@talleresebro.es", List.of("b@jd-services.eu"), List.of(), subject,
				body), "b@jd-services.eu");

		await().atMost(SECONDS_10).until(() -> acknowledgements(subject).size() == 2);
		long number = caseNumberOf(ack);
		assertThat(casesWithSubject(subject)).isEqualTo(1);
		MimeMessage again = acknowledgements(subject).get(1);
		assertThat(again.getSubject()).isEqualTo("[Caso #" + number + "] " + subject);
		assertThat(again.getHeader("In-Reply-To", null)).isEqualTo("<" + second + ">");
		assertThat(inbound(second)).singleElement()
			.satisfies((record) -> assertThat(record).containsEntry("decision", "APPENDED")
				.containsEntry("caseNumber", (int) number)
				.containsEntry("reasons", List.of("RESENT_MAIL")));
	}

	@Test
	void copiesOfTheSameMailArrivingAtTheSameMomentOpenOneCase() throws Exception {
		String subject = "Impresora de recepción atascada " + TestMails.newMessageId().substring(0, 8);
		String body = "La impresora de recepción se atasca con cada hoja desde esta mañana.";
		List<String> ids = java.util.stream.IntStream.range(0, 5).mapToObj((i) -> TestMails.newMessageId()).toList();
		List<java.util.concurrent.CompletableFuture<String>> sending = ids.stream()
			.map((id) -> java.util.concurrent.CompletableFuture.supplyAsync(() -> {
				try {
					return send(TestMails.mail(id, "lucia.sanz@talleresebro.es", List.of("b@jd-services.eu"), List.of(),
							subject, body), "b@jd-services.eu");
				}
				catch (java.io.IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			}))
			.toList();
		sending.forEach((reply) -> assertThat(reply.join()).startsWith("250"));

		await().atMost(SECONDS_10).until(() -> acknowledgements(subject).size() == 5);
		assertThat(casesWithSubject(subject)).isEqualTo(1);
		assertThat(ids.stream().map((id) -> inbound(id).get(0).get("decision")).toList())
			.containsOnlyOnce("CASE_OPENED")
			.containsOnly("CASE_OPENED", "APPENDED");
	}

	@Test
	void acknowledgementWaitsForARelayThatIsDownAndIsDeliveredOnceItIsBack() throws Exception {
		String messageId = TestMails.newMessageId();
		String subject = "VPN sin conexión " + messageId.substring(0, 8);
		relay.stop();
		try {
			assertThat(send(TestMails.mail(messageId, "mario.pueyo@talleresebro.es", List.of("b@jd-services.eu"),
					List.of(), subject, "La VPN no conecta desde casa."), "b@jd-services.eu"))
				.startsWith("250");
			await().atMost(SECONDS_10)
				.until(() -> !inbound(messageId).isEmpty() && inbound(messageId).get(0).get("caseNumber") != null);
			long number = ((Number) inbound(messageId).get(0).get("caseNumber")).longValue();
			Thread.sleep(1500);
			assertThat(getCase(number).get("acknowledgedAt")).isNull();
		}
		finally {
			relay.start();
		}
		await().atMost(SECONDS_10).until(() -> relay.withSubjectContaining(subject).size() == 1);
		Thread.sleep(1500);
		assertThat(relay.withSubjectContaining(subject)).hasSize(1);
	}

	@Test
	void mailWithoutSenderIsQuarantinedAsNoSenderWithTheEnvelopeSenderShown() throws Exception {
		String messageId = TestMails.newMessageId();
		byte[] mail = ("Message-ID: <" + messageId + ">\r\nSubject: sin remitente\r\n\r\nhola\r\n")
			.getBytes(StandardCharsets.US_ASCII);

		assertThat(send(mail, "c@jd-services.eu")).startsWith("250");

		await().atMost(SECONDS_10)
			.until(() -> !inbound(messageId).isEmpty() && inbound(messageId).get(0).get("decision") != null);
		assertThat(inbound(messageId)).singleElement()
			.satisfies((record) -> assertThat(record).containsEntry("decision", "QUARANTINED")
				.containsEntry("reasons", List.of("NO_SENDER"))
				.containsEntry("from", "bounces@customer.test")
				.containsEntry("caseNumber", null));
		HeldMail held = heldWithSubject("sin remitente");
		assertThat(held.detail()).contains("no usable sender address (From)", "bounces@customer.test");
	}

	@ParameterizedTest
	@ValueSource(strings = { "X-Spam-Flag: YES", "X-Spam-Status: Yes, score=19.9 required=5.0 tests=LOTS_OF_MONEY",
			"X-Spam: Yes", "X-Rspamd-Action: add header", "X-Rspamd-Action: rewrite subject",
			"X-Rspamd-Action: reject" })
	void mailTheReceivingServerMarkedAsSpamIsQuarantinedAndNothingIsSent(String verdict) throws Exception {
		String unique = java.util.UUID.randomUUID().toString();
		String subject = "[SPAM] (19.9) Your Winning Notification!!! " + unique;
		String spammer = "winner-" + java.util.UUID.randomUUID() + "@lottery-prize.example";
		TestMails.Builder spam = TestMails.from(spammer)
			.to("a@jd-services.eu")
			.subject(subject)
			.header(verdict.substring(0, verdict.indexOf(':')), verdict.substring(verdict.indexOf(':') + 1).strip())
			.body("Congratulations! You have won 1,000,000 EUR. Send your bank details to claim the prize.");

		assertThat(send(spam.build(), "a@jd-services.eu")).startsWith("250");

		await().atMost(SECONDS_10)
			.until(() -> !inbound(spam.messageId()).isEmpty()
					&& inbound(spam.messageId()).get(0).get("decision") != null);
		assertThat(inbound(spam.messageId())).singleElement()
			.satisfies((record) -> assertThat(record).containsEntry("decision", "QUARANTINED")
				.containsEntry("reasons", List.of("SPAM"))
				.containsEntry("caseNumber", null));
		assertThat(heldWithSubject(subject).detail()).contains(verdict.substring(0, verdict.indexOf(':')));
		Thread.sleep(300);
		assertThat(relay.received()).noneMatch((message) -> sentTo(message, spammer));
		assertThat(casesWithSubject(unique)).isZero();
	}

	@Test
	void rspamdLettingAMailThroughIsNoSpamVerdict() throws Exception {
		String subject = "Servidor de ficheros lento " + java.util.UUID.randomUUID();
		TestMails.Builder mail = TestMails.from("mario.pueyo@talleresebro.es")
			.to("c@jd-services.eu")
			.subject(subject)
			.header("X-Spam-Status", "No, score=1.2 required=5.0")
			.header("X-Rspamd-Action", "no action")
			.body("El servidor de ficheros va muy lento desde ayer; afecta a toda la oficina.");

		assertThat(send(mail.build(), "c@jd-services.eu")).startsWith("250");

		assertThat(awaitAck(subject)).isNotNull();
	}

	@Test
	void anAgentReleasesASpamFalsePositiveAndItsCaseOpens() throws Exception {
		String subject = "Oferta de renovación de licencias " + java.util.UUID.randomUUID();
		TestMails.Builder mail = TestMails.from("mario.pueyo@talleresebro.es")
			.to("c@jd-services.eu")
			.subject(subject)
			.header("X-Spam-Flag", "YES")
			.body("Nos ha llegado la oferta de renovación de licencias; ¿podéis revisarla?");
		assertThat(send(mail.build(), "c@jd-services.eu")).startsWith("250");
		await().atMost(SECONDS_10)
			.until(() -> !inbound(mail.messageId()).isEmpty()
					&& inbound(mail.messageId()).get(0).get("decision") != null);

		assertThat(this.inboundMails.release(heldWithSubject(subject).id(), TestSetup.ADMIN)).isTrue();

		assertThat(awaitAck(subject)).isNotNull();
		assertThat(inbound(mail.messageId())).singleElement()
			.satisfies((record) -> assertThat(record).containsEntry("decision", "CASE_OPENED"));
	}

	@Test
	void theCorpusSpamWithAnAddressThatCannotExistGetsNoAnswer() throws Exception {
		byte[] raw = java.nio.file.Files.readAllBytes(java.nio.file.Path
			.of(System.getProperty("caso.shared.dir", "../shared"), "corpus/zammad-mail/mail071.box"));
		String messageId = TestMails.messageIdOf(raw);

		assertThat(SmtpDialogue.send(this.intake.port(), "spammer@example.com", raw, "c@jd-services.eu"))
			.startsWith("250");

		await().atMost(SECONDS_10)
			.until(() -> inbound(messageId).stream().anyMatch((record) -> record.get("decision") != null));
		assertThat(inbound(messageId))
			.anySatisfy((record) -> assertThat(record).containsEntry("decision", "QUARANTINED")
				.containsEntry("reasons", List.of("SPAM")));
	}

	@Test
	void aMailWhoseMessageIdIsFullOfNulBytesIsStoredAndDecided() throws Exception {
		byte[] raw = ("From: Mario Pueyo <mario.pueyo@talleresebro.es>\r\nTo: c@jd-services.eu\r\nMessage-ID: <"
				+ "\u0000".repeat(8000) + "x@fuzz.test>\r\nSubject: Impresora sin toner " + java.util.UUID.randomUUID()
				+ "\r\n\r\nLa impresora de la planta 2 no imprime.\r\n")
			.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

		String reply = SmtpDialogue.send(this.intake.port(), "mario.pueyo@talleresebro.es", raw, "c@jd-services.eu");

		assertThat(reply).startsWith("250");
		long id = Long.parseLong(reply.replaceAll("(?s).*stored as (\\d+).*", "$1"));
		await().atMost(SECONDS_10)
			.until(() -> this.jdbc.sql("SELECT decision FROM intake_mail WHERE id = :id")
				.param("id", id)
				.query(String.class)
				.optional()
				.filter(java.util.Objects::nonNull)
				.isPresent());
	}

	private HeldMail heldWithSubject(String subject) {
		return this.inboundMails.held(Decision.QUARANTINED, 0, 200)
			.items()
			.stream()
			.filter((held) -> held.subject().contains(subject))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no quarantined mail with subject " + subject));
	}

	private static boolean sentTo(MimeMessage message, String address) {
		try {
			return java.util.Arrays.stream(message.getAllRecipients())
				.anyMatch((recipient) -> recipient.toString().contains(address));
		}
		catch (jakarta.mail.MessagingException ex) {
			return false;
		}
	}

	@Test
	void apiRefusesRequestsWithoutCredentials() {
		ResponseEntity<String> response = RestClient.create("http://127.0.0.1:" + this.webPort)
			.get()
			.uri("/api/cases")
			.retrieve()
			.onStatus(HttpStatusCode::isError, (request, reply) -> {
			})
			.toEntity(String.class);
		assertThat(response.getStatusCode().value()).isEqualTo(401);
	}

	@Test
	void onlyAdministratorsImportTheDirectory() {
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

		ResponseEntity<String> cases = agent.get().uri("/api/cases").retrieve().toEntity(String.class);
		ResponseEntity<String> importing = agent.post()
			.uri("/api/directory/import")
			.contentType(MediaType.parseMediaType("text/csv"))
			.body("organization,domain,email,name,role,manager_email,language,phone,shared_mailbox\n")
			.retrieve()
			.onStatus(HttpStatusCode::isError, (request, reply) -> {
			})
			.toEntity(String.class);

		assertThat(cases.getStatusCode().value()).isEqualTo(200);
		assertThat(importing.getStatusCode().value()).isEqualTo(403);
	}

	@Test
	void openApiDocumentDescribesTheApi() {
		String document = RestClient.create("http://127.0.0.1:" + this.webPort)
			.get()
			.uri("/v3/api-docs")
			.retrieve()
			.body(String.class);

		assertThat(document).contains("\"/api/cases/{number}\"", "\"/api/inbound\"", "\"/api/directory/import\"");
	}

	@Test
	void directoryImportReportsBadLinesAndImportsTheRest() {
		String csv = """
				organization,domain,email,name,role,manager_email,language,phone,shared_mailbox
				Bodegas Moncayo SL,bodegasmoncayo.es,ana.gil@bodegasmoncayo.es,Ana Gil,representative,,es,,false
				Bodegas Moncayo SL,bodegasmoncayo.es,not-an-address,Pedro,member,,es,,false
				Bodegas Moncayo SL,bodegasmoncayo.es,pedro.ruiz@bodegasmoncayo.es,Pedro Ruiz,boss,,es,,false
				Bodegas Moncayo SL,bodegasmoncayo.es,eva.lopez@bodegasmoncayo.es,Eva López,member,ana.gil@bodegasmoncayo.es,en,+34 976 111 222,false
				""";
		ResponseEntity<Map<String, Object>> first = importCsv(csv);
		ResponseEntity<Map<String, Object>> again = importCsv(csv);

		assertThat(first.getStatusCode().value()).isEqualTo(422);
		List<Map<String, Object>> errors = list(first.getBody().get("errors"));
		assertThat(errors).extracting((error) -> error.get("line")).containsExactly(3, 4);
		assertThat(errors.get(0).get("message").toString()).contains("not-an-address");
		assertThat(errors.get(1).get("message").toString()).contains("boss");
		assertThat(again.getBody()).containsEntry("created", 0).containsEntry("updated", 2);
		Map<String, Object> eva = this.api.get()
			.uri("/api/directory/contacts/{email}", "Eva.Lopez@bodegasmoncayo.es")
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
		assertThat(eva).containsEntry("organization", "Bodegas Moncayo SL")
			.containsEntry("managerEmail", "ana.gil@bodegasmoncayo.es")
			.containsEntry("language", "en")
			.containsEntry("phone", "+34 976 111 222");
	}

}
