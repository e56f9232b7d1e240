package eu.jdservices.caso.knowledge;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The articles in the database: categories, articles, their translations, every slug they
 * ever had and every version of each translation.
 */
@Repository
class ArticleStore {

	private final JdbcClient jdbc;

	ArticleStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long categoryId(String name) {
		Optional<Long> id = this.jdbc.sql("SELECT id FROM kb_category WHERE name = :name")
			.param("name", name)
			.query(Long.class)
			.optional();
		if (id.isPresent()) {
			return id.get();
		}
		this.jdbc.sql("INSERT INTO kb_category (name) VALUES (:name)").param("name", name).update();
		return this.jdbc.sql("SELECT id FROM kb_category WHERE name = :name")
			.param("name", name)
			.query(Long.class)
			.single();
	}

	long insertArticle(long categoryId, Visibility visibility, boolean published, OffsetDateTime at) {
		org.springframework.jdbc.support.GeneratedKeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO kb_article (category_id, visibility, published, created_at, updated_at)
				VALUES (:category, :visibility, :published, :at, :at)""")
			.param("category", categoryId)
			.param("visibility", visibility.name())
			.param("published", published)
			.param("at", at)
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	void updateArticle(long id, long categoryId, Visibility visibility, boolean published, OffsetDateTime at) {
		this.jdbc.sql("""
				UPDATE kb_article SET category_id = :category, visibility = :visibility, published = :published,
				updated_at = :at WHERE id = :id""")
			.param("category", categoryId)
			.param("visibility", visibility.name())
			.param("published", published)
			.param("at", at)
			.param("id", id)
			.update();
	}

	void delete(long id, OffsetDateTime at) {
		this.jdbc.sql("UPDATE kb_article SET deleted_at = :at, updated_at = :at WHERE id = :id")
			.param("at", at)
			.param("id", id)
			.update();
	}

	/** Writes a translation as a new version and remembers its slug. */
	void write(long articleId, Article.Translation translation, String category, Visibility visibility) {
		int updated = this.jdbc.sql("""
				UPDATE kb_translation SET title = :title, body = :body, slug = :slug, version = :version,
				updated_at = :at, updated_by = :by WHERE article_id = :article AND language = :language""")
			.params(translationParams(articleId, translation))
			.update();
		if (updated == 0) {
			this.jdbc
				.sql("""
						INSERT INTO kb_translation (article_id, language, title, body, slug, version, updated_at, updated_by)
						VALUES (:article, :language, :title, :body, :slug, :version, :at, :by)""")
				.params(translationParams(articleId, translation))
				.update();
		}
		if (slugOwner(translation.slug()).isEmpty()) {
			this.jdbc.sql("INSERT INTO kb_slug (slug, article_id, language) VALUES (:slug, :article, :language)")
				.param("slug", translation.slug())
				.param("article", articleId)
				.param("language", translation.language())
				.update();
		}
		Map<String, Object> version = translationParams(articleId, translation);
		version.put("category", category);
		version.put("visibility", visibility.name());
		this.jdbc.sql("""
				INSERT INTO kb_version (article_id, language, version, title, body, slug, category, visibility,
				changed_by, changed_at)
				VALUES (:article, :language, :version, :title, :body, :slug, :category, :visibility, :by, :at)""")
			.params(version)
			.update();
	}

	/** The article and language a slug belongs or belonged to. */
	Optional<SlugOwner> slugOwner(String slug) {
		return this.jdbc.sql("SELECT article_id, language FROM kb_slug WHERE slug = :slug")
			.param("slug", slug)
			.query((rs, row) -> new SlugOwner(rs.getLong("article_id"), rs.getString("language")))
			.optional();
	}

	Optional<Article> find(long id) {
		return articles("a.id = :id", Map.of("id", id)).stream().findFirst();
	}

	/** These articles (those not deleted), by id, in two statements. */
	Map<Long, Article> findAll(java.util.Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<Long, Article> found = new HashMap<>();
		articles("a.id IN (:ids)", Map.of("ids", List.copyOf(new java.util.HashSet<>(ids))))
			.forEach((article) -> found.put(article.id(), article));
		return found;
	}

	/** Every article not deleted, newest change first. */
	List<Article> all() {
		return articles("1 = 1", Map.of());
	}

	/** Every article not deleted, newest change first, without the bodies (for lists). */
	List<Article> listing() {
		return articles("1 = 1", Map.of(), false);
	}

	List<Version> versions(long articleId) {
		return this.jdbc.sql("""
				SELECT language, version, title, body, slug, category, visibility, changed_by, changed_at
				FROM kb_version WHERE article_id = :article ORDER BY changed_at DESC, version DESC""")
			.param("article", articleId)
			.query((rs, row) -> new Version(rs.getString("language"), rs.getInt("version"), rs.getString("title"),
					rs.getString("body"), rs.getString("slug"), rs.getString("category"),
					Visibility.valueOf(rs.getString("visibility")), rs.getString("changed_by"),
					rs.getObject("changed_at", OffsetDateTime.class)))
			.list();
	}

	/**
	 * How many articles there are and when the latest change was: whether to re-read
	 * them.
	 */
	String fingerprint() {
		return this.jdbc
			.sql("SELECT COUNT(*) || '/' || COALESCE(CAST(MAX(updated_at) AS VARCHAR(40)), '-') FROM kb_article")
			.query(String.class)
			.single();
	}

	private List<Article> articles(String where, Map<String, Object> params) {
		return articles(where, params, true);
	}

	private List<Article> articles(String where, Map<String, Object> params, boolean withBodies) {
		Map<Long, Row> rows = new LinkedHashMap<>();
		this.jdbc
			.sql("SELECT a.id, c.name AS category, a.visibility, a.published, a.updated_at FROM kb_article a "
					+ "JOIN kb_category c ON c.id = a.category_id WHERE a.deleted_at IS NULL AND " + where
					+ " ORDER BY a.updated_at DESC, a.id DESC")
			.params(params)
			.query((rs, row) -> rows.put(rs.getLong("id"),
					new Row(rs.getString("category"), Visibility.valueOf(rs.getString("visibility")),
							rs.getBoolean("published"), rs.getObject("updated_at", OffsetDateTime.class))))
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, Map<String, Article.Translation>> translations = new HashMap<>();
		this.jdbc.sql("""
				SELECT article_id, language, title, %s AS body, slug, version, updated_at, updated_by
				FROM kb_translation WHERE article_id IN (:ids)""".formatted(withBodies ? "body" : "''"))
			.param("ids", List.copyOf(rows.keySet()))
			.query((rs, row) -> translations.computeIfAbsent(rs.getLong("article_id"), (key) -> new HashMap<>())
				.put(rs.getString("language"),
						new Article.Translation(rs.getString("language"), rs.getString("title"), rs.getString("body"),
								rs.getString("slug"), rs.getInt("version"),
								rs.getObject("updated_at", OffsetDateTime.class), rs.getString("updated_by"))))
			.list();
		List<Article> articles = new ArrayList<>();
		rows.forEach((id, row) -> articles.add(new Article(id, row.category(), row.visibility(), row.published(),
				row.updatedAt(), translations.getOrDefault(id, Map.of()))));
		return articles;
	}

	private static Map<String, Object> translationParams(long articleId, Article.Translation translation) {
		Map<String, Object> params = new HashMap<>();
		params.put("article", articleId);
		params.put("language", translation.language());
		params.put("title", translation.title());
		params.put("body", translation.body());
		params.put("slug", translation.slug());
		params.put("version", translation.version());
		params.put("at", translation.updatedAt());
		params.put("by", translation.updatedBy());
		return params;
	}

	private record Row(String category, Visibility visibility, boolean published, OffsetDateTime updatedAt) {
	}

	record SlugOwner(long articleId, String language) {
	}

	/**
	 * One version of a translation, as it was written.
	 *
	 * @param language the translation
	 * @param version its number
	 * @param title the title then
	 * @param body the body then
	 * @param slug the slug then
	 * @param category the category then
	 * @param visibility the visibility then
	 * @param changedBy who wrote it
	 * @param changedAt when
	 */
	record Version(String language, int version, String title, String body, String slug, String category,
			Visibility visibility, String changedBy, OffsetDateTime changedAt) {
	}

}
