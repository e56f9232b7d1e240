package eu.jdservices.caso.console;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Each agent's saved queue views: a name and the queue's link with its filters and order.
 */
@Repository
class SavedViews {

	private final JdbcClient jdbc;

	SavedViews(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param id identifier
	 * @param name what the agent called it
	 * @param link the queue with its filters, e.g. {@code /cases?mine=true&sort=due}
	 */
	record View(long id, String name, String link) {
	}

	List<View> of(String agent) {
		return this.jdbc.sql("SELECT * FROM console_saved_view WHERE agent_email = :agent ORDER BY name, id")
			.param("agent", agent)
			.query((rs, row) -> new View(rs.getLong("id"), rs.getString("name"), rs.getString("link")))
			.list();
	}

	void save(String agent, String name, String link) {
		this.jdbc.sql("INSERT INTO console_saved_view (agent_email, name, link) VALUES (:agent, :name, :link)")
			.param("agent", agent)
			.param("name", name)
			.param("link", link)
			.update();
	}

	void delete(String agent, long id) {
		this.jdbc.sql("DELETE FROM console_saved_view WHERE id = :id AND agent_email = :agent")
			.param("id", id)
			.param("agent", agent)
			.update();
	}

}
