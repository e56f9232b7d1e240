package eu.jdservices.caso.accounts;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Agent and administrator accounts.
 */
@Repository
class AgentStore {

	private final JdbcClient jdbc;

	private final Clock clock;

	AgentStore(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	record Agent(String email, String name, String passwordHash, String role, boolean enabled) {
	}

	Optional<Agent> find(String email) {
		return this.jdbc.sql("SELECT * FROM accounts_agent WHERE email = :email")
			.param("email", email)
			.query((rs, row) -> new Agent(rs.getString("email"), rs.getString("name"), rs.getString("password_hash"),
					rs.getString("role"), rs.getBoolean("enabled")))
			.optional();
	}

	boolean anyWithRole(String role) {
		return this.jdbc.sql("SELECT COUNT(*) FROM accounts_agent WHERE role = :role")
			.param("role", role)
			.query(Long.class)
			.single() > 0;
	}

	void insert(Agent agent) {
		this.jdbc.sql("""
				INSERT INTO accounts_agent (email, name, password_hash, role, enabled, created_at)
				VALUES (:email, :name, :hash, :role, :enabled, :now)""")
			.param("email", agent.email())
			.param("name", agent.name())
			.param("hash", agent.passwordHash())
			.param("role", agent.role())
			.param("enabled", agent.enabled())
			.param("now", OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC))
			.update();
	}

}
