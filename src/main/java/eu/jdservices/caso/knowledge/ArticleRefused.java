package eu.jdservices.caso.knowledge;

import java.util.Map;

/**
 * An article change that cannot be made: the fields at fault, each with the message key
 * of why (an API answers 400 with them), or the article does not exist
 * ({@link #notFound}, 404).
 */
public class ArticleRefused extends RuntimeException {

	private final Map<String, String> fields;

	private final long articleId;

	private ArticleRefused(String message, Map<String, String> fields, long articleId) {
		super(message);
		this.fields = Map.copyOf(fields);
		this.articleId = articleId;
	}

	static ArticleRefused fields(Map<String, String> fields) {
		return new ArticleRefused("Invalid article: " + fields, fields, 0);
	}

	static ArticleRefused noSuchArticle(long id) {
		return new ArticleRefused("No article " + id, Map.of(), id);
	}

	/** The article that does not exist; 0 when fields are at fault. */
	public long articleId() {
		return this.articleId;
	}

	/**
	 * The fields at fault and the message key of why; empty when the article does not
	 * exist.
	 */
	public Map<String, String> fields() {
		return this.fields;
	}

	public boolean notFound() {
		return this.articleId != 0;
	}

}
