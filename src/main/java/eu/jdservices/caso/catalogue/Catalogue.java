package eu.jdservices.caso.catalogue;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import eu.jdservices.caso.accounts.Agents;
import eu.jdservices.caso.accounts.Team;
import eu.jdservices.caso.intake.MailWords;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service catalogue's API: one list of the provider's services for the status page,
 * routing and contracts. A service is saved by its key (created or changed); the team it
 * names is created when it does not exist yet.
 */
@Component
public class Catalogue {

	private final ServiceStore store;

	private final ObjectProvider<Agents> agents;

	private final Clock clock;

	private final long refreshNanos;

	private volatile Snapshot snapshot;

	/**
	 * The agents' accounts are needed only to create a service's team, when a service is
	 * saved: reading the catalogue (every new case) does without them.
	 */
	Catalogue(ServiceStore store, ObjectProvider<Agents> agents, Clock clock, CatalogueProperties properties) {
		this.store = store;
		this.agents = agents;
		this.clock = clock;
		this.refreshNanos = properties.refreshInterval().toNanos();
	}

	/**
	 * Every service, by name: read once per {@code caso.catalogue.refresh-interval} (and
	 * at once after a change on this node), not once per mail.
	 */
	public List<Service> services() {
		Snapshot current = this.snapshot;
		long now = System.nanoTime();
		if (current == null || now - current.readAt() > this.refreshNanos) {
			current = new Snapshot(this.store.all(), now);
			this.snapshot = current;
		}
		return current.services();
	}

	public Optional<Service> find(String key) {
		return services().stream().filter((service) -> service.key().equals(key)).findFirst();
	}

	/**
	 * The service a person names by its key or its name (case and accents aside), e.g. in
	 * a contracts CSV.
	 */
	public Optional<Service> findByKeyOrName(String keyOrName) {
		String wanted = String.join(" ", MailWords.words(keyOrName));
		return find(keyOrName.strip()).or(() -> services().stream()
			.filter((service) -> !wanted.isEmpty() && (String.join(" ", MailWords.words(service.name())).equals(wanted)
					|| String.join(" ", MailWords.words(service.key())).equals(wanted)))
			.findFirst());
	}

	/**
	 * Creates the service or changes the one with its key; keywords are stripped and kept
	 * once each, a blank team is none.
	 * @return the service as saved
	 */
	@Transactional
	public Service save(Service service) {
		String team = (service.team() == null || service.team().isBlank()) ? null : service.team().strip();
		Agents accounts = (team != null) ? this.agents.getObject() : null;
		if (accounts != null && accounts.teams().stream().map(Team::name).noneMatch(team::equals)) {
			accounts.createTeam(team);
		}
		LinkedHashSet<String> keywords = new LinkedHashSet<>();
		service.keywords()
			.stream()
			.filter((keyword) -> keyword != null && !keyword.isBlank())
			.map(String::strip)
			.forEach(keywords::add);
		Service saved = new Service(service.key().strip(), service.name().strip(), List.copyOf(keywords), team);
		this.store.save(saved, OffsetDateTime.now(this.clock));
		this.snapshot = null;
		return saved;
	}

	/**
	 * The services a mail names: whose name or one of whose keywords appears in its
	 * subject or text as whole words, whatever the case and accents.
	 */
	public List<Service> mentionedIn(String subject, String text) {
		KeywordMatch words = KeywordMatch.in((subject != null) ? subject : "", (text != null) ? text : "");
		return services().stream().filter(words::names).toList();
	}

	/** The catalogue as read at a moment. */
	private record Snapshot(List<Service> services, long readAt) {

		Snapshot {
			services = List.copyOf(services);
		}

	}

}
