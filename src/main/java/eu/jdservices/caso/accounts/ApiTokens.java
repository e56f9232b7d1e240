package eu.jdservices.caso.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens ({@code Authorization: Bearer <token>}), so that scripts need no
 * password: 256 random bits, shown once, kept only as their SHA-256 (a fast hash is
 * enough for a token that cannot be guessed, and an API call does not pay for bcrypt),
 * named, revocable, with the time of last use.
 */
@Service
public class ApiTokens {

	static final String PREFIX = "caso_";

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final Duration LAST_USE_RESOLUTION = Duration.ofMinutes(1);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final AuditLog audit;

	ApiTokens(JdbcClient jdbc, Clock clock, AuditLog audit) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.audit = audit;
	}

	/**
	 * Creates a token for an agent.
	 * @return the token, to show once
	 * @throws AccountRefused when the name is empty or too long
	 */
	@Transactional
	public String create(String agent, String name) {
		String stripped = (name != null) ? name.strip() : "";
		if (stripped.isEmpty() || stripped.length() > 100) {
			throw new AccountRefused(List.of(new AccountRefused.Problem("name", "console.tokens.error.name-invalid")));
		}
		byte[] random = new byte[32];
		RANDOM.nextBytes(random);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		this.jdbc.sql("""
				INSERT INTO accounts_api_token (agent_email, name, token_hash, hint, created_at)
				VALUES (:agent, :name, :hash, :hint, :now)""")
			.param("agent", normalized(agent))
			.param("name", stripped)
			.param("hash", hash(token))
			.param("hint", token.substring(0, PREFIX.length() + 4) + "…")
			.param("now", now())
			.update();
		this.audit.record(AuditAction.TOKEN_CREATED, normalized(agent), stripped);
		return token;
	}

	/** The agent's tokens, newest first. */
	@Transactional(readOnly = true)
	public List<ApiToken> of(String agent) {
		return this.jdbc.sql("""
				SELECT id, name, hint, created_at, last_used_at, revoked_at FROM accounts_api_token
				WHERE agent_email = :agent ORDER BY created_at DESC, id DESC""")
			.param("agent", normalized(agent))
			.query((rs, row) -> new ApiToken(rs.getLong("id"), rs.getString("name"), rs.getString("hint"),
					rs.getObject("created_at", OffsetDateTime.class),
					rs.getObject("last_used_at", OffsetDateTime.class),
					rs.getObject("revoked_at", OffsetDateTime.class)))
			.list();
	}

	/**
	 * Revokes one of the agent's tokens.
	 * @return false when the agent has no such active token
	 */
	@Transactional
	public boolean revoke(String agent, long id) {
		boolean revoked = this.jdbc.sql("""
				UPDATE accounts_api_token SET revoked_at = :now
				WHERE id = :id AND agent_email = :agent AND revoked_at IS NULL""")
			.param("id", id)
			.param("agent", normalized(agent))
			.param("now", now())
			.update() == 1;
		if (revoked) {
			this.audit.record(AuditAction.TOKEN_REVOKED, normalized(agent), "token " + id);
		}
		return revoked;
	}

	/** The agent a presented token belongs to, if it is one of ours and not revoked. */
	@Transactional
	Optional<String> agentOf(String token) {
		if (token == null || !token.startsWith(PREFIX) || token.length() > 200) {
			return Optional.empty();
		}
		String hash = hash(token);
		Optional<String> agent = this.jdbc
			.sql("SELECT agent_email FROM accounts_api_token WHERE token_hash = :hash AND revoked_at IS NULL")
			.param("hash", hash)
			.query(String.class)
			.optional();
		if (agent.isPresent()) {
			OffsetDateTime now = now();
			this.jdbc.sql("""
					UPDATE accounts_api_token SET last_used_at = :now
					WHERE token_hash = :hash AND (last_used_at IS NULL OR last_used_at < :since)""")
				.param("hash", hash)
				.param("now", now)
				.param("since", now.minus(LAST_USE_RESOLUTION))
				.update();
		}
		return agent;
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC);
	}

	private static String normalized(String email) {
		return (email != null) ? email.trim().toLowerCase(Locale.ROOT) : "";
	}

}
