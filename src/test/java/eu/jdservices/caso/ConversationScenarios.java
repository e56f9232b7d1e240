package eu.jdservices.caso;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import eu.jdservices.caso.support.TestMails;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The conversation end to end (S1.5, S2.4, S2.5, S2.6, S3.1, S3.2): replies thread to
 * their case, only authorised contacts add to it, closed cases stay closed, automatic
 * mail never gets an answer, agents answer everyone.
 */
abstract class ConversationScenarios extends MailScenarios {

	static final String OUTLOOK_HISTORY = """

			________________________________
			De: JD Services <b@jd-services.eu>
			Enviado: miércoles, 25 de noviembre de 2026 10:16
			Para: Mario Pueyo <mario.pueyo@talleresebro.es>
			Asunto: %s

			Hola Mario:

			Hemos recibido su correo y hemos abierto el caso.
			""";

	@Test
	void outlookReplyAllThreadsToItsCaseAndTheCaseShowsOnlyTheNewText() throws Exception {
		Opened opened = open("mario.pueyo@talleresebro.es", "Impresora de planta 2 atasca papel");
		TestMails.Builder reply = TestMails.from(opened.sender())
			.to("b@jd-services.eu")
			.subject("RE: " + opened.ack().getSubject())
			.inReplyTo(opened.ack())
			.header("Thread-Topic", "Impresora de planta 2 atasca papel")
			.header("Thread-Index", "AQHbX1c2l9sX3v2kS0mN3o4p5q6r7s8t9u0v")
			.body("Adjunto el modelo: HP LaserJet M507. Atasca desde el lunes.\n\nUn saludo,\nMario"
					+ OUTLOOK_HISTORY.formatted(opened.ack().getSubject()));

		send(reply.build(), "b@jd-services.eu");

		Map<String, Object> record = awaitDecision(reply.messageId());
		assertThat(record).containsEntry("decision", "APPENDED").containsEntry("caseNumber", (int) opened.number());
		Map<String, Object> last = lastMessage(opened.number());
		assertThat(last.get("text").toString()).contains("HP LaserJet M507").doesNotContain("Hemos recibido");
		assertThat(last.get("fullText").toString()).contains("Hemos recibido su correo");
	}

	@Test
	void gmailReplyInEnglishThreadsAndSayingItWorksIsFlaggedForTheAgent() throws Exception {
		Opened opened = open("james.reid@harbour-analytics.co.uk", "VPN drops every ten minutes");
		TestMails.Builder reply = TestMails.from(opened.sender())
			.to("JD Services <b@jd-services.eu>")
			.subject("Re: " + opened.ack().getSubject())
			.inReplyTo(opened.ack())
			.body("""
					Thanks, it works now after the router restart.

					On Wed, Nov 25, 2026 at 10:16 AM JD Services <b@jd-services.eu> wrote:
					> Hello James,
					> We have received your mail and opened case.
					""");

		send(reply.build(), "b@jd-services.eu");

		assertThat(awaitDecision(reply.messageId())).containsEntry("decision", "APPENDED")
			.containsEntry("reasons", List.of("CUSTOMER_REPORTS_RESOLVED"));
		assertThat(findingCodes(opened.number())).contains("CUSTOMER_REPORTS_RESOLVED");
	}

	@Test
	void strangersMailWithAValidCaseTagIsNotAppendedAndTheyLearnNothingOfTheCase() throws Exception {
		Opened opened = open("mario.pueyo@talleresebro.es", "Contraseña del ERP caducada");
		int before = messages(opened.number()).size();
		String stranger = "curious." + UUID.randomUUID().toString().substring(0, 6) + "@elsewhere.test";
		TestMails.Builder mail = TestMails.from(stranger)
			.to("b@jd-services.eu")
			.subject("Re: " + opened.ack().getSubject())
			.body("¿Cómo va esto?");

		send(mail.build(), "b@jd-services.eu");

		assertThat(awaitDecision(mail.messageId())).containsEntry("decision", "REJECTED")
			.containsEntry("reasons", List.of("NOT_A_CASE_CONTACT"));
		assertThat(messages(opened.number())).hasSize(before);
		MimeMessage notice = awaitMailTo(stranger, "no es un contacto autorizado");
		assertThat(notice.getSubject()).isEqualTo("Re: Re: " + opened.ack().getSubject());
		assertThat(notice.getContent().toString()).doesNotContain("ERP").contains("Responder a todos");
		assertThat(notice.getHeader("Precedence", null)).isEqualTo("bulk");
		assertThat(notice.getHeader("Auto-Submitted", null)).isEqualTo("auto-replied");
	}

	@Test
	void replyAllWithANewPersonInCopyMakesThemAContactAndTheNextAgentReplyReachesThem() throws Exception {
		Opened opened = open("mario.pueyo@talleresebro.es", "Alta de buzón para recepción");
		TestMails.Builder reply = TestMails.from(opened.sender())
			.to("b@jd-services.eu")
			.cc("beatriz.lana@talleresebro.es")
			.subject("RE: " + opened.ack().getSubject())
			.inReplyTo(opened.ack())
			.body("Pongo en copia a Beatriz, que lo aprobará.");
		send(reply.build(), "b@jd-services.eu");
		assertThat(awaitDecision(reply.messageId())).containsEntry("reasons", List.of("CONTACT_ADDED"));

		this.api.post()
			.uri("/api/cases/{n}/replies", opened.number())
			.body(Map.of("text", "Buzón creado: recepcion@talleresebro.es.", "internal", false))
			.retrieve()
			.toBodilessEntity();

		MimeMessage agentReply = awaitMailTo("beatriz.lana@talleresebro.es", "Buzón creado");
		assertThat(addresses(agentReply, Message.RecipientType.TO)).containsExactly(opened.sender());
		assertThat(addresses(agentReply, Message.RecipientType.CC)).containsExactly("beatriz.lana@talleresebro.es");
		assertThat(agentReply.getFrom()[0].toString()).contains("b@jd-services.eu");
		assertThat(agentReply.getSubject()).isEqualTo(opened.ack().getSubject());
		assertThat(agentReply.getHeader("In-Reply-To", null)).isEqualTo("<" + reply.messageId() + ">");
		assertThat(agentReply.getHeader("References", null)).contains(opened.ack().getMessageID());
		assertThat(agentReply.getHeader("Auto-Submitted", null)).isNull();
		assertThat(getCase(opened.number()).get("contacts"))
			.isEqualTo(List.of(opened.sender(), "beatriz.lana@talleresebro.es"));
		assertThat(findingCodes(opened.number())).contains("CONTACT_ADDED");
	}

	@Test
	void replyToAClosedCaseGetsExactlyOneNoticeEvenWhenSentFiveTimes() throws Exception {
		Opened opened = open("lucia.sanz@talleresebro.es", "No sincroniza OneDrive");
		this.api.post()
			.uri("/api/cases/{n}/close", opened.number())
			.body(Map.of("resolution", "Reinstalado el cliente de OneDrive."))
			.retrieve()
			.toBodilessEntity();
		MimeMessage closure = awaitMailTo(opened.sender(), "Reinstalado el cliente");
		assertThat(closure.getContent().toString()).contains("no se reabrirá");

		for (int i = 0; i < 5; i++) {
			TestMails.Builder again = TestMails.from(opened.sender())
				.to("b@jd-services.eu")
				.subject("RE: " + closure.getSubject())
				.inReplyTo(closure)
				.body("Vuelve a fallar desde esta mañana, ¿pueden mirarlo?");
			send(again.build(), "b@jd-services.eu");
			awaitDecision(again.messageId());
		}

		await().pollDelay(java.time.Duration.ofMillis(500)).atMost(SECONDS_10).until(() -> true);
		assertThat(mailsTo(opened.sender(), "está cerrado")).hasSize(1);
		assertThat(getCase(opened.number())).containsEntry("status", "CLOSED");
	}

	@Test
	void muchasGraciasToAClosedCaseGetsNoNotice() throws Exception {
		Opened opened = open("beatriz.lana@talleresebro.es", "Licencia de Visio");
		this.api.post()
			.uri("/api/cases/{n}/close", opened.number())
			.body(Map.of("resolution", "Licencia asignada."))
			.retrieve()
			.toBodilessEntity();
		MimeMessage closure = awaitMailTo(opened.sender(), "Licencia asignada");
		TestMails.Builder thanks = TestMails.from(opened.sender())
			.to("b@jd-services.eu")
			.subject("RE: " + closure.getSubject())
			.inReplyTo(closure)
			.body("¡Muchas gracias!\n\nBeatriz" + OUTLOOK_HISTORY.formatted(closure.getSubject()));

		send(thanks.build(), "b@jd-services.eu");

		assertThat(awaitDecision(thanks.messageId())).containsEntry("decision", "IGNORED")
			.containsEntry("reasons", List.of("THANKS_AFTER_CLOSE"));
		Thread.sleep(500);
		assertThat(mailsTo(opened.sender(), "está cerrado")).isEmpty();
	}

	@Test
	void outOfOfficeReplyToOurAcknowledgementOpensNothingAndGetsNoAnswer() throws Exception {
		Opened opened = open("mario.pueyo@talleresebro.es", "Teclado del puesto 4");
		long cases = totalCases();
		int mails = relay.received().size();
		TestMails.Builder outOfOffice = TestMails.from(opened.sender())
			.to("b@jd-services.eu")
			.subject("Respuesta automática: " + opened.ack().getSubject())
			.inReplyTo(opened.ack())
			.header("Auto-Submitted", "auto-replied")
			.header("X-Auto-Response-Suppress", "All")
			.body("Estoy fuera de la oficina hasta el lunes.");

		send(outOfOffice.build(), "b@jd-services.eu");

		assertThat(awaitDecision(outOfOffice.messageId())).containsEntry("decision", "IGNORED")
			.containsEntry("reasons", List.of("AUTO_REPLY"))
			.containsEntry("caseNumber", (int) opened.number());
		Thread.sleep(500);
		assertThat(totalCases()).isEqualTo(cases);
		assertThat(relay.received()).hasSize(mails);
	}

	@Test
	void autoResponderThatAnswersEveryAcknowledgementWithANewMailIsStoppedAtTheCap() throws Exception {
		String robot = "robot." + UUID.randomUUID().toString().substring(0, 6) + "@autoresponder.test";
		List<String> ids = new java.util.ArrayList<>();
		for (int i = 1; i <= 12; i++) {
			TestMails.Builder mail = TestMails.from(robot)
				.to("c@jd-services.eu")
				.subject("Ticket received " + i + " " + robot)
				.body("Your message has been received by our ticket system, reference " + i + ".");
			send(mail.build(), "c@jd-services.eu");
			ids.add(mail.messageId());
			awaitDecision(mail.messageId());
		}

		Thread.sleep(500);
		assertThat(mailsTo(robot, "")).hasSize(10);
		assertThat((List<Object>) inbound(ids.get(10)).get(0).get("reasons")).contains("LOOP_LIMIT");
		assertThat(inbound(ids.get(11)).get(0)).containsEntry("decision", "CASE_OPENED");
	}

	@Test
	void separateNewMailAboutAnOpenCaseIsAppendedWithAReminderToReplyAll() throws Exception {
		Opened opened = open("lucia.sanz@talleresebro.es", "Wifi de la sala de reuniones");
		TestMails.Builder separate = TestMails.from(opened.sender())
			.to("b@jd-services.eu")
			.subject("Foto del router [Caso #" + opened.number() + "]")
			.body("Les mando la foto del router que me pidieron.");

		send(separate.build(), "b@jd-services.eu");

		assertThat(awaitDecision(separate.messageId())).containsEntry("decision", "APPENDED")
			.containsEntry("reasons", List.of("SEPARATE_MAIL"));
		assertThat(awaitMailTo(opened.sender(), "Hemos añadido su correo al caso #" + opened.number()).getContent()
			.toString()).contains("Responder a todos");
	}

	@Test
	void replyAboutAnotherCaseIsAppendedWithAReminder() throws Exception {
		Opened first = open("mario.pueyo@talleresebro.es", "Escáner no envía a carpeta");
		Opened second = open("mario.pueyo@talleresebro.es", "Pantalla parpadea en contabilidad");
		TestMails.Builder reply = TestMails.from(second.sender())
			.to("b@jd-services.eu")
			.subject("RE: " + second.ack().getSubject())
			.inReplyTo(second.ack())
			.body("La pantalla sigue igual. Por cierto, ¿cómo va el caso " + first.number() + " del escáner?");

		send(reply.build(), "b@jd-services.eu");

		assertThat(awaitDecision(reply.messageId())).containsEntry("reasons", List.of("OTHER_CASE_MENTIONED"));
		assertThat(awaitMailTo(second.sender(), "menciona #" + first.number())).isNotNull();
	}

	@Test
	void newCaseCitingAClosedCaseIsLinkedAsRecurrence() throws Exception {
		Opened earlier = open("lucia.sanz@talleresebro.es", "Outlook se cierra al abrir adjuntos");
		this.api.post()
			.uri("/api/cases/{n}/close", earlier.number())
			.body(Map.of("resolution", "Actualizado Office."))
			.retrieve()
			.toBodilessEntity();

		Opened again = open("lucia.sanz@talleresebro.es", "Otra vez Outlook se cierra (caso " + earlier.number() + ")");

		assertThat(getCase(again.number()).get("links"))
			.isEqualTo(List.of(Map.of("type", "RECURRENCE", "number", (int) earlier.number())));
		assertThat(findingCodes(again.number())).contains("RECURRENCE");
	}

	@Test
	void askingForInformationWaitsForTheCustomerAndTheirReplyReopensTheCase() throws Exception {
		Opened opened = open("james.reid@harbour-analytics.co.uk", "Shared calendar not updating");
		this.api.post()
			.uri("/api/cases/{n}/request-info", opened.number())
			.body(Map.of("text", "Which calendar is it, and since when?"))
			.retrieve()
			.toBodilessEntity();
		assertThat(getCase(opened.number())).containsEntry("status", "WAITING_FOR_CUSTOMER");
		MimeMessage question = awaitMailTo(opened.sender(), "Which calendar is it");
		assertThat(question.getContent().toString()).contains("To move case #" + opened.number() + " forward");

		TestMails.Builder answer = TestMails.from(opened.sender())
			.to("b@jd-services.eu")
			.subject("Re: " + question.getSubject())
			.inReplyTo(question)
			.body("The 'Board' calendar, since Monday.");
		send(answer.build(), "b@jd-services.eu");

		assertThat(awaitDecision(answer.messageId())).containsEntry("decision", "APPENDED");
		assertThat(getCase(opened.number())).containsEntry("status", "OPEN");
	}

	@Test
	void internalNoteIsOnTheCaseButNeverLeaves() throws Exception {
		Opened opened = open("mario.pueyo@talleresebro.es", "Disco lleno en el NAS");
		int mails = relay.received().size();

		this.api.post()
			.uri("/api/cases/{n}/replies", opened.number())
			.body(Map.of("text", "Nota: el NAS es de 2017, proponer renovación.", "internal", true))
			.retrieve()
			.toBodilessEntity();

		assertThat(lastMessage(opened.number())).containsEntry("direction", "NOTE")
			.containsEntry("author", "admin@jd-services.eu");
		Thread.sleep(500);
		assertThat(relay.received()).hasSize(mails);
	}

	@Test
	void severityChangeIsToldToTheContactsFromTheNewAddress() throws Exception {
		Opened opened = open("beatriz.lana@talleresebro.es", "Web de la tienda lenta");

		this.api.patch()
			.uri("/api/cases/{n}", opened.number())
			.body(Map.of("severity", "A", "team", "web"))
			.retrieve()
			.toBodilessEntity();

		MimeMessage notice = awaitMailTo(opened.sender(), "de B a A");
		assertThat(notice.getFrom()[0].toString()).contains("a@jd-services.eu");
		assertThat(getCase(opened.number())).containsEntry("severity", "A").containsEntry("team", "web");
	}

	@Test
	void cancellingTellsTheContacts() throws Exception {
		Opened opened = open("lucia.sanz@talleresebro.es", "Cambio de fondo de pantalla");

		this.api.post()
			.uri("/api/cases/{n}/cancel", opened.number())
			.body(Map.of("reason", "Lo ha resuelto el propio equipo."))
			.retrieve()
			.toBodilessEntity();

		assertThat(awaitMailTo(opened.sender(), "Hemos cancelado el caso #" + opened.number())).isNotNull();
		assertThat(getCase(opened.number())).containsEntry("status", "CANCELLED");
	}

	@Test
	void bounceOfOurMailIsKeptOnItsCaseAndMarksTheContactAsFailing() throws Exception {
		Opened opened = open("mario.pueyo@talleresebro.es", "Acceso remoto para proveedor",
				"lucia.sanz@talleresebro.es");
		String boundary = "bounce-" + UUID.randomUUID();
		TestMails.Builder bounce = TestMails.from("Mail Delivery System <MAILER-DAEMON@mx.talleresebro.es>")
			.to("b@jd-services.eu")
			.subject("Undelivered Mail Returned to Sender")
			.header("Auto-Submitted", "auto-replied")
			.header("Content-Type", "multipart/report; report-type=delivery-status; boundary=\"" + boundary + "\"")
			.body("--" + boundary + "\nContent-Type: text/plain\n\nThe mail could not be delivered.\n\n--" + boundary
					+ "\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.talleresebro.es\n\n"
					+ "Final-Recipient: rfc822; lucia.sanz@talleresebro.es\nAction: failed\nStatus: 5.1.1\n"
					+ "Diagnostic-Code: smtp; 550 5.1.1 <lucia.sanz@talleresebro.es>: user unknown\n\n--" + boundary
					+ "\nContent-Type: text/rfc822-headers\n\nMessage-ID: " + opened.ack().getMessageID()
					+ "\nSubject: " + opened.ack().getSubject() + "\n\n--" + boundary + "--");

		send(withoutMimeHeaders(bounce.build()), "b@jd-services.eu");

		assertThat(awaitDecision(bounce.messageId())).containsEntry("decision", "IGNORED")
			.containsEntry("reasons", List.of("AUTO_REPLY"))
			.containsEntry("caseNumber", (int) opened.number());
		assertThat(getCase(opened.number()).get("failingContacts")).asInstanceOf(InstanceOfAssertFactories.LIST)
			.singleElement()
			.asInstanceOf(InstanceOfAssertFactories.MAP)
			.containsEntry("email", "lucia.sanz@talleresebro.es")
			.containsEntry("reason", "550 5.1.1 <lucia.sanz@talleresebro.es>: user unknown")
			.containsEntry("mail", "BOUNCE")
			.containsKey("at");
		assertThat(lastMessage(opened.number())).containsEntry("kind", "BOUNCE");
	}

	@Test
	void mailToAMergedCaseThreadsToTheSurvivor() throws Exception {
		Opened merged = open("mario.pueyo@talleresebro.es", "Correo no llega (1)");
		Opened survivor = open("mario.pueyo@talleresebro.es", "Correo no llega (2)");
		this.api.post()
			.uri("/api/cases/{n}/merge", merged.number())
			.body(Map.of("into", survivor.number()))
			.retrieve()
			.toBodilessEntity();
		TestMails.Builder reply = TestMails.from(merged.sender())
			.to("b@jd-services.eu")
			.subject("RE: " + merged.ack().getSubject())
			.inReplyTo(merged.ack())
			.body("Sigue sin llegar.");

		send(reply.build(), "b@jd-services.eu");

		assertThat(awaitDecision(reply.messageId())).containsEntry("caseNumber", (int) survivor.number());
		assertThat(list(getCase(merged.number()).get("links")))
			.contains(Map.of("type", "MERGED_INTO", "number", (int) survivor.number()));
		assertThat(messages(survivor.number())).extracting((m) -> m.get("text").toString())
			.anyMatch((text) -> text.contains("Sigue sin llegar"));
	}

	@Test
	void splittingMovesTheChosenMessagesToANewCase() throws Exception {
		Opened opened = open("lucia.sanz@talleresebro.es", "Impresora y escáner");
		TestMails.Builder reply = TestMails.from(opened.sender())
			.to("b@jd-services.eu")
			.subject("RE: " + opened.ack().getSubject())
			.inReplyTo(opened.ack())
			.body("Y el escáner tampoco funciona.");
		send(reply.build(), "b@jd-services.eu");
		awaitDecision(reply.messageId());
		Object messageId = lastMessage(opened.number()).get("id");

		Map<String, Object> created = this.api.post()
			.uri("/api/cases/{n}/split", opened.number())
			.body(Map.of("messageIds", List.of(messageId)))
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});

		assertThat(created.get("links"))
			.isEqualTo(List.of(Map.of("type", "SPLIT_FROM", "number", (int) opened.number())));
		assertThat(list(created.get("messages"))).singleElement()
			.satisfies((message) -> assertThat(message.get("text").toString()).contains("escáner tampoco"));
		assertThat(messages(opened.number())).noneMatch((message) -> message.get("id").equals(messageId));
	}

	@Test
	void linkedCasesShowTheLinkOnBothSides() throws Exception {
		Opened one = open("mario.pueyo@talleresebro.es", "Switch de la planta 1 reinicia");
		Opened other = open("lucia.sanz@talleresebro.es", "Cortes de red en la planta 1");

		this.api.post()
			.uri("/api/cases/{n}/links", one.number())
			.body(Map.of("number", other.number(), "type", "related"))
			.retrieve()
			.toBodilessEntity();

		assertThat(list(getCase(one.number()).get("links")))
			.contains(Map.of("type", "RELATED", "number", (int) other.number()));
		assertThat(list(getCase(other.number()).get("links")))
			.contains(Map.of("type", "RELATED", "number", (int) one.number()));
	}

	@Test
	void searchFindsACaseByNumberContactOrganisationAndText() throws Exception {
		Opened opened = open("lucia.sanz@talleresebro.es", "Lector de tarjetas del almacén");

		assertThat(searched("#" + opened.number())).contains(opened.number());
		assertThat(searched(opened.sender())).contains(opened.number());
		assertThat(searched("talleres ebro")).contains(opened.number());
		assertThat(searched("lector de tarjetas del almac")).contains(opened.number());
	}

	List<Long> searched(String text) {
		Map<String, Object> page = this.api.get()
			.uri("/api/cases?size=500&q={q}", text)
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
		return list(page.get("items")).stream().map((item) -> ((Number) item.get("number")).longValue()).toList();
	}

	@Test
	void actionsOnUnknownOrClosedCasesAreRefusedClearly() throws Exception {
		Opened opened = open("mario.pueyo@talleresebro.es", "Ratón inalámbrico");
		this.api.post()
			.uri("/api/cases/{n}/close", opened.number())
			.body(Map.of("resolution", "Pilas nuevas."))
			.retrieve()
			.toBodilessEntity();

		ResponseEntity<Map<String, Object>> unknown = post("/api/cases/999999999/replies", Map.of("text", "hola"));
		ResponseEntity<Map<String, Object>> closed = post("/api/cases/" + opened.number() + "/replies",
				Map.of("text", "hola"));
		ResponseEntity<Map<String, Object>> empty = post("/api/cases/" + opened.number() + "/replies", Map.of());

		assertThat(unknown.getStatusCode().value()).isEqualTo(404);
		assertThat(unknown.getBody().get("detail").toString()).contains("999999999");
		assertThat(closed.getStatusCode().value()).isEqualTo(409);
		assertThat(closed.getBody().get("detail").toString()).contains("CLOSED");
		assertThat(empty.getStatusCode().value()).isEqualTo(400);
	}

	@Test
	void everyMailToTheContactsGreetsTheRequesterByTheirName() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		String mario = "mario.pueyo+" + tag + "@talleresebro.es";
		String subject = "Saludos por nombre " + tag;
		assertThat(send(TestMails.from("Mario Pueyo <" + mario + ">")
			.to("b@jd-services.eu")
			.subject(subject)
			.body("Buenos días, el escáner de la planta 2 no envía los documentos por correo.")
			.build(), "b@jd-services.eu")).startsWith("250");
		long number = caseNumberOf(awaitAck(subject));
		post("/api/cases/" + number + "/replies", Map.of("text", "Lo estamos mirando."));
		post("/api/cases/" + number + "/request-info", Map.of("text", "¿Desde cuándo pasa?"));
		this.api.patch().uri("/api/cases/{n}", number).body(Map.of("severity", "A")).retrieve().toBodilessEntity();
		post("/api/cases/" + number + "/close", Map.of("resolution", "Reconfigurado el escáner."));

		for (String text : List.of("hemos abierto el caso #" + number, "Lo estamos mirando.", "¿Desde cuándo pasa?",
				"Hemos cerrado el caso #" + number)) {
			assertThat(awaitMailTo(mario, text).getContent().toString()).as("mail with %s", text)
				.startsWith("Hola Mario:");
		}
		assertThat(mailsTo(mario, "Hemos cambiado la gravedad").stream().map(this::content)).isNotEmpty()
			.allSatisfy((content) -> assertThat(content).startsWith("Hola Mario:"));
	}

	private String content(MimeMessage message) {
		try {
			return message.getContent().toString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	record Opened(long number, MimeMessage ack, String sender) {
	}

	/**
	 * Opens a case from a fresh address of the person's organisation (plus-addressing),
	 * so that the per-sender cap on automatic mail never interferes between scenarios.
	 */
	Opened open(String person, String subject, String... cc) throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		String from = person.replace("@", "+" + tag + "@");
		String unique = subject + " " + tag;
		TestMails.Builder mail = TestMails.from(from)
			.to("b@jd-services.eu")
			.cc(cc)
			.subject(unique)
			.body(from.contains("harbour")
					? "Hello, " + subject.toLowerCase() + ". Could you please have a look? Thanks."
					: "Buenos días, " + subject.toLowerCase() + ". Gracias.");
		assertThat(send(mail.build(), "b@jd-services.eu")).startsWith("250");
		MimeMessage ack = awaitAck(unique);
		return new Opened(caseNumberOf(ack), ack, from);
	}

	Map<String, Object> awaitDecision(String messageId) {
		await().atMost(SECONDS_10)
			.until(() -> !inbound(messageId).isEmpty() && inbound(messageId).get(0).get("decision") != null);
		return inbound(messageId).get(0);
	}

	MimeMessage awaitMailTo(String recipient, String text) {
		await().atMost(SECONDS_10).until(() -> !mailsTo(recipient, text).isEmpty());
		List<MimeMessage> found = mailsTo(recipient, text);
		return found.get(found.size() - 1);
	}

	List<MimeMessage> mailsTo(String recipient, String text) {
		return relay.received().stream().filter((message) -> {
			try {
				boolean addressed = java.util.Arrays.stream(message.getAllRecipients())
					.anyMatch((address) -> address.toString().contains(recipient));
				return addressed && message.getContent().toString().contains(text);
			}
			catch (Exception ex) {
				return false;
			}
		}).toList();
	}

	List<Map<String, Object>> messages(long number) {
		return list(getCase(number).get("messages"));
	}

	Map<String, Object> lastMessage(long number) {
		List<Map<String, Object>> messages = messages(number);
		return messages.get(messages.size() - 1);
	}

	List<Object> findingCodes(long number) {
		return list(getCase(number).get("findings")).stream().map((finding) -> finding.get("code")).toList();
	}

	long totalCases() {
		Map<String, Object> page = this.api.get()
			.uri("/api/cases?size=1")
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
		return ((Number) page.get("total")).longValue();
	}

	ResponseEntity<Map<String, Object>> post(String path, Object body) {
		return this.api.post()
			.uri(path)
			.header("Accept-Language", "en")
			.body(body)
			.retrieve()
			.onStatus(HttpStatusCode::isError, (request, reply) -> {
			})
			.toEntity(new ParameterizedTypeReference<>() {
			});
	}

	/**
	 * The builder writes its own MIME headers; a hand-made multipart keeps only the first
	 * Content-Type.
	 */
	static byte[] withoutMimeHeaders(byte[] mail) {
		String text = new String(mail, java.nio.charset.StandardCharsets.UTF_8);
		text = text.replace("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n"
				+ "Content-Transfer-Encoding: 8bit\r\n", "MIME-Version: 1.0\r\n");
		return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
	}

}
