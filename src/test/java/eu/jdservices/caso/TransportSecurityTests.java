package eu.jdservices.caso;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import eu.jdservices.caso.intake.InboundMails;
import eu.jdservices.caso.intake.SmtpIntake;
import eu.jdservices.caso.support.SmtpDialogue;
import eu.jdservices.caso.support.TestMails;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Transport and session security: the SMTP listener with STARTTLS (a certificate the test
 * makes itself, PKCS#12), required here, and SMTP AUTH for the submitting MTA; the
 * console's session cookie SameSite=Lax, and Secure when the request came over HTTPS
 * through a proxy.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:mem:transport;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"caso.intake.smtp.port=0", "caso.admin.email=admin@jd-services.eu", "caso.admin.password=test-admin-secret",
		"caso.intake.smtp.tls.bundle=smtp", "caso.intake.smtp.tls.required=true", "caso.intake.smtp.auth.username=mta",
		"caso.intake.smtp.auth.password=submission-secret", "spring.ssl.bundle.jks.smtp.keystore.type=PKCS12",
		"spring.ssl.bundle.jks.smtp.keystore.password=changeit", "server.forward-headers-strategy=native" })
class TransportSecurityTests {

	static final Path KEYSTORE = Path.of("target", "test-data", "tls-" + UUID.randomUUID() + ".p12");

	@DynamicPropertySource
	static void certificate(DynamicPropertyRegistry registry) {
		registry.add("caso.data-dir", () -> "target/test-data/" + UUID.randomUUID());
		registry.add("spring.ssl.bundle.jks.smtp.keystore.location", () -> "file:" + selfSignedCertificate());
	}

	@Autowired
	SmtpIntake intake;

	@Autowired
	InboundMails inbound;

	@LocalServerPort
	int webPort;

	@Test
	void theListenerOffersStartTlsAndRefusesMailInClearText() throws Exception {
		try (SmtpDialogue smtp = new SmtpDialogue(this.intake.port())) {
			assertThat(smtp.command("EHLO mta.customer.test")).as("last EHLO line").isNotNull();
			assertThat(smtp.command("MAIL FROM:<mario.pueyo@talleresebro.es>")).startsWith("530");
		}
		assertThat(ehlo()).contains("STARTTLS").doesNotContain("AUTH");
	}

	@Test
	void mailArrivesOverStartTlsWithSmtpAuth() throws Exception {
		String messageId = TestMails.newMessageId();
		Session session = Session.getInstance(tlsClient());
		MimeMessage mail = new MimeMessage(session,
				new java.io.ByteArrayInputStream(
						TestMails.mail(messageId, "mario.pueyo@talleresebro.es", List.of("c@jd-services.eu"), List.of(),
								"Correo cifrado " + messageId.substring(0, 8), "Llega por TLS.")));

		try (SMTPTransport transport = (SMTPTransport) session.getTransport("smtp")) {
			transport.connect("127.0.0.1", this.intake.port(), "mta", "submission-secret");
			assertThat(transport.isSSL()).as("encrypted after STARTTLS on the plain port").isTrue();
			assertThat(transport.supportsExtension("AUTH")).as("AUTH offered inside TLS").isTrue();
			transport.sendMessage(mail, new InternetAddress[] { new InternetAddress("c@jd-services.eu") });
			assertThat(transport.getLastServerResponse()).startsWith("250");
		}

		await().atMost(Duration.ofSeconds(10)).until(() -> !this.inbound.findByMessageId(messageId).isEmpty());
	}

	@Test
	void wrongSmtpCredentialsAreRefused() {
		Session session = Session.getInstance(tlsClient());

		assertThatThrownBy(() -> {
			try (Transport transport = session.getTransport("smtp")) {
				transport.connect("127.0.0.1", this.intake.port(), "mta", "guess");
			}
		}).isInstanceOf(AuthenticationFailedException.class);
	}

	@Test
	void tlsOlderThan12IsNotAccepted() {
		Properties properties = tlsClient();
		properties.put("mail.smtp.ssl.protocols", "TLSv1.1");
		Session session = Session.getInstance(properties);

		assertThatThrownBy(() -> {
			try (Transport transport = session.getTransport("smtp")) {
				transport.connect("127.0.0.1", this.intake.port(), "mta", "submission-secret");
			}
		}).isInstanceOf(MessagingException.class);
	}

	@Test
	void theSessionCookieIsSameSiteLaxAndSecureBehindAnHttpsProxy() throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		HttpResponse<String> plain = client.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.webPort + "/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> proxied = client
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.webPort + "/login"))
				.header("X-Forwarded-Proto", "https")
				.build(), HttpResponse.BodyHandlers.ofString());

		String plainCookie = sessionCookie(plain);
		assertThat(plainCookie).contains("SameSite=Lax", "HttpOnly").doesNotContain("Secure");
		assertThat(sessionCookie(proxied)).contains("SameSite=Lax", "HttpOnly", "Secure");
	}

	static String sessionCookie(HttpResponse<String> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith("JSESSIONID="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().map()));
	}

	Properties tlsClient() {
		Properties properties = new Properties();
		properties.put("mail.smtp.auth", "true");
		properties.put("mail.smtp.starttls.enable", "true");
		properties.put("mail.smtp.starttls.required", "true");
		properties.put("mail.smtp.ssl.trust", "127.0.0.1");
		properties.put("mail.smtp.ssl.checkserveridentity", "false");
		properties.put("mail.smtp.connectiontimeout", "5000");
		properties.put("mail.smtp.timeout", "10000");
		return properties;
	}

	/** The EHLO answer after STARTTLS is not yet done (all lines). */
	String ehlo() throws IOException {
		try (java.net.Socket socket = new java.net.Socket("127.0.0.1", this.intake.port())) {
			socket.setSoTimeout(5000);
			java.io.BufferedReader in = new java.io.BufferedReader(
					new java.io.InputStreamReader(socket.getInputStream(), java.nio.charset.StandardCharsets.US_ASCII));
			in.readLine();
			socket.getOutputStream()
				.write("EHLO mta.customer.test\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
			StringBuilder lines = new StringBuilder();
			String line;
			do {
				line = in.readLine();
				lines.append(line).append('\n');
			}
			while (line != null && line.length() > 3 && line.charAt(3) == '-');
			return lines.toString();
		}
	}

	/** A self-signed certificate for 127.0.0.1 made with the JDK's keytool. */
	static Path selfSignedCertificate() {
		try {
			Files.createDirectories(KEYSTORE.getParent());
			Files.deleteIfExists(KEYSTORE);
			Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
			Process process = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "smtp", "-keyalg", "RSA",
					"-keysize", "2048", "-validity", "2", "-dname", "CN=caso.test", "-ext", "SAN=ip:127.0.0.1",
					"-storetype", "PKCS12", "-keystore", KEYSTORE.toString(), "-storepass", "changeit", "-keypass",
					"changeit")
				.redirectErrorStream(true)
				.start();
			String output = new String(process.getInputStream().readAllBytes());
			if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new IllegalStateException("keytool failed: " + output);
			}
			return KEYSTORE.toAbsolutePath();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
