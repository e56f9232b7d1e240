package eu.jdservices.caso.api;

import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Map;

import eu.jdservices.caso.knowledge.Article;
import eu.jdservices.caso.knowledge.Knowledge;
import eu.jdservices.caso.knowledge.Visibility;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The knowledge base for agents and scripts (CONTRACT.md "Knowledge base"): write,
 * change, delete and search articles; the search includes internal ones.
 */
@RestController
@RequestMapping("/api/kb")
class KnowledgeController {

	private static final int SEARCH_RESULTS = 20;

	private final Knowledge knowledge;

	KnowledgeController(Knowledge knowledge) {
		this.knowledge = knowledge;
	}

	@PostMapping("/articles")
	ResponseEntity<Written> create(@RequestBody NewArticle body, Principal agent) {
		Article article = this.knowledge.create(new Knowledge.ArticleDraft(body.language(), body.title(), body.body(),
				body.category(), body.visibility(), body.slug()), agent.getName());
		Written written = written(article, body.language());
		return ResponseEntity.created(URI.create("/api/kb/articles/" + article.id())).body(written);
	}

	@PutMapping("/articles/{id}")
	Written update(@PathVariable long id, @RequestBody ArticleUpdate body, Principal agent) {
		Article article = this.knowledge.update(id, new Knowledge.ArticleChange(body.language(), body.title(),
				body.body(), body.category(), body.visibility(), body.slug(), body.published()), agent.getName());
		return written(article, (body.language() != null) ? body.language() : "es");
	}

	@DeleteMapping("/articles/{id}")
	ResponseEntity<Void> delete(@PathVariable long id) {
		this.knowledge.delete(id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/search")
	List<Map<String, Object>> search(@RequestParam String q, @RequestParam(required = false) String language) {
		return this.knowledge.search(q, language, true, SEARCH_RESULTS)
			.stream()
			.map((found) -> Map.<String, Object>of("id", found.article().id(), "slug", found.translation().slug(),
					"title", found.translation().title(), "url", found.url(), "score", found.score(), "language",
					found.translation().language(), "visibility", found.article().visibility()))
			.toList();
	}

	private Written written(Article article, String language) {
		Article.Translation translation = article.in(language).orElseThrow();
		return new Written(article.id(), translation.slug(), this.knowledge.url(translation.slug()));
	}

	record NewArticle(String language, String title, String body, String category, Visibility visibility, String slug) {
	}

	record ArticleUpdate(String language, String title, String body, String category, Visibility visibility,
			String slug, Boolean published) {
	}

	record Written(long id, String slug, String url) {
	}

}
