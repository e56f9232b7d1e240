package eu.jdservices.caso;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import eu.jdservices.caso.support.TestMails;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The guideline checks at intake, end to end over SMTP: the decision, what is stored on
 * the case and the notice or acknowledgement text the customer receives.
 */
abstract class GuidelineScenarios extends MailScenarios {

	@Test
	void mailFromASharedMailboxOpensNoCaseAndTheSenderIsToldWhy() throws Exception {
		Sent sent = send("administracion@talleresebro.es", "c@jd-services.eu", "Factura de octubre duplicada",
				"Nos han llegado dos facturas de octubre con el mismo importe. ¿Pueden anular una?");

		assertThat(decision(sent)).containsEntry("decision", "REJECTED")
			.containsEntry("reasons", List.of("SHARED_MAILBOX"))
			.containsEntry("caseNumber", null);
		String notice = noticeTo("administracion@talleresebro.es", "buzón compartido");
		assertThat(notice).contains("punto 1.3", "/guidelines?lang=es#S1.3");
	}

	@Test
	void theGuidelineLinkInAnAcknowledgementOpensThePageAtThatRuleInTheCustomersLanguageWithoutSignIn()
			throws Exception {
		Sent sent = send("priya.shah@harbouranalytics.com", "c@jd-services.eu", "Help",
				"Hello, the shared calendar of the sales team no longer shows the meetings of last week. Thanks.");

		String ack = ackFor(sent);
		java.util.regex.Matcher link = java.util.regex.Pattern.compile("http\\S*/guidelines\\?lang=en#S1\\.7")
			.matcher(ack);
		assertThat(link.find()).as("a link to rule S1.7 in English in:%n%s", ack).isTrue();
		String path = link.group().replaceFirst("^https?://[^/]+", "").replaceFirst("#.*$", "");
		org.springframework.http.ResponseEntity<String> page = RestClient.create("http://127.0.0.1:" + this.webPort)
			.get()
			.uri(path)
			.retrieve()
			.toEntity(String.class);
		assertThat(page.getStatusCode().value()).isEqualTo(200);
		assertThat(page.getBody()).contains("<html lang=\"en\"", "id=\"S1.7\"", "A unique, descriptive subject");
	}

	@Test
	void mailSentOnBehalfOfSomeoneElseOpensNoCase() throws Exception {
		String from = unique("mario.pueyo@talleresebro.es");
		TestMails.Builder mail = TestMails.from(from)
			.to("c@jd-services.eu")
			.header("Sender", "asistente@talleresebro.es")
			.subject("Cambio de impresora predeterminada en el puesto de Mario")
			.body("Queremos que la impresora predeterminada de Mario sea la de la planta 2.");

		Sent sent = send(mail, "c@jd-services.eu");

		assertThat(decision(sent)).containsEntry("decision", "REJECTED").containsEntry("reasons", List.of("ON_BEHALF"));
		assertThat(noticeTo(from, "punto 1.3")).isNotEmpty();
	}

	@Test
	void contractingByAMemberIsRefusedNamingWhoMayAsk() throws Exception {
		String from = "mario.pueyo@talleresebro.es";
		Sent sent = send(from, "c@jd-services.eu", "Contratar copias de seguridad en la nube " + tag(),
				"Hola, queremos contratar el servicio de copias de seguridad en la nube para toda la empresa.");

		assertThat(decision(sent)).containsEntry("decision", "REJECTED")
			.containsEntry("reasons", List.of("NOT_AUTHORIZED"));
		String notice = noticeTo(from, "representante");
		assertThat(notice).contains("Beatriz Lana").doesNotContain("beatriz.lana@");
	}

	@Test
	void unknownSenderOpensACaseFlaggedForIdentityCheckAndTheirPhoneIsKept() throws Exception {
		String from = "marta." + tag() + "@gmail.test";
		Sent sent = send(from, "b@jd-services.eu", "No puedo entrar en la intranet de Talleres Ebro " + tag(),
				"Escribo desde mi correo personal porque el de la empresa no funciona. No puedo entrar en la "
						+ "intranet desde esta mañana, sale el error \"Acceso denegado\". Mi móvil es +34 612 345 678.");

		Map<String, Object> record = decision(sent);
		assertThat(record).containsEntry("decision", "CASE_OPENED");
		assertThat((List<Object>) record.get("reasons")).contains("UNKNOWN_SENDER");
		Map<String, Object> opened = getCase(((Number) record.get("caseNumber")).longValue());
		assertThat(codes(opened)).contains("UNKNOWN_SENDER");
		assertThat(opened.get("alternativeContacts").toString()).contains("612");
		assertThat(ackFor(sent)).contains("verificará su identidad");
	}

	@Test
	void unknownAddressOnACustomersDomainBecomesAContact() throws Exception {
		String from = "nuevo." + tag() + "@talleresebro.es";
		Sent sent = send(from, "c@jd-services.eu", "Acceso a la carpeta de planos del taller " + tag(),
				"Buenos días, soy nuevo en el taller y no veo la carpeta compartida de planos en el explorador.");

		Map<String, Object> record = decision(sent);
		assertThat(record).containsEntry("decision", "CASE_OPENED");
		assertThat((List<Object>) record.get("reasons")).doesNotContain("UNKNOWN_SENDER");
		Map<String, Object> contact = this.api.get()
			.uri("/api/directory/contacts/{email}", from)
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
		assertThat(contact).containsEntry("organization", "Talleres Ebro SA");
	}

	@Test
	void vagueAllCapsSubjectIsFlaggedAndStoredInNormalCase() throws Exception {
		Sent sent = send(unique("lucia.sanz@talleresebro.es"), "c@jd-services.eu", "AYUDA",
				"No me deja imprimir en la impresora de la planta 2 desde el portátil, dice que está sin conexión.");

		Map<String, Object> opened = getCase(caseOf(sent));
		assertThat(codes(opened)).contains("VAGUE_SUBJECT");
		assertThat(opened.get("subject")).isEqualTo("Ayuda");
		assertThat(ackFor(sent)).contains("punto 1.7");
	}

	@Test
	void mailThatOnlyAsksForACallIsAskedForDetailsInWriting() throws Exception {
		Sent sent = send(unique("mario.pueyo@talleresebro.es"), "c@jd-services.eu", "Llamada " + tag(),
				"Hola, ¿pueden llamarme cuando puedan? Gracias.");

		assertThat(codes(getCase(caseOf(sent)))).contains("CALL_REQUEST_ONLY");
		assertThat(ackFor(sent)).contains("punto 1.8");
	}

	@Test
	void incidentWithoutDetailsGetsTheMissingItemsAsQuestions() throws Exception {
		Sent sent = send(unique("mario.pueyo@talleresebro.es"), "b@jd-services.eu",
				"Teams no funciona en recepción " + tag(), "Teams no funciona en recepción.");

		assertThat(codes(getCase(caseOf(sent)))).contains("MISSING_INCIDENT_DETAILS");
		assertThat(ackFor(sent)).contains("¿Cuándo empezó el problema (fecha y hora)?",
				"¿Qué mensaje de error aparece");
	}

	@Test
	void severalUnrelatedMattersAreFlagged() throws Exception {
		Sent sent = send(unique("lucia.sanz@talleresebro.es"), "c@jd-services.eu", "Varias cosas " + tag(), """
				Hola:

				1. El correo del móvil no sincroniza desde ayer.
				2. La impresora de la planta 2 no imprime en color.
				3. Necesitamos cambiar el logotipo de la web.

				Gracias.""");

		assertThat(codes(getCase(caseOf(sent)))).contains("MULTIPLE_MATTERS");
		assertThat(ackFor(sent)).contains("punto 1.6");
	}

	@Test
	void attachmentOverFiveMegabytesIsNotAddedToTheCaseButTheRawMailIsKept() throws Exception {
		String from = unique("mario.pueyo@talleresebro.es");
		String boundary = "b-" + UUID.randomUUID();
		byte[] video = new byte[5 * 1024 * 1024 + 200_000];
		byte[] screenshot = "PNG-bytes".getBytes(StandardCharsets.US_ASCII);
		String body = "--" + boundary + "\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
				+ "El ERP se cierra al guardar pedidos desde el lunes; adjunto vídeo y captura.\r\n--" + boundary
				+ "\r\nContent-Type: video/mp4; name=\"grabacion.mp4\"\r\nContent-Disposition: attachment; "
				+ "filename=\"grabacion.mp4\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
				+ Base64.getMimeEncoder().encodeToString(video) + "\r\n--" + boundary
				+ "\r\nContent-Type: image/png; name=\"captura.png\"\r\nContent-Disposition: attachment; "
				+ "filename=\"captura.png\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
				+ Base64.getMimeEncoder().encodeToString(screenshot) + "\r\n--" + boundary + "--\r\n";
		TestMails.Builder mail = TestMails.from(from)
			.to("b@jd-services.eu")
			.subject("ERP se cierra al guardar pedidos " + tag())
			.header("Content-Type", "multipart/mixed; boundary=\"" + boundary + "\"")
			.body(body);

		Sent sent = send(new Sent(mail.messageId(), ConversationScenarios.withoutMimeHeaders(mail.build())),
				"b@jd-services.eu");

		Map<String, Object> opened = getCase(caseOf(sent));
		assertThat(codes(opened)).contains("ATTACHMENT_TOO_LARGE");
		assertThat(list(list(opened.get("messages")).get(0).get("attachments"))).extracting((a) -> a.get("name"))
			.containsExactly("captura.png");
		assertThat(ackFor(sent)).contains("grabacion.mp4");
		long stored = this.jdbc.sql("SELECT size_bytes FROM intake_mail WHERE message_id = :id")
			.param("id", sent.messageId())
			.query(Long.class)
			.single();
		assertThat(stored).isGreaterThan(video.length);
	}

	@Test
	void passwordsAndBankDetailsAreRedactedInTheStoredCase() throws Exception {
		Sent sent = send(unique("lucia.sanz@talleresebro.es"), "c@jd-services.eu",
				"Cambio de cuenta para domiciliación " + tag(), """
						Buenos días:

						Queremos domiciliar los recibos en la cuenta ES91 2100 0418 4502 0005 1332.
						Para entrar en el portal de facturas la contraseña: Taller2026!

						Gracias.""");

		Map<String, Object> opened = getCase(caseOf(sent));
		Map<String, Object> message = list(opened.get("messages")).get(0);
		assertThat(message.get("text").toString()).doesNotContain("Taller2026!", "2100 0418 4502")
			.contains("[REDACTED:PASSWORD]");
		assertThat((List<Object>) message.get("redactions")).contains("PASSWORD", "IBAN");
		assertThat(codes(opened)).contains("SENSITIVE_DATA");
		assertThat(ackFor(sent)).contains("cambie cuanto antes la contraseña");
	}

	@Test
	void newCaseOnTheSameMatterAsAnOpenCaseOfTheOrganisationIsFlaggedAndLinked() throws Exception {
		String subject = "Servidor de ficheros muy lento en el taller " + tag();
		String text = "Desde esta mañana abrir cualquier archivo del servidor de ficheros tarda más de un minuto.";
		long first = caseOf(send(unique("mario.pueyo@talleresebro.es"), "b@jd-services.eu", subject, text));

		Sent second = send(unique("lucia.sanz@talleresebro.es"), "b@jd-services.eu", subject, text);

		Map<String, Object> opened = getCase(caseOf(second));
		assertThat(codes(opened)).contains("DUPLICATE_OPEN_CASE");
		assertThat(list(opened.get("links"))).contains(Map.of("type", "DUPLICATE_OPEN_CASE", "number", (int) first));
		assertThat(ackFor(second)).contains("#" + first);
	}

	@Test
	void billingRequestToTheCriticalAddressIsAHintForAgentsOnly() throws Exception {
		// a change of billing is for a representative (S1.3): anyone else's is refused
		String representative = unique("beatriz.lana@talleresebro.es");
		importCsv("organization,domain,email,name,role,manager_email,language,phone,shared_mailbox\n"
				+ "Talleres Ebro SA,talleresebro.es," + representative + ",Beatriz Lana,representative,,es,,false\n");
		Sent sent = send(representative, "a@jd-services.eu", "Solicitud de cambio a facturación anual " + tag(),
				"Queremos pasar el hosting a facturación anual a partir del próximo mes.");

		Map<String, Object> opened = getCase(caseOf(sent));
		assertThat(codes(opened)).contains("SEVERITY_MISMATCH");
		assertThat(ackFor(sent)).doesNotContain("SEVERITY_MISMATCH", "gravedad C sugerida");
	}

	@Test
	void severityACaseIsToldToTheTopExecutiveAndTheOnCallAgents() throws Exception {
		Sent sent = send(unique("mario.pueyo@talleresebro.es"), "a@jd-services.eu",
				"Ningún usuario puede enviar correos " + tag(),
				"Desde las 9:00 ningún usuario puede enviar ni recibir correos, Outlook da el error 0x800CCC0E.");
		long number = caseOf(sent);

		MimeMessage toExecutive = awaitSubject("beatriz.lana@talleresebro.es", "[Caso #" + number + "]");
		assertThat(toExecutive.getSubject()).contains("gravedad A");
		assertThat(toExecutive.getContent().toString()).contains("#" + number, "Solicitante: mario.pueyo+");
		assertThat(awaitSubject("guardia@jd-services.eu", "[Caso #" + number + "]")).isNotNull();
	}

	@Test
	void aQuestionToCGetsMatchingArticlesAndFollowingTheirYesLinkClosesTheCase() throws Exception {
		String tag = tag();
		Map<String, Object> written = this.api.post()
			.uri("/api/kb/articles")
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.body(Map.of("language", "es", "title", "Cambiar la firma de correo en Outlook " + tag, "body",
					"En Outlook, abra **Archivo > Opciones > Correo > Firmas** y edite la firma.", "category", "Correo",
					"visibility", "PUBLIC"))
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
		String url = (String) written.get("url");

		Sent question = send(unique("mario.pueyo@talleresebro.es"), "c@jd-services.eu",
				"¿Cómo cambio la firma de correo en Outlook? " + tag,
				"Hola, ¿me pueden decir cómo cambio la firma del correo en Outlook? Gracias.");
		Sent unrelated = send(unique("mario.pueyo@talleresebro.es"), "c@jd-services.eu",
				"¿Cuándo caduca el certificado de la web? " + tag,
				"¿Podrían decirme cuándo caduca el certificado SSL de nuestra tienda online?");

		String ack = ackFor(question);
		assertThat(ack).contains("podrían responder a su pregunta", "Cambiar la firma de correo en Outlook " + tag, url,
				"/kb/suggestions/answer?case=");
		long number = caseOf(question);
		assertThat(codes(getCase(number))).contains("KB_SUGGESTED");
		assertThat(ackFor(unrelated)).doesNotContain("/kb/");
		assertThat(codes(getCase(caseOf(unrelated)))).doesNotContain("KB_SUGGESTED");

		java.util.regex.Matcher yes = java.util.regex.Pattern
			.compile("http\\S*/kb/suggestions/answer\\?(case=\\d+&article=\\d+&helpful=true\\S*)")
			.matcher(ack);
		assertThat(yes.find()).isTrue();
		RestClient browser = RestClient.create("http://127.0.0.1:" + this.webPort);
		String confirm = browser.get().uri("/kb/suggestions/answer?" + yes.group(1)).retrieve().body(String.class);
		assertThat(confirm).contains("cerraremos el caso #" + number);
		String done = browser.post().uri("/kb/suggestions/answer?" + yes.group(1)).retrieve().body(String.class);
		assertThat(done).contains("Hemos cerrado el caso #" + number);
		await().atMost(SECONDS_10).until(() -> "CLOSED".equals(getCase(number).get("status")));
		assertThat(browser.post().uri("/kb/suggestions/answer?" + yes.group(1)).retrieve().body(String.class))
			.contains("Ya nos había respondido");
	}

	@Test
	void theKnowledgeBaseApiRefusesWhatItCannotStoreFieldByField() {
		org.springframework.http.ResponseEntity<String> refused = this.api.post()
			.uri("/api/kb/articles")
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.body(Map.of("language", "fr", "title", "", "category", "Correo", "visibility", "PUBLIC"))
			.exchange((request, response) -> org.springframework.http.ResponseEntity.status(response.getStatusCode())
				.body(new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
		assertThat(refused.getStatusCode().value()).isEqualTo(400);
		assertThat(refused.getBody()).contains("\"language\"", "\"title\"", "\"body\"");

		int missing = this.api.put()
			.uri("/api/kb/articles/{id}", 987654321)
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.body(Map.of("published", false))
			.exchange((request, response) -> response.getStatusCode().value());
		assertThat(missing).isEqualTo(404);
	}

	record Sent(String messageId, byte[] raw) {
	}

	Sent send(String from, String to, String subject, String text) throws Exception {
		return send(TestMails.from(from).to(to).subject(subject).body(text), to);
	}

	Sent send(TestMails.Builder mail, String to) throws Exception {
		return send(new Sent(mail.messageId(), mail.build()), to);
	}

	Sent send(Sent sent, String to) throws Exception {
		assertThat(send(sent.raw(), to)).startsWith("250");
		return sent;
	}

	Map<String, Object> decision(Sent sent) {
		await().atMost(SECONDS_10)
			.until(() -> !inbound(sent.messageId()).isEmpty()
					&& inbound(sent.messageId()).get(0).get("decision") != null);
		return inbound(sent.messageId()).get(0);
	}

	long caseOf(Sent sent) {
		Object number = decision(sent).get("caseNumber");
		assertThat(number).as("case opened for %s", sent.messageId()).isNotNull();
		return ((Number) number).longValue();
	}

	/** The text of the acknowledgement of the case the mail opened. */
	String ackFor(Sent sent) throws Exception {
		long number = caseOf(sent);
		await().atMost(SECONDS_10).until(() -> answering(sent, number).isPresent());
		return answering(sent, number).get().getContent().toString();
	}

	/** Our mail about the case that answers the customer's mail (the acknowledgement). */
	private static java.util.Optional<MimeMessage> answering(Sent sent, long number) {
		return relay.withSubjectContaining("[Caso #" + number + "]").stream().filter((message) -> {
			try {
				return ("<" + sent.messageId() + ">").equals(message.getHeader("In-Reply-To", null));
			}
			catch (jakarta.mail.MessagingException ex) {
				return false;
			}
		}).findFirst();
	}

	String noticeTo(String recipient, String text) {
		await().atMost(SECONDS_10).until(() -> !textsTo(recipient, text).isEmpty());
		return textsTo(recipient, text).get(0);
	}

	MimeMessage awaitSubject(String recipient, String subject) {
		await().atMost(SECONDS_10).until(() -> relay.received().stream().anyMatch((m) -> to(m, recipient, subject)));
		return relay.received().stream().filter((m) -> to(m, recipient, subject)).findFirst().orElseThrow();
	}

	private static boolean to(MimeMessage message, String recipient, String subject) {
		try {
			return message.getSubject().contains(subject) && java.util.Arrays.stream(message.getAllRecipients())
				.anyMatch((address) -> address.toString().contains(recipient));
		}
		catch (Exception ex) {
			return false;
		}
	}

	List<String> textsTo(String recipient, String text) {
		return relay.received().stream().filter((message) -> to(message, recipient, "")).map((message) -> {
			try {
				return message.getContent().toString();
			}
			catch (Exception ex) {
				return "";
			}
		}).filter((content) -> content.contains(text)).toList();
	}

	static List<Object> codes(Map<String, Object> shownCase) {
		return list(shownCase.get("findings")).stream().map((finding) -> finding.get("code")).toList();
	}

	static String unique(String address) {
		return address.replace("@", "+" + tag() + "@");
	}

	static String tag() {
		return UUID.randomUUID().toString().substring(0, 6);
	}

}
