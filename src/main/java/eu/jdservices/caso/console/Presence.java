package eu.jdservices.caso.console;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who has a case open in the console and who is writing in its composer: each open case
 * view reports every few seconds; a report older than {@link #FRESH} no longer counts.
 * Kept in the database, so agents on different nodes see each other.
 */
@Repository
class Presence {

	/** How long a report counts. */
	static final Duration FRESH = Duration.ofSeconds(15);

	private final JdbcClient jdbc;

	private final Clock clock;

	Presence(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Another agent on the same case.
	 *
	 * @param agent their e-mail
	 * @param typing whether they are writing in the composer
	 */
	record Viewer(String agent, boolean typing) {
	}

	/** The agent has the case open (and is writing, or not). */
	void report(long number, String agent, boolean typing) {
		OffsetDateTime now = now();
		int updated = this.jdbc.sql("""
				UPDATE console_presence SET typing = :typing, seen_at = :now
				WHERE case_number = :number AND agent_email = :agent""")
			.param("typing", typing)
			.param("now", now)
			.param("number", number)
			.param("agent", agent)
			.update();
		if (updated == 0) {
			try {
				this.jdbc.sql("""
						INSERT INTO console_presence (case_number, agent_email, typing, seen_at)
						VALUES (:number, :agent, :typing, :now)""")
					.param("number", number)
					.param("agent", agent)
					.param("typing", typing)
					.param("now", now)
					.update();
			}
			catch (DuplicateKeyException raced) {
				// the same agent's other tab reported at the same moment: that report
				// counts
			}
		}
	}

	/** The other agents with the case open now. */
	List<Viewer> others(long number, String agent) {
		return this.jdbc.sql("""
				SELECT agent_email, typing FROM console_presence
				WHERE case_number = :number AND agent_email <> :agent AND seen_at > :since
				ORDER BY agent_email""")
			.param("number", number)
			.param("agent", agent)
			.param("since", now().minus(FRESH))
			.query((rs, row) -> new Viewer(rs.getString("agent_email"), rs.getBoolean("typing")))
			.list();
	}

	/** Forgets reports that no longer count. */
	void forgetStale() {
		this.jdbc.sql("DELETE FROM console_presence WHERE seen_at < :before")
			.param("before", now().minus(FRESH.multipliedBy(4)))
			.update();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC);
	}

}
