package eu.jdservices.caso.catalogue;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The catalogue's tables: {@code catalogue_service} and its keywords. The whole catalogue
 * is read with two queries.
 */
@Repository
class ServiceStore {

	private final JdbcClient jdbc;

	ServiceStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Service> all() {
		Map<Long, List<String>> keywords = new LinkedHashMap<>();
		this.jdbc.sql("SELECT service_id, keyword FROM catalogue_keyword ORDER BY service_id, seq")
			.query((row, n) -> Map.entry(row.getLong(1), row.getString(2)))
			.list()
			.forEach((entry) -> keywords.computeIfAbsent(entry.getKey(), (id) -> new ArrayList<>())
				.add(entry.getValue()));
		return this.jdbc.sql("SELECT id, service_key, name, team FROM catalogue_service ORDER BY name, service_key")
			.query((row, n) -> new Service(row.getString(2), row.getString(3),
					keywords.getOrDefault(row.getLong(1), List.of()), row.getString(4)))
			.list();
	}

	/**
	 * Creates the service, or changes the one with its key; its keywords are replaced.
	 */
	void save(Service service, OffsetDateTime at) {
		Optional<Long> existing = this.jdbc.sql("SELECT id FROM catalogue_service WHERE service_key = :key")
			.param("key", service.key())
			.query(Long.class)
			.optional();
		long id;
		if (existing.isPresent()) {
			id = existing.get();
			this.jdbc.sql("UPDATE catalogue_service SET name = :name, team = :team, changed_at = :at WHERE id = :id")
				.param("name", service.name())
				.param("team", service.team())
				.param("at", at)
				.param("id", id)
				.update();
			this.jdbc.sql("DELETE FROM catalogue_keyword WHERE service_id = :id").param("id", id).update();
		}
		else {
			this.jdbc
				.sql("INSERT INTO catalogue_service (service_key, name, team, changed_at) "
						+ "VALUES (:key, :name, :team, :at)")
				.param("key", service.key())
				.param("name", service.name())
				.param("team", service.team())
				.param("at", at)
				.update();
			id = this.jdbc.sql("SELECT id FROM catalogue_service WHERE service_key = :key")
				.param("key", service.key())
				.query(Long.class)
				.single();
		}
		for (int i = 0; i < service.keywords().size(); i++) {
			this.jdbc.sql("INSERT INTO catalogue_keyword (service_id, seq, keyword) VALUES (:id, :seq, :keyword)")
				.param("id", id)
				.param("seq", i)
				.param("keyword", service.keywords().get(i))
				.update();
		}
	}

}
