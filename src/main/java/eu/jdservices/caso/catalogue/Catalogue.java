package eu.jdservices.caso.catalogue;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import eu.jdservices.caso.accounts.Agents;
import eu.jdservices.caso.accounts.Team;

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

	private final Agents agents;

	private final Clock clock;

	Catalogue(ServiceStore store, Agents agents, Clock clock) {
		this.store = store;
		this.agents = agents;
		this.clock = clock;
	}

	/** Every service, by name. */
	@Transactional(readOnly = true)
	public List<Service> services() {
		return this.store.all();
	}

	@Transactional(readOnly = true)
	public Optional<Service> find(String key) {
		return this.store.find(key);
	}

	/**
	 * Creates the service or changes the one with its key; keywords are stripped and kept
	 * once each, a blank team is none.
	 * @return the service as saved
	 */
	@Transactional
	public Service save(Service service) {
		String team = (service.team() == null || service.team().isBlank()) ? null : service.team().strip();
		if (team != null && this.agents.teams().stream().map(Team::name).noneMatch(team::equals)) {
			this.agents.createTeam(team);
		}
		LinkedHashSet<String> keywords = new LinkedHashSet<>();
		service.keywords()
			.stream()
			.filter((keyword) -> keyword != null && !keyword.isBlank())
			.map(String::strip)
			.forEach(keywords::add);
		Service saved = new Service(service.key().strip(), service.name().strip(), List.copyOf(keywords), team);
		this.store.save(saved, OffsetDateTime.now(this.clock));
		return saved;
	}

	/**
	 * The services a mail names: whose name or one of whose keywords appears in its
	 * subject or text as whole words, whatever the case and accents.
	 */
	@Transactional(readOnly = true)
	public List<Service> mentionedIn(String subject, String text) {
		KeywordMatch words = KeywordMatch.in((subject != null) ? subject : "", (text != null) ? text : "");
		return this.store.all().stream().filter(words::names).toList();
	}

}
