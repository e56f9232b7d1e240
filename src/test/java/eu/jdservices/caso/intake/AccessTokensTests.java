package eu.jdservices.caso.intake;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When an access token is due for renewal: 10 % of its lifetime before it expires, at
 * most 60 s before.
 */
class AccessTokensTests {

	static final Instant ISSUED = Instant.parse("2026-12-02T10:00:00Z");

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void aTokenOfAnHourIsRenewedAMinuteBeforeItExpires() {
		AccessTokens.Token token = new AccessTokens.Token("t", ISSUED, ISSUED.plus(Duration.ofHours(1)));

		assertThat(token.dueAt(ISSUED.plus(Duration.ofMinutes(58)))).isFalse();
		assertThat(token.dueAt(ISSUED.plus(Duration.ofMinutes(59)))).isTrue();
	}

	@Test
	void aShortLivedTokenIsRenewedWhenNineTenthsOfItsLifetimeAreOver() {
		AccessTokens.Token token = new AccessTokens.Token("t", ISSUED, ISSUED.plusSeconds(100));

		assertThat(token.dueAt(ISSUED.plusSeconds(89))).isFalse();
		assertThat(token.dueAt(ISSUED.plusSeconds(90))).isTrue();
	}

	@Test
	void aTokenWithoutExpiryIsKeptUntilTheServerRefusesIt() {
		AccessTokens.Token token = new AccessTokens.Token("t", ISSUED, null);

		assertThat(token.dueAt(ISSUED.plus(Duration.ofDays(30)))).isFalse();
		assertThat(token.toString()).doesNotContain("t,").isEqualTo("Token[expiresAt=null]");
	}

	@Test
	void aGoogleServiceAccountGetsItsTokenWithASignedJwtForTheMailbox(@TempDir Path dir) throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		KeyPair keys = generator.generateKeyPair();
		List<Map<String, String>> requests = new CopyOnWriteArrayList<>();
		HttpServer google = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		google.createContext("/token", (exchange) -> {
			try (exchange) {
				requests.add(form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
				byte[] answer = "{\"access_token\":\"ya29.test\",\"expires_in\":3599,\"token_type\":\"Bearer\"}"
					.getBytes(StandardCharsets.UTF_8);
				exchange.getResponseHeaders().add("Content-Type", "application/json");
				exchange.sendResponseHeaders(200, answer.length);
				exchange.getResponseBody().write(answer);
			}
		});
		google.start();
		try {
			String tokenUri = "http://127.0.0.1:" + google.getAddress().getPort() + "/token";
			Path key = dir.resolve("caso-sa.json");
			Files.writeString(key,
					JSON.writeValueAsString(Map.of("type", "service_account", "client_email",
							"caso-imap@caso-project.iam.gserviceaccount.com", "private_key",
							"-----BEGIN PRIVATE KEY-----\n"
									+ Base64.getMimeEncoder().encodeToString(keys.getPrivate().getEncoded())
									+ "\n-----END PRIVATE KEY-----\n",
							"token_uri", tokenUri)));
			ImapProperties.Mailbox mailbox = new ImapProperties.Mailbox("imap.gmail.com", 993,
					ImapProperties.Security.SSL, "soporte@cliente-google.es", null, ImapProperties.Auth.XOAUTH2,
					"INBOX", null, "Caso/Processed", true, Duration.ofSeconds(30), ImapProperties.Since.NOW, null, null,
					null, null, null, null, null, key);

			AccessTokens.Token token = new AccessTokens(mailbox, HttpClient.newHttpClient(), JSON,
					Clock.fixed(ISSUED, ZoneOffset.UTC))
				.token(false);

			assertThat(mailbox.isSignInConfigured()).isTrue();
			assertThat(token.value()).isEqualTo("ya29.test");
			assertThat(token.expiresAt()).isEqualTo(ISSUED.plusSeconds(3599));
			assertThat(requests).hasSize(1);
			assertThat(requests.get(0)).containsEntry("grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer");
			String[] jwt = requests.get(0).get("assertion").split("\\.");
			Signature rsa = Signature.getInstance("SHA256withRSA");
			rsa.initVerify(keys.getPublic());
			rsa.update((jwt[0] + "." + jwt[1]).getBytes(StandardCharsets.US_ASCII));
			assertThat(rsa.verify(Base64.getUrlDecoder().decode(jwt[2]))).as("signed with the service account's key")
				.isTrue();
			JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(jwt[1]));
			assertThat(claims.path("iss").asString()).isEqualTo("caso-imap@caso-project.iam.gserviceaccount.com");
			assertThat(claims.path("sub").asString()).isEqualTo("soporte@cliente-google.es");
			assertThat(claims.path("aud").asString()).isEqualTo(tokenUri);
			assertThat(claims.path("scope").asString()).isEqualTo("https://mail.google.com/");
			assertThat(claims.path("exp").asLong() - claims.path("iat").asLong()).isEqualTo(3600);
		}
		finally {
			google.stop(0);
		}
	}

	private static Map<String, String> form(String body) {
		Map<String, String> fields = new java.util.HashMap<>();
		for (String field : body.split("&")) {
			String[] pair = field.split("=", 2);
			fields.put(URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
					URLDecoder.decode(pair[1], StandardCharsets.UTF_8));
		}
		return fields;
	}

}
