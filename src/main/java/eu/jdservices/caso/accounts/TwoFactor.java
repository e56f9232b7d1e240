package eu.jdservices.caso.accounts;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two-factor sign-in with time-based codes (TOTP, RFC 6238: 6 digits, 30 s, HMAC-SHA1, as
 * every authenticator app reads them; java-otp): an agent sets it up by scanning the
 * secret and confirming one code, and gets ten one-time recovery codes (kept as SHA-256)
 * for a lost phone. A code is accepted one step early or late (clock drift), and never
 * twice.
 */
@Service
public class TwoFactor {

	static final int RECOVERY_CODES = 10;

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String RECOVERY_ALPHABET = "23456789abcdefghjkmnpqrstvwxyz";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final AuditLog audit;

	private final String issuer;

	private final TimeBasedOneTimePasswordGenerator totp = new TimeBasedOneTimePasswordGenerator();

	TwoFactor(JdbcClient jdbc, Clock clock, AuditLog audit, AdminProperties properties) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.audit = audit;
		this.issuer = properties.twoFactor().issuer();
	}

	/**
	 * A new secret to set up, replacing one not confirmed yet.
	 * @throws AccountRefused when two-factor sign-in is on already
	 */
	@Transactional
	public Enrolment start(String agent) {
		String email = normalized(agent);
		if (enabled(email)) {
			throw new AccountRefused(List.of(new AccountRefused.Problem("code", "console.two-factor.error.already")));
		}
		byte[] secret = new byte[20];
		RANDOM.nextBytes(secret);
		String base32 = new Base32().encodeToString(secret);
		this.jdbc.sql("UPDATE accounts_agent SET totp_secret = :secret, totp_last_step = NULL WHERE email = :email")
			.param("secret", base32)
			.param("email", email)
			.update();
		return enrolment(email, base32);
	}

	/** The secret being set up, if there is one. */
	@Transactional(readOnly = true)
	public Optional<Enrolment> pending(String agent) {
		String email = normalized(agent);
		return this.jdbc
			.sql("SELECT totp_secret FROM accounts_agent WHERE email = :email AND totp_enabled = FALSE "
					+ "AND totp_secret IS NOT NULL")
			.param("email", email)
			.query(String.class)
			.optional()
			.map((secret) -> enrolment(email, secret));
	}

	/**
	 * Confirms the secret being set up with a code from the app: two-factor sign-in is
	 * on.
	 * @return the recovery codes, to show once; empty when the code is wrong
	 */
	@Transactional
	public Optional<List<String>> confirm(String agent, String code) {
		String email = normalized(agent);
		Optional<String> secret = pending(email).map(Enrolment::secret);
		if (secret.isEmpty() || !timeCode(email, secret.get(), code)) {
			return Optional.empty();
		}
		this.jdbc.sql("UPDATE accounts_agent SET totp_enabled = TRUE WHERE email = :email")
			.param("email", email)
			.update();
		this.jdbc.sql("DELETE FROM accounts_recovery_code WHERE agent_email = :email").param("email", email).update();
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < RECOVERY_CODES; i++) {
			String recovery = recoveryCode();
			codes.add(recovery);
			this.jdbc.sql("INSERT INTO accounts_recovery_code (agent_email, code_hash) VALUES (:email, :hash)")
				.param("email", email)
				.param("hash", ApiTokens.hash(recovery))
				.update();
		}
		this.audit.recordAs(email, AuditAction.TWO_FACTOR_ENABLED, email, null);
		return Optional.of(List.copyOf(codes));
	}

	@Transactional(readOnly = true)
	public boolean enabled(String agent) {
		return this.jdbc.sql("SELECT totp_enabled FROM accounts_agent WHERE email = :email")
			.param("email", normalized(agent))
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	/** The accounts with two-factor sign-in on. */
	@Transactional(readOnly = true)
	public List<String> enabledAccounts() {
		return this.jdbc.sql("SELECT email FROM accounts_agent WHERE totp_enabled = TRUE ORDER BY email")
			.query(String.class)
			.list();
	}

	/**
	 * Checks a second factor: a time-based code, or one of the unused recovery codes
	 * (used up by this).
	 */
	@Transactional
	public Check check(String agent, String code) {
		String email = normalized(agent);
		Optional<String> secret = this.jdbc
			.sql("SELECT totp_secret FROM accounts_agent WHERE email = :email AND totp_enabled = TRUE")
			.param("email", email)
			.query(String.class)
			.optional();
		if (secret.isEmpty() || code == null) {
			return Check.WRONG;
		}
		if (timeCode(email, secret.get(), code)) {
			return Check.TIME_CODE;
		}
		String recovery = code.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]", "");
		int used = this.jdbc.sql("""
				UPDATE accounts_recovery_code SET used_at = :now
				WHERE agent_email = :email AND code_hash = :hash AND used_at IS NULL""")
			.param("email", email)
			.param("hash", ApiTokens.hash(recovery))
			.param("now", OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC))
			.update();
		if (used == 1) {
			this.audit.recordAs(email, AuditAction.RECOVERY_CODE_USED, email, null);
			return Check.RECOVERY_CODE;
		}
		return Check.WRONG;
	}

	/** Recovery codes not used yet. */
	@Transactional(readOnly = true)
	public int recoveryCodesLeft(String agent) {
		return this.jdbc
			.sql("SELECT COUNT(*) FROM accounts_recovery_code WHERE agent_email = :email AND used_at IS NULL")
			.param("email", normalized(agent))
			.query(Integer.class)
			.single();
	}

	/**
	 * The agent turns two-factor sign-in off, confirming with a current code.
	 * @return false when the code is wrong
	 */
	@Transactional
	public boolean disable(String agent, String code) {
		if (check(agent, code) == Check.WRONG) {
			return false;
		}
		clear(normalized(agent));
		this.audit.record(AuditAction.TWO_FACTOR_DISABLED, normalized(agent), "by the agent");
		return true;
	}

	/**
	 * An administrator turns an agent's two-factor sign-in off (lost phone and codes).
	 */
	@Transactional
	public void reset(String agent) {
		clear(normalized(agent));
		this.audit.record(AuditAction.TWO_FACTOR_DISABLED, normalized(agent), "reset by an administrator");
	}

	private void clear(String email) {
		this.jdbc.sql("""
				UPDATE accounts_agent SET totp_enabled = FALSE, totp_secret = NULL, totp_last_step = NULL
				WHERE email = :email""").param("email", email).update();
		this.jdbc.sql("DELETE FROM accounts_recovery_code WHERE agent_email = :email").param("email", email).update();
	}

	/**
	 * Whether the code is the secret's for the current time step or one beside it, and
	 * newer than the last one accepted (which it becomes).
	 */
	private boolean timeCode(String email, String secret, String code) {
		String digits = code.replaceAll("\\s", "");
		if (!digits.matches("\\d{6}")) {
			return false;
		}
		SecretKeySpec key = new SecretKeySpec(new Base32().decode(secret), this.totp.getAlgorithm());
		Instant now = this.clock.instant();
		long step = now.getEpochSecond() / this.totp.getTimeStep().toSeconds();
		Long last = this.jdbc.sql("SELECT totp_last_step FROM accounts_agent WHERE email = :email")
			.param("email", email)
			.query((rs, row) -> rs.getObject("totp_last_step", Long.class))
			.optional()
			.orElse(null);
		for (long candidate = step - 1; candidate <= step + 1; candidate++) {
			if (last != null && candidate <= last) {
				continue;
			}
			String expected;
			try {
				expected = this.totp.generateOneTimePasswordString(key,
						Instant.ofEpochSecond(candidate * this.totp.getTimeStep().toSeconds()));
			}
			catch (InvalidKeyException ex) {
				throw new IllegalStateException(ex);
			}
			if (java.security.MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
					digits.getBytes(StandardCharsets.US_ASCII))) {
				this.jdbc.sql("UPDATE accounts_agent SET totp_last_step = :step WHERE email = :email")
					.param("step", candidate)
					.param("email", email)
					.update();
				return true;
			}
		}
		return false;
	}

	private Enrolment enrolment(String email, String secret) {
		String label = URLEncoder.encode(this.issuer + ":" + email, StandardCharsets.UTF_8).replace("+", "%20");
		String uri = "otpauth://totp/" + label + "?secret=" + secret + "&issuer="
				+ URLEncoder.encode(this.issuer, StandardCharsets.UTF_8).replace("+", "%20")
				+ "&algorithm=SHA1&digits=6&period=30";
		return new Enrolment(secret, uri);
	}

	private static String recoveryCode() {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < 10; i++) {
			code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
		}
		return code.toString();
	}

	private static String normalized(String email) {
		return (email != null) ? email.trim().toLowerCase(Locale.ROOT) : "";
	}

	/**
	 * A secret being set up.
	 *
	 * @param secret the shared secret, Base32, for typing into an app
	 * @param uri the {@code otpauth://} URI an app reads from the QR code
	 */
	public record Enrolment(String secret, String uri) {

		/** The secret in groups of four, easier to type. */
		public String grouped() {
			return this.secret.replaceAll("(.{4})(?!$)", "$1 ");
		}

	}

	/** What a second factor turned out to be. */
	public enum Check {

		/** A valid time-based code. */
		TIME_CODE,
		/** An unused recovery code (now used). */
		RECOVERY_CODE,
		/** Neither. */
		WRONG

	}

}
