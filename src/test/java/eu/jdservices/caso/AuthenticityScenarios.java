package eu.jdservices.caso;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import eu.jdservices.caso.intake.InboundMails;
import eu.jdservices.caso.intake.SenderAuthentication;
import eu.jdservices.caso.intake.SenderVerdict;
import eu.jdservices.caso.support.TestMails;
import jakarta.mail.internet.MimeMessage;
import org.apache.james.jdkim.DKIMVerifier;
import org.apache.james.jdkim.api.SignatureRecord;
import org.apache.james.jdkim.exceptions.FailException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Authenticity both ways, end to end over SMTP (S2.5): every mail we send carries a
 * verification code that {@code /verify} confirms and a DKIM signature; a follow-up whose
 * trusted sender verdict fails never acts on its case, forged verdicts of other servers
 * count for nothing, a genuine follow-up is appended.
 */
abstract class AuthenticityScenarios extends MailScenarios {

	static final String MX = "mx.jd-services.eu";

	static final KeyPair DKIM_KEY = rsaKeyPair();

	@DynamicPropertySource
	static void authenticity(DynamicPropertyRegistry registry) {
		registry.add("caso.intake.authentication.authserv-id", () -> MX);
		registry.add("caso.outbound.dkim.domain", () -> "jd-services.eu");
		registry.add("caso.outbound.dkim.selector", () -> "caso2026");
		registry.add("caso.outbound.dkim.private-key", AuthenticityScenarios::writeDkimKey);
	}

	@Autowired
	SenderAuthentication senderAuthentication;

	@Autowired
	InboundMails inboundMails;

	@Test
	void aForgedFollowUpFromAContactWithTrustedDmarcFailIsQuarantinedAndLeavesTheCaseUnchanged() throws Exception {
		Opened opened = openCase("Impresoras sin conexión en el almacén");
		int mailsBefore = relay.withSubjectContaining(opened.subject()).size();
		TestMails.Builder forged = reply(opened, opened.requester(),
				"Authentication-Results: " + MX + "; dmarc=fail (p=reject) header.from=talleresebro.es;"
						+ " spf=fail smtp.mailfrom=talleresebro.es; dkim=none",
				"Por favor cierren el caso y envíen las credenciales a este correo.");

		assertThat(send(forged.build(), "b@jd-services.eu")).startsWith("250");

		Map<String, Object> record = decided(forged.messageId());
		assertThat(record).containsEntry("decision", "QUARANTINED")
			.containsEntry("reasons", List.of("SENDER_NOT_AUTHENTICATED"))
			.containsEntry("caseNumber", null);
		Map<String, Object> shown = getCase(opened.number());
		assertThat(list(shown.get("messages"))).extracting((m) -> m.get("direction")).containsExactly("IN", "OUT");
		assertThat(shown).containsEntry("status", "OPEN");
		Thread.sleep(500);
		assertThat(relay.withSubjectContaining(opened.subject())).as("nothing sent to the forged sender")
			.hasSize(mailsBefore);
	}

	@Test
	void forgedAuthenticationResultsOfOtherServersDoNotPass() throws Exception {
		Opened opened = openCase("Copias de seguridad fallidas");
		// our MTA's verdict on top; below it what the forger wrote, one even with our
		// authserv-id
		TestMails.Builder forged = reply(opened, opened.copied(),
				"Authentication-Results: " + MX + "; dmarc=fail header.from=talleresebro.es",
				"Cambien la cuenta de facturación, por favor.");
		byte[] withForgedBelow = insertAfterFirstHeader(forged.build(),
				"Authentication-Results: evil.example; dmarc=pass header.from=talleresebro.es\r\n"
						+ "Authentication-Results: " + MX + "; dmarc=pass header.from=talleresebro.es\r\n");

		assertThat(send(withForgedBelow, "b@jd-services.eu")).startsWith("250");
		assertThat(decided(forged.messageId())).containsEntry("decision", "QUARANTINED")
			.containsEntry("reasons", List.of("SENDER_NOT_AUTHENTICATED"));

		TestMails.Builder otherServerOnly = reply(opened, opened.copied(),
				"Authentication-Results: evil.example; dmarc=pass header.from=talleresebro.es; spf=pass"
						+ " smtp.mailfrom=talleresebro.es",
				"Otra cosa más.");
		assertThat(send(otherServerOnly.build(), "b@jd-services.eu")).startsWith("250");
		assertThat(decided(otherServerOnly.messageId())).containsEntry("decision", "APPENDED");
		assertThat(this.senderAuthentication.ofMessages(List.of(otherServerOnly.messageId())))
			.as("no trusted verdict: the sender is not verified, not authenticated")
			.containsEntry(otherServerOnly.messageId(),
					new SenderVerdict(SenderVerdict.Status.NONE, SenderVerdict.Source.NONE, ""));
	}

	@Test
	void aGenuineFollowUpWithDmarcPassIsAppended() throws Exception {
		Opened opened = openCase("Licencias de Office caducadas");
		TestMails.Builder genuine = reply(opened, opened.requester(),
				"Authentication-Results: " + MX + "; dkim=pass header.d=talleresebro.es;"
						+ " spf=pass smtp.mailfrom=talleresebro.es; dmarc=pass (p=none) header.from=talleresebro.es",
				"Adjunto la lista de usuarios afectados.");

		assertThat(send(genuine.build(), "b@jd-services.eu")).startsWith("250");

		assertThat(decided(genuine.messageId())).containsEntry("decision", "APPENDED")
			.containsEntry("caseNumber", (int) opened.number());
		List<Map<String, Object>> messages = list(getCase(opened.number()).get("messages"));
		assertThat(messages).extracting((m) -> m.get("direction")).containsExactly("IN", "OUT", "IN");
		assertThat(messages.get(2).get("text").toString()).contains("lista de usuarios afectados");
		assertThat(this.senderAuthentication.ofMessages(List.of(genuine.messageId())).get(genuine.messageId()))
			.satisfies((verdict) -> {
				assertThat(verdict.status()).isEqualTo(SenderVerdict.Status.PASS);
				assertThat(verdict.detail()).contains("dmarc=pass");
			});
	}

	@Test
	void aNewMailFromAFailingSenderOpensNoCaseAndGetsNoAnswerUntilAnAgentReleasesIt() throws Exception {
		String subject = "Cambio urgente de cuenta bancaria " + TestMails.newMessageId().substring(0, 8);
		TestMails.Builder forged = TestMails
			.from("Mario Pueyo <mario." + TestMails.newMessageId().substring(0, 8) + "@talleresebro.es>")
			.to("b@jd-services.eu")
			.subject(subject)
			.header("Authentication-Results", MX + "; spf=fail smtp.mailfrom=talleresebro.es; dkim=none")
			.body("Cambien el IBAN de nuestras facturas al que les indico.");

		assertThat(send(forged.build(), "b@jd-services.eu")).startsWith("250");

		Map<String, Object> record = decided(forged.messageId());
		assertThat(record).containsEntry("decision", "QUARANTINED")
			.containsEntry("reasons", List.of("SENDER_NOT_AUTHENTICATED"));
		Thread.sleep(500);
		assertThat(relay.withSubjectContaining(subject)).as("no backscatter to the forged address").isEmpty();
		assertThat(casesWithSubject(subject)).isZero();

		long id = this.jdbc.sql("SELECT id FROM intake_mail WHERE message_id = :id")
			.param("id", forged.messageId())
			.query(Long.class)
			.single();
		assertThat(this.inboundMails.release(id, "admin@jd-services.eu")).isTrue();
		awaitAck(subject);
		assertThat(decided(forged.messageId())).containsEntry("decision", "CASE_OPENED");
	}

	@Test
	void theVerificationCodeOfARealAcknowledgementIsConfirmedAndAMadeUpOneIsNot() throws Exception {
		Opened opened = openCase("Sin acceso a la VPN");
		String code = opened.ack().getHeader("X-Caso-Verification", null);
		assertThat(code).matches("[2-9A-HJKMNP-TV-Z]{4}(-[2-9A-HJKMNP-TV-Z]{4}){3}");
		String text = opened.ack().getContent().toString();
		assertThat(text).contains("Código de verificación de este correo: " + code,
				"http://localhost:8080/verify?code=" + code);

		ResponseEntity<String> ours = verify(code.toLowerCase().replace("-", " "), "es");
		assertThat(ours.getStatusCode().value()).isEqualTo(200);
		assertThat(ours.getBody())
			.contains("lang=\"es\"", "Sí: este correo lo enviamos nosotros", "#" + opened.number(),
					"r•••@t•••.es, c•••@t•••.es", code)
			.doesNotContain(opened.requester(), opened.subject());

		ResponseEntity<String> madeUp = verify("K7QF-2M9X-C4TR-8WPA", "en");
		assertThat(madeUp.getStatusCode().value()).isEqualTo(200);
		assertThat(madeUp.getBody()).contains("lang=\"en\"", "This mail was not sent by us", "Do not act on it",
				"c@jd-services.eu");
	}

	@Test
	void theAcknowledgementCarriesADkimSignatureThatVerifiesWithThePublicKey() throws Exception {
		Opened opened = openCase("Pantallas azules en contabilidad");
		ByteArrayOutputStream raw = new ByteArrayOutputStream();
		opened.ack().writeTo(raw);
		String dkimHeader = opened.ack().getHeader("DKIM-Signature", null);
		assertThat(dkimHeader).contains("a=rsa-sha256", "c=relaxed/relaxed", "d=jd-services.eu", "s=caso2026",
				"x-caso-verification");

		String publicKey = "v=DKIM1; k=rsa; p=" + Base64.getEncoder().encodeToString(DKIM_KEY.getPublic().getEncoded());
		DKIMVerifier verifier = new DKIMVerifier((method, selector, domain) -> {
			assertThat(selector + "._domainkey." + domain).isEqualTo("caso2026._domainkey.jd-services.eu");
			return List.of(publicKey);
		});
		List<SignatureRecord> verified = verifier.verify(new ByteArrayInputStream(raw.toByteArray()));
		assertThat(verified).singleElement()
			.satisfies((signature) -> assertThat(signature.getDToken().toString()).isEqualTo("jd-services.eu"));

		byte[] tampered = new String(raw.toByteArray(), StandardCharsets.ISO_8859_1)
			.replace("Subject: [Caso #", "Subject: [Caso #9")
			.getBytes(StandardCharsets.ISO_8859_1);
		assertThatThrownBy(() -> new DKIMVerifier((method, selector, domain) -> List.of(publicKey))
			.verify(new ByteArrayInputStream(tampered))).isInstanceOf(FailException.class);
	}

	/**
	 * A case opened by a new contact of a customer's domain, with a second new contact in
	 * copy: each scenario has its own addresses, so that the loop guard's hourly cap on
	 * automatic mail to one address (shared with the other scenarios on the same
	 * database) never holds an acknowledgement back.
	 */
	record Opened(long number, String subject, MimeMessage ack, String requester, String copied) {
	}

	Opened openCase(String topic) throws Exception {
		String tag = TestMails.newMessageId().substring(0, 8);
		String subject = topic + " " + tag;
		String requester = "rocio." + tag + "@talleresebro.es";
		String copied = "carlos." + tag + "@talleresebro.es";
		byte[] mail = TestMails.from("Rocío Pérez <" + requester + ">")
			.to("b@jd-services.eu")
			.cc(copied)
			.subject(subject)
			.header("Authentication-Results",
					MX + "; dkim=pass header.d=talleresebro.es; spf=pass smtp.mailfrom=talleresebro.es;"
							+ " dmarc=pass header.from=talleresebro.es")
			.body("Desde esta mañana falla. Gracias.")
			.build();
		assertThat(send(mail, "b@jd-services.eu")).startsWith("250");
		MimeMessage ack = awaitAck(subject);
		return new Opened(caseNumberOf(ack), subject, ack, requester, copied);
	}

	static TestMails.Builder reply(Opened opened, String from, String authenticationResults, String body) {
		String[] field = authenticationResults.split(": ", 2);
		return TestMails.from(from)
			.to("b@jd-services.eu")
			.subject("RE: [Caso #" + opened.number() + "] " + opened.subject())
			.inReplyTo(opened.ack())
			.header(field[0], field[1])
			.body(body);
	}

	Map<String, Object> decided(String messageId) {
		await().atMost(SECONDS_10)
			.until(() -> inbound(messageId).stream().anyMatch((record) -> record.get("decision") != null));
		return inbound(messageId).get(0);
	}

	ResponseEntity<String> verify(String code, String language) {
		return RestClient.create("http://127.0.0.1:" + this.webPort)
			.get()
			.uri("/verify?code={code}&lang={lang}", code, language)
			.retrieve()
			.onStatus(HttpStatusCode::isError, (request, response) -> {
			})
			.toEntity(String.class);
	}

	/** Inserts header lines right after the first header field (below our MTA's own). */
	static byte[] insertAfterFirstHeader(byte[] mail, String lines) {
		String text = new String(mail, StandardCharsets.UTF_8);
		int authentication = text.indexOf("Authentication-Results:");
		int end = text.indexOf("\r\n", authentication) + 2;
		return (text.substring(0, end) + lines + text.substring(end)).getBytes(StandardCharsets.UTF_8);
	}

	static KeyPair rsaKeyPair() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String writeDkimKey() {
		try {
			Path folder = Files.createDirectories(Path.of("target", "test-data", "dkim"));
			Path key = Files.createTempFile(folder, "dkim-", ".pem");
			String pem = "-----BEGIN PRIVATE KEY-----\n"
					+ Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
						.encodeToString(DKIM_KEY.getPrivate().getEncoded())
					+ "\n-----END PRIVATE KEY-----\n";
			Files.writeString(key, pem, StandardCharsets.US_ASCII);
			return key.toAbsolutePath().toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
