package eu.jdservices.caso.knowledge;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;

/**
 * A knowledge-base article (S0.1): one category, one visibility, published or not, and
 * one translation per language.
 *
 * @param id its number
 * @param category the category's name
 * @param visibility who may read it
 * @param published whether it is out (an unpublished article is a draft for agents)
 * @param updatedAt when any of it last changed
 * @param translations by language ({@code es}, {@code en})
 */
public record Article(long id, String category, Visibility visibility, boolean published, OffsetDateTime updatedAt,
		Map<String, Translation> translations) {

	public Article {
		translations = Map.copyOf(translations);
	}

	/** Whether the public may read it. */
	public boolean isPublic() {
		return this.published && this.visibility == Visibility.PUBLIC;
	}

	/** The translation of a language, else any other one. */
	public Optional<Translation> in(String language) {
		return Optional.ofNullable(this.translations.get(language))
			.or(() -> this.translations.values().stream().findFirst());
	}

	/**
	 * One language of an article.
	 *
	 * @param language {@code es} or {@code en}
	 * @param title its title
	 * @param body Markdown
	 * @param slug its address, {@code /kb/<slug>}
	 * @param version how many times it was written (1 for the first)
	 * @param updatedAt when it was last written
	 * @param updatedBy who wrote it last
	 */
	public record Translation(String language, String title, String body, String slug, int version,
			OffsetDateTime updatedAt, String updatedBy) {
	}

}
