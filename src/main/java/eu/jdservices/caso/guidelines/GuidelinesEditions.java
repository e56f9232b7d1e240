package eu.jdservices.caso.guidelines;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editions of the guidelines page (table {@code guidelines_edition}): at start-up,
 * and whenever the page is read without one, the current facts are published as a new
 * edition when they differ from the latest one. Two nodes starting together may both
 * publish the same version; the history reads them as one.
 */
@Component
class GuidelinesEditions {

	/** How many earlier editions the page lists. */
	static final int HISTORY = 10;

	private final JdbcClient jdbc;

	private final GuidelinesFacts facts;

	private final Clock clock;

	GuidelinesEditions(JdbcClient jdbc, GuidelinesFacts facts, Clock clock) {
		this.jdbc = jdbc;
		this.facts = facts;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void publishOnStart() {
		current();
	}

	/** The edition in force: the latest, or the current facts published now. */
	@Transactional
	public GuidelinesEdition current() {
		GuidelinesEdition now = GuidelinesEdition.of(this.facts.current(), this.clock.instant());
		Optional<GuidelinesEdition> latest = latest(1).stream().findFirst();
		if (latest.isPresent() && latest.get().version().equals(now.version())) {
			return latest.get();
		}
		this.jdbc.sql("INSERT INTO guidelines_edition (version, published_at, facts) VALUES (:version, :at, :facts)")
			.param("version", now.version())
			.param("at", now.publishedAt().atOffset(ZoneOffset.UTC))
			.param("facts", now.factsText())
			.update();
		return now;
	}

	/**
	 * The editions up to the one in force, newest first, each with what changed from the
	 * one before it (empty for the first).
	 */
	@Transactional(readOnly = true)
	public List<Change> history() {
		List<GuidelinesEdition> editions = latest(HISTORY + 1);
		List<Change> changes = new ArrayList<>();
		for (int i = 0; i < Math.min(editions.size(), HISTORY); i++) {
			GuidelinesEdition edition = editions.get(i);
			Set<Topic> topics = (i + 1 < editions.size()) ? edition.changesFrom(editions.get(i + 1)) : Set.of();
			changes.add(new Change(edition, topics));
		}
		return changes;
	}

	/** The newest editions, consecutive copies of one version read as one. */
	private List<GuidelinesEdition> latest(int count) {
		List<GuidelinesEdition> editions = new ArrayList<>();
		this.jdbc.sql("SELECT version, published_at, facts FROM guidelines_edition ORDER BY id DESC LIMIT :rows")
			.param("rows", 4 * count + 4)
			.query((rs, row) -> new GuidelinesEdition(rs.getString("version"),
					rs.getObject("published_at", OffsetDateTime.class).toInstant(),
					GuidelinesEdition.factsOf(rs.getString("facts"))))
			.list()
			.forEach((edition) -> {
				if (!editions.isEmpty() && editions.get(editions.size() - 1).version().equals(edition.version())) {
					editions.set(editions.size() - 1, edition);
				}
				else {
					editions.add(edition);
				}
			});
		return editions.subList(0, Math.min(count, editions.size()));
	}

	/**
	 * An edition and what it changed.
	 *
	 * @param edition the edition
	 * @param topics what changed from the edition before it; empty for the first
	 */
	record Change(GuidelinesEdition edition, Set<Topic> topics) {
	}

}
