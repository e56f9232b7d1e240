package eu.jdservices.caso.knowledge;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.PreDestroy;

import eu.jdservices.caso.intake.Severity;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The knowledge base (S0.1): articles written by agents in Spanish and English, searched
 * with stemming and accent folding, read by the public when public and published, and
 * suggested in the acknowledgement of a new C case that reads as a question.
 */
@Service
public class Knowledge {

	/** How much of a new case's text a suggestion is looked for in. */
	private static final int QUESTION_TEXT = 4_000;

	private final ArticleStore store;

	private final KnowledgeProperties properties;

	private final Clock clock;

	private final KnowledgeIndex index = new KnowledgeIndex();

	private volatile String indexed = "";

	Knowledge(ArticleStore store, KnowledgeProperties properties, Clock clock) {
		this.store = store;
		this.properties = properties;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	public void buildIndex() {
		reindex();
	}

	/** Another node may have changed articles: re-read them when anything differs. */
	@Scheduled(fixedDelayString = "${caso.knowledge.refresh-interval:30s}",
			initialDelayString = "${caso.knowledge.refresh-interval:30s}")
	public void refreshIndex() {
		if (!this.store.fingerprint().equals(this.indexed)) {
			reindex();
		}
	}

	private synchronized void reindex() {
		String fingerprint = this.store.fingerprint();
		this.index.rebuild(this.store.all());
		this.indexed = fingerprint;
	}

	@PreDestroy
	void close() throws java.io.IOException {
		this.index.close();
	}

	/** Writes a new article with its first translation. */
	@Transactional
	public Article create(ArticleDraft draft, String author) {
		Map<String, String> faults = new LinkedHashMap<>();
		String language = language(draft.language(), faults);
		require("title", draft.title(), faults);
		require("body", draft.body(), faults);
		require("category", draft.category(), faults);
		if (draft.visibility() == null) {
			faults.put("visibility", "kb.invalid.visibility");
		}
		checkSlug(draft.slug(), faults);
		refuseIf(faults);
		OffsetDateTime now = now();
		long id = this.store.insertArticle(this.store.categoryId(draft.category().strip()), draft.visibility(), true,
				now);
		String slug = freeSlug((draft.slug() != null) ? draft.slug() : Slugs.of(draft.title()), id, language);
		this.store.write(id,
				new Article.Translation(language, draft.title().strip(), draft.body(), slug, 1, now, author),
				draft.category().strip(), draft.visibility());
		return indexed(id);
	}

	/**
	 * Changes an article: the fields given (others stay), the translation of the change's
	 * language written as a new version (or added, then with a title and a body).
	 */
	@Transactional
	public Article update(long id, ArticleChange change, String author) {
		Article current = this.store.find(id).orElseThrow(() -> ArticleRefused.noSuchArticle(id));
		Map<String, String> faults = new LinkedHashMap<>();
		String language = (change.language() != null) ? language(change.language(), faults) : null;
		Article.Translation existing = (language != null) ? current.translations().get(language) : null;
		if (language != null && existing == null) {
			require("title", change.title(), faults);
			require("body", change.body(), faults);
		}
		if (change.title() != null && change.title().isBlank()) {
			faults.put("title", "kb.invalid.blank");
		}
		if (change.category() != null && change.category().isBlank()) {
			faults.put("category", "kb.invalid.blank");
		}
		checkSlug(change.slug(), faults);
		if (language == null && (change.title() != null || change.body() != null || change.slug() != null)) {
			faults.put("language", "kb.invalid.language-needed");
		}
		refuseIf(faults);
		String category = (change.category() != null) ? change.category().strip() : current.category();
		Visibility visibility = (change.visibility() != null) ? change.visibility() : current.visibility();
		boolean published = (change.published() != null) ? change.published() : current.published();
		OffsetDateTime now = now();
		this.store.updateArticle(id, this.store.categoryId(category), visibility, published, now);
		if (language != null) {
			String title = (change.title() != null) ? change.title().strip() : existing.title();
			String body = (change.body() != null) ? change.body() : existing.body();
			String slug = (change.slug() != null) ? freeSlug(change.slug(), id, language)
					: (existing != null) ? existing.slug() : freeSlug(Slugs.of(title), id, language);
			int version = (existing != null) ? existing.version() + 1 : 1;
			this.store.write(id, new Article.Translation(language, title, body, slug, version, now, author), category,
					visibility);
		}
		return indexed(id);
	}

	/** Writes an earlier version of a translation again, as its newest version. */
	@Transactional
	public Article restore(long id, String language, int version, String author) {
		ArticleStore.Version old = this.store.versions(id)
			.stream()
			.filter((candidate) -> candidate.language().equals(language) && candidate.version() == version)
			.findFirst()
			.orElseThrow(() -> ArticleRefused.fields(Map.of("version", "kb.invalid.version")));
		return update(id, new ArticleChange(language, old.title(), old.body(), old.category(), old.visibility(),
				old.slug(), null), author);
	}

	@Transactional
	public void delete(long id) {
		this.store.find(id).orElseThrow(() -> ArticleRefused.noSuchArticle(id));
		this.store.delete(id, now());
		this.index.remove(id);
		this.indexed = this.store.fingerprint();
	}

	@Transactional(readOnly = true)
	public Optional<Article> find(long id) {
		return this.store.find(id);
	}

	/**
	 * Every article, public or not, newest change first, without their bodies (for
	 * lists).
	 */
	@Transactional(readOnly = true)
	public List<Article> all() {
		return this.store.listing();
	}

	@Transactional(readOnly = true)
	public List<Version> versions(long id) {
		return this.store.versions(id)
			.stream()
			.map((v) -> new Version(v.language(), v.version(), v.title(), v.changedBy(), v.changedAt()))
			.toList();
	}

	/**
	 * What the public reads at {@code /kb/<slug>}: the article and the translation the
	 * slug names, also for a slug it had before; empty for an unknown slug or an article
	 * the public may not read.
	 */
	@Transactional(readOnly = true)
	public Optional<Reading> read(String slug) {
		return this.store.slugOwner(slug)
			.flatMap((owner) -> this.store.find(owner.articleId())
				.filter(Article::isPublic)
				.flatMap((article) -> Optional.ofNullable(article.translations().get(owner.language()))
					.map((translation) -> new Reading(article, translation, Markdown.html(translation.body())))));
	}

	/**
	 * A search: the best matches, each with its translation and score.
	 * @param text what was searched for
	 * @param language {@code es}, {@code en}, or {@code null} for both
	 * @param includeInternal whether agents search (internal and unpublished articles
	 * too)
	 * @param limit at most this many
	 */
	public List<Found> search(String text, String language, boolean includeInternal, int limit) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return found(this.index.search(text, language, !includeInternal, KnowledgeIndex.Match.ANY, limit));
	}

	/**
	 * The articles to suggest in the acknowledgement of a new case: only for a C case
	 * that reads as a question, only public ones in its language, only good matches.
	 */
	public List<Found> suggestionsFor(Severity severity, String language, String subject, String text) {
		KnowledgeProperties.Suggestions settings = this.properties.suggestions();
		if (!settings.enabled() || settings.max() == 0 || severity != Severity.C
				|| !QuestionReading.isQuestion(subject, text)) {
			return List.of();
		}
		KnowledgeIndex.Match match = new KnowledgeIndex.Match(settings.minimumShare(), settings.minimumWords(),
				settings.words());
		String start = (text.length() > QUESTION_TEXT) ? text.substring(0, QUESTION_TEXT) : text;
		return found(this.index.search(subject + "\n" + start, language, true, match, settings.max()));
	}

	/** Markdown as the public page shows it (safe HTML), for an agent's preview. */
	public String preview(String markdown) {
		return Markdown.html((markdown != null) ? markdown : "");
	}

	/** The public address of an article's translation. */
	public String url(String slug) {
		return this.properties.baseUrl().replaceAll("/+$", "") + "/kb/" + slug;
	}

	private List<Found> found(List<KnowledgeIndex.Hit> hits) {
		Map<Long, Article> articles = this.store.findAll(hits.stream().map(KnowledgeIndex.Hit::articleId).toList());
		List<Found> found = new ArrayList<>();
		for (KnowledgeIndex.Hit hit : hits) {
			Optional.ofNullable(articles.get(hit.articleId()))
				.flatMap((article) -> Optional.ofNullable(article.translations().get(hit.language()))
					.map((translation) -> new Found(article, translation, url(translation.slug()), hit.score())))
				.ifPresent(found::add);
		}
		return found;
	}

	private Article indexed(long id) {
		Article article = this.store.find(id).orElseThrow();
		this.index.put(article);
		this.indexed = this.store.fingerprint();
		return article;
	}

	/**
	 * The slug itself if free or already this translation's, else the slug with a number.
	 */
	private String freeSlug(String wanted, long id, String language) {
		String slug = wanted;
		for (int n = 2;; n++) {
			Optional<ArticleStore.SlugOwner> owner = this.store.slugOwner(slug);
			if (owner.isEmpty() || (owner.get().articleId() == id && owner.get().language().equals(language))) {
				return slug;
			}
			slug = wanted + "-" + n;
		}
	}

	private static String language(String language, Map<String, String> faults) {
		if (!"es".equals(language) && !"en".equals(language)) {
			faults.put("language", "kb.invalid.language");
		}
		return language;
	}

	private static void require(String field, String value, Map<String, String> faults) {
		if (value == null || value.isBlank()) {
			faults.put(field, "kb.invalid.required");
		}
	}

	private static void checkSlug(String slug, Map<String, String> faults) {
		if (slug != null && !Slugs.isValid(slug)) {
			faults.put("slug", "kb.invalid.slug");
		}
	}

	private static void refuseIf(Map<String, String> faults) {
		if (!faults.isEmpty()) {
			throw ArticleRefused.fields(faults);
		}
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock);
	}

	/**
	 * A new article.
	 *
	 * @param language {@code es} or {@code en}
	 * @param title its title
	 * @param body Markdown
	 * @param category a category name (created when new)
	 * @param visibility who may read it
	 * @param slug its address; from the title when {@code null}
	 */
	public record ArticleDraft(String language, String title, String body, String category, Visibility visibility,
			String slug) {
	}

	/**
	 * A change of an article; {@code null} leaves a field as it is.
	 *
	 * @param language the translation written (needed to change title, body or slug)
	 * @param title the title
	 * @param body Markdown
	 * @param category a category name
	 * @param visibility who may read it
	 * @param slug its address (the old one keeps leading to it)
	 * @param published whether it is out
	 */
	public record ArticleChange(String language, String title, String body, String category, Visibility visibility,
			String slug, Boolean published) {
	}

	/** An article as the public reads it, its body as safe HTML. */
	public record Reading(Article article, Article.Translation translation, String html) {
	}

	/** A match of a search. */
	public record Found(Article article, Article.Translation translation, String url, float score) {
	}

	/** A version of a translation, for the history. */
	public record Version(String language, int version, String title, String changedBy, OffsetDateTime changedAt) {
	}

}
