package eu.jdservices.caso.accounts;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Failed sign-ins counted per account and per client address (console form, HTTP Basic,
 * API tokens, second factor) in the database, so that every node sees them; enough of
 * them within the window lock the account or the address for a while. Unknown accounts
 * are counted like known ones, so a lock tells nothing about which accounts exist.
 */
@Service
public class SignInLocks {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final AdminProperties.SignIn properties;

	private final AuditLog audit;

	SignInLocks(JdbcClient jdbc, Clock clock, AdminProperties properties, AuditLog audit) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.properties = properties.signIn();
		this.audit = audit;
	}

	/** Until when sign-ins of this account or from this address are refused. */
	@Transactional(readOnly = true)
	public Optional<OffsetDateTime> lockedUntil(String account, String client) {
		OffsetDateTime now = now();
		return this.jdbc.sql("""
				SELECT MAX(locked_until) FROM accounts_sign_in_failure
				WHERE ((kind = 'ACCOUNT' AND subject = :account) OR (kind = 'CLIENT' AND subject = :client))
					AND locked_until > :now""")
			.param("account", normalized(account))
			.param("client", (client != null) ? client : "")
			.param("now", now)
			.query(OffsetDateTime.class)
			.optional();
	}

	/**
	 * Counts a failed sign-in of an account (may be {@code null}: an unknown API token)
	 * from a client; may start a lock.
	 */
	@Transactional
	public void failed(String account, String client) {
		if (account != null) {
			count(SignInLock.Kind.ACCOUNT, normalized(account), this.properties.accountFailures());
		}
		if (client != null) {
			count(SignInLock.Kind.CLIENT, client, this.properties.clientFailures());
		}
	}

	/** A successful sign-in: the account's failures are forgotten. */
	@Transactional
	public void succeeded(String account) {
		this.jdbc.sql("DELETE FROM accounts_sign_in_failure WHERE kind = 'ACCOUNT' AND subject = :account")
			.param("account", normalized(account))
			.update();
	}

	/** The locks in force now, newest first. */
	@Transactional(readOnly = true)
	public List<SignInLock> current() {
		return this.jdbc.sql("""
				SELECT kind, subject, failures, locked_until FROM accounts_sign_in_failure
				WHERE locked_until > :now ORDER BY locked_until DESC""")
			.param("now", now())
			.query((rs, row) -> new SignInLock(SignInLock.Kind.valueOf(rs.getString("kind")), rs.getString("subject"),
					rs.getInt("failures"), rs.getObject("locked_until", OffsetDateTime.class)))
			.list();
	}

	/** An administrator lifts a lock. */
	@Transactional
	public boolean unlock(SignInLock.Kind kind, String subject) {
		String key = (kind == SignInLock.Kind.ACCOUNT) ? normalized(subject) : subject;
		boolean lifted = this.jdbc.sql("DELETE FROM accounts_sign_in_failure WHERE kind = :kind AND subject = :subject")
			.param("kind", kind.name())
			.param("subject", key)
			.update() > 0;
		if (lifted) {
			this.audit.record(AuditAction.SIGN_IN_UNLOCKED, key, kind.name());
		}
		return lifted;
	}

	private void count(SignInLock.Kind kind, String subject, int limit) {
		OffsetDateTime now = now();
		OffsetDateTime windowStart = now.minus(this.properties.window());
		this.jdbc
			.sql("DELETE FROM accounts_sign_in_failure WHERE last_failure_at < :stale AND "
					+ "(locked_until IS NULL OR locked_until < :now)")
			.param("stale", windowStart)
			.param("now", now)
			.update();
		int updated = this.jdbc.sql("""
				UPDATE accounts_sign_in_failure SET failures = failures + 1, last_failure_at = :now
				WHERE kind = :kind AND subject = :subject""")
			.param("kind", kind.name())
			.param("subject", subject)
			.param("now", now)
			.update();
		if (updated == 0) {
			this.jdbc.sql("""
					INSERT INTO accounts_sign_in_failure (kind, subject, failures, first_failure_at, last_failure_at)
					VALUES (:kind, :subject, 1, :now, :now)""")
				.param("kind", kind.name())
				.param("subject", subject)
				.param("now", now)
				.update();
		}
		int locked = this.jdbc.sql("""
				UPDATE accounts_sign_in_failure SET locked_until = :until
				WHERE kind = :kind AND subject = :subject AND failures >= :limit
					AND (locked_until IS NULL OR locked_until < :now)""")
			.param("kind", kind.name())
			.param("subject", subject)
			.param("limit", limit)
			.param("until", now.plus(this.properties.lock()))
			.param("now", now)
			.update();
		if (locked > 0) {
			this.audit.recordAs("caso", AuditAction.SIGN_IN_LOCKED, subject,
					kind.name() + " locked for " + this.properties.lock() + " after " + limit + " failed sign-ins");
		}
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC);
	}

	static String normalized(String account) {
		return (account != null) ? account.trim().toLowerCase(Locale.ROOT) : "";
	}

}
