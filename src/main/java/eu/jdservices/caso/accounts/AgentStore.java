package eu.jdservices.caso.accounts;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Agent and administrator accounts, and their teams.
 */
@Repository
class AgentStore {

	private static final String ACCOUNTS = """
			SELECT a.email, a.name, a.role, a.enabled, t.name AS team FROM accounts_agent a
			LEFT JOIN accounts_team t ON t.id = a.team_id""";

	private static final RowMapper<AgentAccount> ACCOUNT = (rs, row) -> new AgentAccount(rs.getString("email"),
			rs.getString("name"), rs.getString("role"), rs.getString("team"), rs.getBoolean("enabled"));

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

	/** The enabled administrators, locked until the end of the transaction. */
	List<String> lockEnabledAdmins() {
		return this.jdbc.sql("SELECT email FROM accounts_agent WHERE role = :role AND enabled = TRUE FOR UPDATE")
			.param("role", Roles.ADMIN)
			.query(String.class)
			.list();
	}

	void insert(Agent agent) {
		insert(agent, null);
	}

	void insert(Agent agent, Long teamId) {
		this.jdbc.sql("""
				INSERT INTO accounts_agent (email, name, password_hash, role, enabled, created_at, team_id)
				VALUES (:email, :name, :hash, :role, :enabled, :now, :team)""")
			.param("email", agent.email())
			.param("name", agent.name())
			.param("hash", agent.passwordHash())
			.param("role", agent.role())
			.param("enabled", agent.enabled())
			.param("now", OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC))
			.param("team", teamId)
			.update();
	}

	List<AgentAccount> accounts() {
		return this.jdbc.sql(ACCOUNTS + " ORDER BY a.email").query(ACCOUNT).list();
	}

	Optional<AgentAccount> account(String email) {
		return this.jdbc.sql(ACCOUNTS + " WHERE a.email = :email").param("email", email).query(ACCOUNT).optional();
	}

	void update(String email, String name, String role, Long teamId, boolean enabled) {
		this.jdbc
			.sql("UPDATE accounts_agent SET name = :name, role = :role, team_id = :team, enabled = :enabled "
					+ "WHERE email = :email")
			.param("email", email)
			.param("name", name)
			.param("role", role)
			.param("team", teamId)
			.param("enabled", enabled)
			.update();
	}

	void updatePassword(String email, String passwordHash) {
		this.jdbc.sql("UPDATE accounts_agent SET password_hash = :hash WHERE email = :email")
			.param("email", email)
			.param("hash", passwordHash)
			.update();
	}

	List<Team> teams() {
		return this.jdbc.sql("""
				SELECT t.id, t.name, (SELECT COUNT(*) FROM accounts_agent a WHERE a.team_id = t.id) AS members
				FROM accounts_team t ORDER BY t.name""")
			.query((rs, row) -> new Team(rs.getLong("id"), rs.getString("name"), rs.getInt("members")))
			.list();
	}

	Optional<Long> teamId(String name) {
		return this.jdbc.sql("SELECT id FROM accounts_team WHERE name = :name")
			.param("name", name)
			.query(Long.class)
			.optional();
	}

	void insertTeam(String name) {
		this.jdbc.sql("INSERT INTO accounts_team (name) VALUES (:name)").param("name", name).update();
	}

	int renameTeam(long id, String name) {
		return this.jdbc.sql("UPDATE accounts_team SET name = :name WHERE id = :id")
			.param("id", id)
			.param("name", name)
			.update();
	}

}
