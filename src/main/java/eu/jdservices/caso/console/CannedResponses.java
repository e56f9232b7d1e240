package eu.jdservices.caso.console;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Texts agents insert into the composer: personal ones (only their owner sees them), a
 * team's (its agents and cases see them) and everyone's. Variables in braces are filled
 * from the case when inserted ({@link #fill}).
 */
@Repository
class CannedResponses {

	private static final RowMapper<Canned> CANNED = (rs, row) -> new Canned(rs.getLong("id"), rs.getString("title"),
			rs.getString("body"), rs.getString("owner_email"), rs.getString("team"));

	private final JdbcClient jdbc;

	private final Clock clock;

	CannedResponses(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * A canned response.
	 *
	 * @param id identifier
	 * @param title what the picker shows
	 * @param body the text, with variables such as {@code {contact.name}}
	 * @param owner the agent it belongs to (personal), or {@code null}
	 * @param team the team it belongs to, or {@code null} (with no owner: everyone's)
	 */
	record Canned(long id, String title, String body, String owner, String team) {

		public boolean personal() {
			return this.owner != null;
		}

	}

	/** What an agent may use on a case of the given team (either team may be null). */
	List<Canned> usableBy(String agent, String agentTeam, String caseTeam) {
		return this.jdbc.sql("""
				SELECT * FROM console_canned_response
				WHERE owner_email = :agent
				   OR (owner_email IS NULL AND (team IS NULL OR team = :agentTeam OR team = :caseTeam))
				ORDER BY title, id""")
			.param("agent", agent)
			.param("agentTeam", agentTeam)
			.param("caseTeam", caseTeam)
			.query(CANNED)
			.list();
	}

	/** What the agent's page lists: their own and every shared one. */
	List<Canned> listedFor(String agent) {
		return this.jdbc.sql("""
				SELECT * FROM console_canned_response WHERE owner_email = :agent OR owner_email IS NULL
				ORDER BY owner_email NULLS LAST, team NULLS FIRST, title, id""")
			.param("agent", agent)
			.query(CANNED)
			.list();
	}

	Optional<Canned> find(long id) {
		return this.jdbc.sql("SELECT * FROM console_canned_response WHERE id = :id")
			.param("id", id)
			.query(CANNED)
			.optional();
	}

	void add(String title, String body, String owner, String team, String by) {
		this.jdbc.sql("""
				INSERT INTO console_canned_response (title, body, owner_email, team, created_by, created_at)
				VALUES (:title, :body, :owner, :team, :by, :now)""")
			.param("title", title)
			.param("body", body)
			.param("owner", owner)
			.param("team", team)
			.param("by", by)
			.param("now", OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC))
			.update();
	}

	void delete(long id) {
		this.jdbc.sql("DELETE FROM console_canned_response WHERE id = :id").param("id", id).update();
	}

	/**
	 * The text with each {@code {name}} of the given values replaced; unknown variables
	 * stay as written.
	 */
	static String fill(String body, Map<String, String> values) {
		StringBuilder filled = new StringBuilder(body.length() + 32);
		int at = 0;
		while (at < body.length()) {
			int open = body.indexOf('{', at);
			int close = (open < 0) ? -1 : body.indexOf('}', open);
			if (open < 0 || close < 0) {
				filled.append(body, at, body.length());
				break;
			}
			String name = body.substring(open + 1, close).strip();
			String value = values.get(name);
			filled.append(body, at, open).append((value != null) ? value : body.substring(open, close + 1));
			at = close + 1;
		}
		return filled.toString();
	}

}
