package eu.jdservices.caso.status;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The status module's tables: incidents, the services they hit, their updates and the
 * cases linked to them. A set of incidents is read with three queries whatever its size
 * (incidents, their services, their updates).
 */
@Repository
class IncidentStore {

	private static final String COLUMNS = "id, title, impact, status, starts_at, ends_at, created_at, resolved_at";

	private final JdbcClient jdbc;

	IncidentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(NewIncident incident, String author, OffsetDateTime at) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("INSERT INTO status_incident (title, impact, status, starts_at, ends_at, created_at, updated_at, "
					+ "resolved_at) VALUES (:title, :impact, :status, :startsAt, :endsAt, :at, :at, :resolvedAt)")
			.param("title", incident.title())
			.param("impact", incident.impact().name())
			.param("status", incident.status().name())
			.param("startsAt", incident.startsAt())
			.param("endsAt", incident.endsAt())
			.param("at", at)
			.param("resolvedAt", incident.status().isOpen() ? null : at)
			.update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		for (String service : incident.services()) {
			this.jdbc.sql("INSERT INTO status_incident_service (incident_id, service_key) VALUES (:id, :key)")
				.param("id", id)
				.param("key", service)
				.update();
		}
		addUpdate(id, incident.status(), incident.message(), author, at);
		return id;
	}

	/** Adds an update; the incident takes its status (and is resolved with RESOLVED). */
	IncidentUpdate addUpdate(long id, IncidentStatus status, String message, String author, OffsetDateTime at) {
		this.jdbc
			.sql("INSERT INTO status_incident_update (incident_id, status, message, posted_at, author) "
					+ "VALUES (:id, :status, :message, :at, :author)")
			.param("id", id)
			.param("status", status.name())
			.param("message", message)
			.param("at", at)
			.param("author", author)
			.update();
		this.jdbc
			.sql("UPDATE status_incident SET status = :status, updated_at = :at, resolved_at = :resolvedAt "
					+ "WHERE id = :id")
			.param("status", status.name())
			.param("at", at)
			.param("resolvedAt", status.isOpen() ? null : at)
			.param("id", id)
			.update();
		return this.jdbc
			.sql("SELECT id, status, message, posted_at FROM status_incident_update WHERE incident_id = :id "
					+ "ORDER BY posted_at DESC, id DESC LIMIT 1")
			.param("id", id)
			.query(IncidentStore::update)
			.single();
	}

	Optional<Incident> find(long id) {
		return load("id = :id", Map.of("id", id), true).stream().findFirst();
	}

	/**
	 * What the status page shows: the incidents not resolved, and those resolved since
	 * the start of its history; the updates of the open ones only.
	 */
	List<Incident> since(OffsetDateTime since) {
		List<Incident> incidents = load("resolved_at IS NULL OR resolved_at >= :since", Map.of("since", since), false);
		Map<Long, List<IncidentUpdate>> updates = updates("status <> 'RESOLVED'", Map.of());
		return incidents.stream().map((incident) -> withUpdates(incident, updates)).toList();
	}

	/** The incidents updated last, newest first, with their updates. */
	List<Incident> latest(int limit) {
		return load("id IN (SELECT id FROM status_incident ORDER BY updated_at DESC, id DESC LIMIT " + limit + ")",
				Map.of(), true)
			.stream()
			.sorted(java.util.Comparator.comparing(IncidentStore::lastChange).reversed())
			.toList();
	}

	/** The incidents not resolved that hit one of these services. */
	List<Incident> openOf(List<String> services) {
		if (services.isEmpty()) {
			return List.of();
		}
		return load("status <> 'RESOLVED' AND id IN (SELECT incident_id FROM status_incident_service "
				+ "WHERE service_key IN (:services))", Map.of("services", services), false);
	}

	/** The incidents a case is linked to, oldest link first. */
	List<Incident> linkedTo(long caseNumber) {
		return load("id IN (SELECT incident_id FROM status_incident_case WHERE case_number = :number)",
				Map.of("number", caseNumber), false);
	}

	void link(long incidentId, long caseNumber, OffsetDateTime at) {
		boolean linked = this.jdbc
			.sql("SELECT COUNT(*) FROM status_incident_case WHERE incident_id = :id AND case_number = :number")
			.param("id", incidentId)
			.param("number", caseNumber)
			.query(Long.class)
			.single() > 0;
		if (!linked) {
			this.jdbc
				.sql("INSERT INTO status_incident_case (incident_id, case_number, linked_at) "
						+ "VALUES (:id, :number, :at)")
				.param("id", incidentId)
				.param("number", caseNumber)
				.param("at", at)
				.update();
		}
	}

	/** The linked cases that have not ended. */
	List<Long> openCasesOf(long incidentId) {
		return this.jdbc
			.sql("SELECT case_number FROM status_incident_case WHERE incident_id = :id AND ended_at IS NULL "
					+ "ORDER BY case_number")
			.param("id", incidentId)
			.query(Long.class)
			.list();
	}

	/** How many cases are linked to each of the incidents. */
	Map<Long, Long> linkedCases() {
		Map<Long, Long> counts = new HashMap<>();
		this.jdbc.sql("SELECT incident_id, COUNT(*) FROM status_incident_case GROUP BY incident_id")
			.query((row, n) -> Map.entry(row.getLong(1), row.getLong(2)))
			.list()
			.forEach((entry) -> counts.put(entry.getKey(), entry.getValue()));
		return counts;
	}

	void caseEnded(long caseNumber, OffsetDateTime at) {
		this.jdbc.sql("UPDATE status_incident_case SET ended_at = :at WHERE case_number = :number AND ended_at IS NULL")
			.param("at", at)
			.param("number", caseNumber)
			.update();
	}

	private List<Incident> load(String condition, Map<String, ?> params, boolean withUpdates) {
		List<Incident> incidents = this.jdbc
			.sql("SELECT " + COLUMNS + " FROM status_incident WHERE " + condition + " ORDER BY created_at, id")
			.params(params)
			.query(IncidentStore::incident)
			.list();
		if (incidents.isEmpty()) {
			return incidents;
		}
		Map<Long, List<String>> services = new HashMap<>();
		this.jdbc
			.sql("SELECT incident_id, service_key FROM status_incident_service WHERE incident_id IN "
					+ "(SELECT id FROM status_incident WHERE " + condition + ") ORDER BY incident_id, service_key")
			.params(params)
			.query((row, n) -> Map.entry(row.getLong(1), row.getString(2)))
			.list()
			.forEach((entry) -> services.computeIfAbsent(entry.getKey(), (id) -> new ArrayList<>())
				.add(entry.getValue()));
		Map<Long, List<IncidentUpdate>> updates = withUpdates ? updates(condition, params) : Map.of();
		return incidents.stream()
			.map((incident) -> new Incident(incident.id(), incident.title(),
					services.getOrDefault(incident.id(), List.of()), incident.impact(), incident.status(),
					incident.startsAt(), incident.endsAt(), incident.createdAt(), incident.resolvedAt(),
					updates.getOrDefault(incident.id(), List.of())))
			.toList();
	}

	private Map<Long, List<IncidentUpdate>> updates(String condition, Map<String, ?> params) {
		Map<Long, List<IncidentUpdate>> updates = new HashMap<>();
		this.jdbc
			.sql("SELECT incident_id, id, status, message, posted_at FROM status_incident_update WHERE incident_id IN "
					+ "(SELECT id FROM status_incident WHERE " + condition + ") ORDER BY posted_at DESC, id DESC")
			.params(params)
			.query((row, n) -> Map.entry(row.getLong(1),
					new IncidentUpdate(row.getLong(2), IncidentStatus.valueOf(row.getString(3)), row.getString(4),
							row.getObject(5, OffsetDateTime.class))))
			.list()
			.forEach((entry) -> updates.computeIfAbsent(entry.getKey(), (id) -> new ArrayList<>())
				.add(entry.getValue()));
		return updates;
	}

	private static Incident withUpdates(Incident incident, Map<Long, List<IncidentUpdate>> updates) {
		return new Incident(incident.id(), incident.title(), incident.services(), incident.impact(), incident.status(),
				incident.startsAt(), incident.endsAt(), incident.createdAt(), incident.resolvedAt(),
				updates.getOrDefault(incident.id(), List.of()));
	}

	private static OffsetDateTime lastChange(Incident incident) {
		return incident.updates().isEmpty() ? incident.createdAt() : incident.updates().get(0).at();
	}

	private static Incident incident(ResultSet row, int n) throws SQLException {
		return new Incident(row.getLong("id"), row.getString("title"), List.of(),
				Impact.valueOf(row.getString("impact")), IncidentStatus.valueOf(row.getString("status")),
				row.getObject("starts_at", OffsetDateTime.class), row.getObject("ends_at", OffsetDateTime.class),
				row.getObject("created_at", OffsetDateTime.class), row.getObject("resolved_at", OffsetDateTime.class),
				List.of());
	}

	private static IncidentUpdate update(ResultSet row, int n) throws SQLException {
		return new IncidentUpdate(row.getLong("id"), IncidentStatus.valueOf(row.getString("status")),
				row.getString("message"), row.getObject("posted_at", OffsetDateTime.class));
	}

}
