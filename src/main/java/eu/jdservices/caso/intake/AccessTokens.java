package eu.jdservices.caso.intake;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The access tokens one XOAUTH2 mailbox signs in with: OAuth 2.0 client credentials grant
 * ({@code grant_type=client_credentials}, form-encoded, as the Microsoft identity
 * platform expects) at the mailbox's {@code token-uri}, or with a Google service
 * account's key the JWT bearer grant ({@link GoogleServiceAccount}). A token is kept
 * until shortly before it expires (10 % of its lifetime, at most 60 s) and fetched again
 * then, or at once when the server refused it. Neither the secret nor a token is ever
 * written into a message or the log.
 */
final class AccessTokens {

	private static final Duration TIMEOUT = Duration.ofSeconds(20);

	private static final Duration MAX_MARGIN = Duration.ofSeconds(60);

	private final ImapProperties.Mailbox config;

	private final HttpClient http;

	private final JsonMapper json;

	private final Clock clock;

	private Token current;

	AccessTokens(ImapProperties.Mailbox config, HttpClient http, JsonMapper json, Clock clock) {
		this.config = config;
		this.http = http;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * A token: the one kept, or a new one when none is kept or it is due.
	 * @param fresh whether the kept one must not be used (the server refused it)
	 */
	synchronized Token token(boolean fresh) throws IOException {
		if (fresh || this.current == null || this.current.dueAt(this.clock.instant())) {
			this.current = fetch();
		}
		return this.current;
	}

	/** Whether the token kept is due for renewal (or there is none). */
	synchronized boolean due() {
		return this.current == null || this.current.dueAt(this.clock.instant());
	}

	private Token fetch() throws IOException {
		Map<String, String> form = new LinkedHashMap<>();
		String secret;
		String tokenUri;
		if (this.config.serviceAccountKeyFile() != null) {
			GoogleServiceAccount account = GoogleServiceAccount.read(this.config.serviceAccountKeyFile(), this.json);
			tokenUri = present(this.config.tokenUri()) ? this.config.tokenUri().trim() : account.tokenUri();
			String scope = present(this.config.scope()) ? this.config.scope().trim() : GoogleServiceAccount.MAIL_SCOPE;
			form.put("grant_type", GoogleServiceAccount.GRANT_TYPE);
			form.put("assertion",
					account.assertion(this.config.username(), scope, tokenUri, this.clock.instant(), this.json));
			secret = "";
		}
		else {
			secret = clientSecret();
			tokenUri = this.config.tokenUri().trim();
			form.put("grant_type", "client_credentials");
			form.put("client_id", this.config.clientId());
			form.put("client_secret", secret);
			if (present(this.config.scope())) {
				form.put("scope", this.config.scope().trim());
			}
		}
		HttpRequest request = HttpRequest.newBuilder(URI.create(tokenUri))
			.timeout(TIMEOUT)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(encode(form)))
			.build();
		HttpResponse<String> response;
		try {
			response = this.http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while asking " + tokenUri + " for an access token", ex);
		}
		catch (IOException ex) {
			throw new TokenRefused("could not reach the token endpoint " + tokenUri + ": " + ex);
		}
		Instant issued = this.clock.instant();
		JsonNode answer = parse(response.body());
		if (response.statusCode() / 100 != 2) {
			throw new TokenRefused(refusal(tokenUri, response, answer, secret));
		}
		String token = (answer != null) ? answer.path("access_token").asString("") : "";
		if (token.isBlank()) {
			throw new TokenRefused("the token endpoint " + tokenUri + " answered HTTP " + response.statusCode()
					+ " without an access_token");
		}
		long seconds = (answer.path("expires_in").canConvertToLong()) ? answer.path("expires_in").asLong()
				: parseSeconds(answer.path("expires_in").asString(""));
		return new Token(token, issued, (seconds > 0) ? issued.plusSeconds(seconds) : null);
	}

	/**
	 * "token endpoint … refused the client credentials: HTTP 401 invalid_client:
	 * AADSTS…", with the secret blanked out should the endpoint repeat it.
	 */
	private String refusal(String tokenUri, HttpResponse<String> response, JsonNode answer, String secret) {
		StringBuilder text = new StringBuilder("the token endpoint ").append(tokenUri)
			.append(" refused client ")
			.append((this.config.clientId() != null) ? this.config.clientId() : this.config.serviceAccountKeyFile())
			.append(": HTTP ")
			.append(response.statusCode());
		String error = (answer != null) ? answer.path("error").asString("") : "";
		String description = (answer != null) ? answer.path("error_description").asString("") : "";
		if (!error.isBlank()) {
			text.append(' ').append(error);
		}
		if (!description.isBlank()) {
			text.append(": ").append(description.strip());
		}
		else if (answer == null && response.body() != null && !response.body().isBlank()) {
			String body = response.body().strip();
			text.append(": ").append(body, 0, Math.min(body.length(), 300));
		}
		String message = text.toString();
		return secret.isEmpty() ? message : message.replace(secret, "[client secret]");
	}

	private JsonNode parse(String body) {
		if (body == null || body.isBlank()) {
			return null;
		}
		try {
			JsonNode node = this.json.readTree(body);
			return (node != null && node.isObject()) ? node : null;
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	private String clientSecret() throws IOException {
		if (this.config.clientSecretFile() != null) {
			try {
				return Files.readString(this.config.clientSecretFile()).strip();
			}
			catch (IOException ex) {
				throw new TokenRefused("cannot read client-secret-file " + this.config.clientSecretFile() + ": " + ex);
			}
		}
		return this.config.clientSecret();
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}

	private static long parseSeconds(String text) {
		try {
			return Long.parseLong(text.trim());
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	private static String encode(Map<String, String> form) {
		return form.entrySet()
			.stream()
			.map((field) -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	/**
	 * An access token.
	 *
	 * @param value the token, which is never written out
	 * @param issuedAt when it was received
	 * @param expiresAt when it expires; {@code null}: unknown (kept until refused)
	 */
	record Token(String value, Instant issuedAt, Instant expiresAt) {

		/** Shortly before it expires: 10 % of its lifetime, at most 60 s. */
		boolean dueAt(Instant now) {
			if (this.expiresAt == null) {
				return false;
			}
			Duration margin = Duration.between(this.issuedAt, this.expiresAt).dividedBy(10);
			if (margin.compareTo(MAX_MARGIN) > 0) {
				margin = MAX_MARGIN;
			}
			return !now.isBefore(this.expiresAt.minus(margin));
		}

		@Override
		public String toString() {
			return "Token[expiresAt=" + this.expiresAt + "]";
		}

	}

	/** The token endpoint gave no token; the message says why. */
	static final class TokenRefused extends IOException {

		TokenRefused(String message) {
			super(message);
		}

	}

}
