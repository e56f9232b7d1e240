package eu.jdservices.caso.knowledge;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code caso.knowledge.*}: the knowledge base (S0.1).
 *
 * @param baseUrl public address of Caso, for the links to articles
 * @param suggestions the articles suggested in acknowledgements
 * @param searchesPerMinute public searches per client address and minute
 * @param refreshInterval how often a node re-reads the articles when another node changed
 * them
 */
@Validated
@ConfigurationProperties("caso.knowledge")
public record KnowledgeProperties(@NotBlank @DefaultValue("http://localhost:8080") String baseUrl,
		@Valid @NotNull @DefaultValue Suggestions suggestions, @Min(1) @DefaultValue("30") int searchesPerMinute,
		@NotNull @DefaultValue("30s") Duration refreshInterval) {

	/**
	 * {@code caso.knowledge.suggestions.*}: a new C case that reads as a question gets up
	 * to {@code max} public articles of its language that contain at least
	 * {@code minimum-share} of the first {@code words} words of its subject and text (and
	 * at least {@code minimum-words} of them): better none than a poor one.
	 *
	 * @param enabled whether acknowledgements suggest articles
	 * @param max at most this many
	 * @param minimumShare share of the question's words an article must contain
	 * @param minimumWords at least this many of them
	 * @param words how many words of the question count
	 */
	public record Suggestions(@DefaultValue("true") boolean enabled, @Min(0) @Max(10) @DefaultValue("3") int max,
			@DecimalMin("0") @DecimalMax("1") @DefaultValue("0.3") double minimumShare,
			@Min(1) @DefaultValue("2") int minimumWords, @Min(1) @DefaultValue("16") int words) {
	}

}
