package eu.jdservices.caso.knowledge;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The articles suggested in acknowledgements and what customers answered: each suggestion
 * carries two signed links ("this answered my question", "it did not"), each usable once
 * per case and article. The signing key is made on first use and kept in the database, so
 * every node signs alike.
 */
@Component
public class Suggestions {

	private static final String KEY = "suggestion-links";

	private final JdbcClient jdbc;

	private final Knowledge knowledge;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private volatile byte[] key;

	Suggestions(JdbcClient jdbc, Knowledge knowledge, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.knowledge = knowledge;
		this.events = events;
		this.clock = clock;
	}

	/** Makes the signing key at start, before any mail needs it. */
	@EventListener(ApplicationReadyEvent.class)
	public void prepareKey() {
		key();
	}

	/** Remembers that these articles were suggested for a case. */
	@Transactional
	public void suggested(long caseNumber, List<Long> articleIds) {
		for (long articleId : articleIds) {
			this.jdbc
				.sql("INSERT INTO kb_suggestion (case_number, article_id, suggested_at) VALUES (:case, :article, :at)")
				.param("case", caseNumber)
				.param("article", articleId)
				.param("at", OffsetDateTime.now(this.clock))
				.update();
		}
	}

	/** The link a customer follows to say whether the article answered their question. */
	public String answerUrl(long caseNumber, long articleId, boolean helpful, String language) {
		return this.knowledge.url("suggestions/answer") + "?case=" + caseNumber + "&article=" + articleId + "&helpful="
				+ helpful + "&lang=" + language + "&sig=" + signature(caseNumber, articleId, helpful);
	}

	/**
	 * Records a customer's answer, once per case and article; a case an article answered
	 * is closed ({@link SuggestionAnswered}).
	 */
	@Transactional
	public Answer answer(long caseNumber, long articleId, boolean helpful, String signature) {
		byte[] expected = signature(caseNumber, articleId, helpful).getBytes(StandardCharsets.US_ASCII);
		if (signature == null || !MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII))) {
			return Answer.INVALID;
		}
		int recorded = this.jdbc.sql("""
				UPDATE kb_suggestion SET answer = :answer, answered_at = :at
				WHERE case_number = :case AND article_id = :article AND answer IS NULL""")
			.param("answer", helpful ? "HELPFUL" : "NOT_HELPFUL")
			.param("at", OffsetDateTime.now(this.clock))
			.param("case", caseNumber)
			.param("article", articleId)
			.update();
		if (recorded == 0) {
			return Answer.ALREADY;
		}
		this.knowledge.find(articleId)
			.ifPresent((article) -> article.translations()
				.values()
				.stream()
				.findFirst()
				.ifPresent((translation) -> this.events.publishEvent(new SuggestionAnswered(caseNumber, articleId,
						translation.title(), this.knowledge.url(translation.slug()), helpful))));
		return Answer.RECORDED;
	}

	/** How suggestions did: cases they were made for, and the answers. */
	@Transactional(readOnly = true)
	public Figures figures() {
		return this.jdbc.sql("""
				SELECT COUNT(DISTINCT case_number) AS cases,
				COUNT(DISTINCT CASE WHEN answer = 'HELPFUL' THEN case_number END) AS resolved,
				COUNT(CASE WHEN answer = 'NOT_HELPFUL' THEN 1 END) AS unhelpful FROM kb_suggestion""")
			.query((rs, row) -> new Figures(rs.getLong("cases"), rs.getLong("resolved"), rs.getLong("unhelpful")))
			.single();
	}

	private String signature(long caseNumber, long articleId, boolean helpful) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key(), "HmacSHA256"));
			byte[] digest = mac
				.doFinal((caseNumber + ":" + articleId + ":" + helpful).getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private byte[] key() {
		if (this.key == null) {
			String stored = this.jdbc.sql("SELECT secret FROM kb_secret WHERE name = :name")
				.param("name", KEY)
				.query(String.class)
				.optional()
				.orElse(null);
			if (stored == null) {
				byte[] fresh = new byte[32];
				new SecureRandom().nextBytes(fresh);
				try {
					this.jdbc.sql("INSERT INTO kb_secret (name, secret) VALUES (:name, :secret)")
						.param("name", KEY)
						.param("secret", Base64.getEncoder().encodeToString(fresh))
						.update();
				}
				catch (org.springframework.dao.DuplicateKeyException ex) {
					// another node made it first
				}
				stored = this.jdbc.sql("SELECT secret FROM kb_secret WHERE name = :name")
					.param("name", KEY)
					.query(String.class)
					.single();
			}
			this.key = Base64.getDecoder().decode(stored);
		}
		return this.key;
	}

	/** What became of a customer's answer. */
	public enum Answer {

		/** Taken. */
		RECORDED,

		/** This link was used before. */
		ALREADY,

		/** The link was altered or made up. */
		INVALID

	}

	/**
	 * @param cases cases that got suggestions
	 * @param resolved cases an article answered
	 * @param unhelpful answers "it did not help"
	 */
	public record Figures(long cases, long resolved, long unhelpful) {
	}

}
