package eu.jdservices.caso.status;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import eu.jdservices.caso.catalogue.Catalogue;
import eu.jdservices.caso.catalogue.Service;
import eu.jdservices.caso.cases.CaseActions;
import eu.jdservices.caso.timers.BusinessCalendar;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The status page's API: incidents and scheduled maintenance of catalogue services, their
 * updates (told to the contacts of the linked cases on request, the cases closed on
 * resolution if asked), the cases linked to each, and the board the public page shows.
 */
@Component
public class Incidents {

	private final IncidentStore store;

	private final Catalogue catalogue;

	private final CaseActions cases;

	private final ApplicationEventPublisher events;

	private final StatusProperties properties;

	private final ZoneId zone;

	private final Clock clock;

	Incidents(IncidentStore store, Catalogue catalogue, CaseActions cases, ApplicationEventPublisher events,
			StatusProperties properties, BusinessCalendar calendar, Clock clock) {
		this.store = store;
		this.catalogue = catalogue;
		this.cases = cases;
		this.events = events;
		this.properties = properties;
		this.clock = clock;
		this.zone = calendar.zone();
	}

	/**
	 * Opens an incident with its first update.
	 * @throws IncidentRefused for a service not in the catalogue, a maintenance that ends
	 * before it starts
	 */
	@Transactional
	public Incident open(NewIncident incident, String author) {
		List<String> known = this.catalogue.services().stream().map(Service::key).toList();
		for (String service : incident.services()) {
			if (!known.contains(service)) {
				throw new IncidentRefused(IncidentRefused.Refusal.UNKNOWN_SERVICE, "services", service);
			}
		}
		if (incident.startsAt() != null && incident.endsAt() != null
				&& !incident.endsAt().isAfter(incident.startsAt())) {
			throw new IncidentRefused(IncidentRefused.Refusal.ENDS_BEFORE_START, "endsAt");
		}
		long id = this.store.insert(incident, author, now());
		return this.store.find(id).orElseThrow();
	}

	/**
	 * Posts an update. With {@code notifyCases} the contacts of every linked case that is
	 * still open get it by mail; a {@code RESOLVED} update with {@code closeCases} closes
	 * those cases instead (their closure notice carries the message and the link).
	 * @throws IncidentRefused for an unknown incident or one already resolved
	 */
	@Transactional
	public Incident post(long id, NewUpdate update, String author) {
		Incident incident = this.store.find(id)
			.orElseThrow(() -> new IncidentRefused(IncidentRefused.Refusal.NOT_FOUND, null, id));
		if (!incident.isOpen()) {
			throw new IncidentRefused(IncidentRefused.Refusal.RESOLVED, null, id);
		}
		IncidentUpdate posted = this.store.addUpdate(id, update.status(), update.message(), author, now());
		Incident updated = this.store.find(id).orElseThrow();
		List<Long> linked = this.store.openCasesOf(id);
		String url = url(id);
		if (update.closeCases() && !update.status().isOpen()) {
			String resolution = update.message().strip() + "\n\n" + url;
			linked.forEach((number) -> this.cases.close(number, author, resolution));
		}
		else if (update.notifyCases() && !linked.isEmpty()) {
			this.events.publishEvent(new IncidentUpdatePosted(updated.link(url), posted, url, linked));
		}
		return updated;
	}

	@Transactional(readOnly = true)
	public Optional<Incident> find(long id) {
		return this.store.find(id);
	}

	/** The incidents updated last, newest first, with their updates. */
	@Transactional(readOnly = true)
	public List<Incident> latest(int limit) {
		return this.store.latest(limit);
	}

	/** The incidents a case is linked to. */
	@Transactional(readOnly = true)
	public List<IncidentLink> linkedTo(long caseNumber) {
		return this.store.linkedTo(caseNumber).stream().map((incident) -> incident.link(url(incident.id()))).toList();
	}

	/** The cases linked to an incident that have not ended. */
	@Transactional(readOnly = true)
	public List<Long> openCasesOf(long id) {
		return this.store.openCasesOf(id);
	}

	/** How many cases are linked to each incident (by id). */
	@Transactional(readOnly = true)
	public Map<Long, Long> linkedCases() {
		return this.store.linkedCases();
	}

	/** The names of an incident's services (its keys where the catalogue has none). */
	@Transactional(readOnly = true)
	public List<String> serviceNamesOf(Incident incident) {
		Map<String, String> names = new java.util.HashMap<>();
		this.catalogue.services().forEach((service) -> names.put(service.key(), service.name()));
		return incident.services().stream().map((key) -> names.getOrDefault(key, key)).toList();
	}

	/** The provider's time zone, in which the page's days are counted. */
	public ZoneId zone() {
		return this.zone;
	}

	/** The public page of an incident. */
	public String url(long id) {
		return this.properties.incidentUrl(id);
	}

	/**
	 * What the status page shows now: a handful of queries whatever the length of the
	 * history (the catalogue, the incidents of the history's days, their services, the
	 * open ones' updates).
	 */
	@Transactional(readOnly = true)
	public StatusBoard board() {
		OffsetDateTime now = now();
		Instant instant = now.toInstant();
		int days = this.properties.historyDays();
		OffsetDateTime since = now.atZoneSameInstant(this.zone)
			.toLocalDate()
			.minusDays(days - 1L)
			.atStartOfDay(this.zone)
			.toOffsetDateTime();
		List<Incident> incidents = this.store.since(since);
		List<StatusBoard.ServiceStatus> services = this.catalogue.services()
			.stream()
			.map((service) -> new StatusBoard.ServiceStatus(service.key(), service.name(),
					ServiceStates.now(service.key(), incidents, instant),
					ServiceStates.history(service.key(), incidents, instant, this.zone, days)))
			.toList();
		List<Incident> open = incidents.stream()
			.filter((incident) -> incident.isOpen() && !incident.isUpcomingAt(instant))
			.sorted(Comparator.comparing(Incident::createdAt).reversed())
			.toList();
		List<Incident> upcoming = incidents.stream()
			.filter((incident) -> incident.isUpcomingAt(instant))
			.sorted(Comparator.comparing(Incident::startsAt))
			.toList();
		return new StatusBoard(services, open, upcoming, now);
	}

	/**
	 * The incidents on now (open; maintenance between start and end) that hit one of the
	 * services a text names.
	 */
	@Transactional(readOnly = true)
	public List<Incident> onNowFor(List<String> services) {
		Instant now = this.clock.instant();
		return this.store.openOf(services).stream().filter((incident) -> incident.isOnAt(now)).toList();
	}

	void link(long incidentId, long caseNumber) {
		this.store.link(incidentId, caseNumber, now());
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock);
	}

}
