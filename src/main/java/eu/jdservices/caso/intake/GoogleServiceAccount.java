package eu.jdservices.caso.intake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import eu.jdservices.caso.intake.AccessTokens.TokenRefused;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Google service account's JSON key and the signed assertion of the JWT bearer grant
 * (RFC 7523) that Google's token endpoint exchanges for an access token of a Workspace
 * user, with domain-wide delegation: issuer the service account, subject the mailbox,
 * audience the token endpoint, valid one hour, RS256.
 *
 * @param clientEmail the service account ({@code client_email})
 * @param privateKey its key ({@code private_key}, PKCS #8 PEM)
 * @param tokenUri Google's token endpoint ({@code token_uri})
 */
record GoogleServiceAccount(String clientEmail, PrivateKey privateKey, String tokenUri) {

	static final String GRANT_TYPE = "urn:ietf:params:oauth:grant-type:jwt-bearer";

	static final String MAIL_SCOPE = "https://mail.google.com/";

	private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

	/** Reads the key file; what is wrong with it is said without its content. */
	static GoogleServiceAccount read(Path keyFile, JsonMapper json) throws IOException {
		JsonNode key;
		try {
			key = json.readTree(Files.readString(keyFile));
		}
		catch (IOException | JacksonException ex) {
			throw new TokenRefused(
					"cannot read service-account-key-file " + keyFile + ": " + ex.getClass().getSimpleName());
		}
		String email = key.path("client_email").asString("");
		String pem = key.path("private_key").asString("");
		if (email.isBlank() || pem.isBlank()) {
			throw new TokenRefused("service-account-key-file " + keyFile + " has no client_email or private_key");
		}
		try {
			byte[] der = Base64.getMimeDecoder()
				.decode(pem.replace("-----BEGIN PRIVATE KEY-----", "").replace("-----END PRIVATE KEY-----", ""));
			PrivateKey privateKey = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
			return new GoogleServiceAccount(email, privateKey,
					key.path("token_uri").asString("https://oauth2.googleapis.com/token"));
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new TokenRefused("service-account-key-file " + keyFile + ": its private_key is no PKCS #8 RSA key");
		}
	}

	/** The signed assertion for the mailbox {@code subject}. */
	String assertion(String subject, String scope, String audience, Instant now, JsonMapper json) {
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put("iss", this.clientEmail);
		claims.put("sub", subject);
		claims.put("scope", scope);
		claims.put("aud", audience);
		claims.put("iat", now.getEpochSecond());
		claims.put("exp", now.getEpochSecond() + 3600);
		String signed = part(json.writeValueAsString(Map.of("alg", "RS256", "typ", "JWT"))) + "."
				+ part(json.writeValueAsString(claims));
		try {
			Signature rsa = Signature.getInstance("SHA256withRSA");
			rsa.initSign(this.privateKey);
			rsa.update(signed.getBytes(StandardCharsets.US_ASCII));
			return signed + "." + BASE64URL.encodeToString(rsa.sign());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("cannot sign with the service account's key", ex);
		}
	}

	private static String part(String json) {
		return BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
	}

	/** Without the key. */
	@Override
	public String toString() {
		return "GoogleServiceAccount[" + this.clientEmail + "]";
	}

}
