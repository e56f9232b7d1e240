package eu.jdservices.caso.knowledge;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import eu.jdservices.caso.ClientRateLimit;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public knowledge base (S0.1, no sign-in, Spanish or English): {@code /kb} with the
 * categories and the latest articles, {@code /kb/search?q=} (limited per client),
 * {@code /kb/<slug>} (an old slug redirects to the current one; an internal, unpublished
 * or unknown article is 404), and the page a suggestion's link leads to.
 */
@Controller
class KnowledgePages {

	private static final int LATEST = 10;

	private static final int RESULTS = 20;

	/** The articles the index shows of each category (the search finds the others). */
	private static final int PER_CATEGORY = 5;

	private final Knowledge knowledge;

	private final Suggestions suggestions;

	private final ClientRateLimit searches;

	KnowledgePages(Knowledge knowledge, Suggestions suggestions, KnowledgeProperties properties, Clock clock) {
		this.knowledge = knowledge;
		this.suggestions = suggestions;
		this.searches = new ClientRateLimit(properties.searchesPerMinute(), clock);
	}

	@GetMapping("/kb")
	String index(Locale locale, Model model, HttpServletResponse response) {
		String language = locale.getLanguage();
		Map<String, List<Listed>> byCategory = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		List<Listed> all = this.knowledge.all()
			.stream()
			.filter(Article::isPublic)
			.flatMap((article) -> Optional.ofNullable(article.translations().get(language))
				.map((translation) -> new Listed(article, translation))
				.stream())
			.toList();
		all.forEach((listed) -> byCategory
			.computeIfAbsent(listed.article().category(), (key) -> new java.util.ArrayList<>())
			.add(listed));
		byCategory.values()
			.forEach((listed) -> listed.sort(Comparator.comparing((Listed l) -> l.translation().title())));
		model.addAttribute("categories",
				byCategory.entrySet()
					.stream()
					.map((entry) -> new Category(entry.getKey(), entry.getValue().size(),
							entry.getValue().stream().limit(PER_CATEGORY).toList()))
					.toList());
		model.addAttribute("latest", all.stream().limit(LATEST).toList());
		cache(response, 60);
		return "public/kb/index";
	}

	@GetMapping("/kb/search")
	String search(@RequestParam(name = "q", required = false) String query, Locale locale, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		String q = (query != null) ? query.strip() : "";
		model.addAttribute("q", q);
		if (q.isEmpty()) {
			model.addAttribute("results", List.of());
			return "public/kb/search";
		}
		if (!this.searches.tryAcquire(request.getRemoteAddr())) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader("Retry-After", "60");
			model.addAttribute("throttled", true);
			model.addAttribute("results", List.of());
			return "public/kb/search";
		}
		String limited = (q.length() > 200) ? q.substring(0, 200) : q;
		model.addAttribute("results",
				this.knowledge.search(limited, locale.getLanguage(), false, RESULTS)
					.stream()
					.map((found) -> new Result(found.translation().title(), found.translation().slug(),
							excerpt(found.translation().body())))
					.toList());
		return "public/kb/search";
	}

	@GetMapping("/kb/{slug}")
	String article(@PathVariable String slug, Model model, HttpServletResponse response) {
		Knowledge.Reading reading = this.knowledge.read(slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!reading.translation().slug().equals(slug)) {
			return "redirect:/kb/" + reading.translation().slug() + "?lang=" + reading.translation().language();
		}
		model.addAttribute("reading", reading);
		model.addAttribute("others",
				reading.article()
					.translations()
					.values()
					.stream()
					.filter((translation) -> !translation.language().equals(reading.translation().language()))
					.toList());
		cache(response, 60);
		return "public/kb/article";
	}

	/**
	 * The page a suggestion's link opens: asks to confirm (a link checker must not
	 * answer).
	 */
	@GetMapping("/kb/suggestions/answer")
	String confirm(@RequestParam("case") long caseNumber, @RequestParam long article, @RequestParam boolean helpful,
			@RequestParam String sig, Model model) {
		model.addAttribute("caseNumber", String.valueOf(caseNumber));
		model.addAttribute("article", article);
		model.addAttribute("helpful", helpful);
		model.addAttribute("sig", sig);
		model.addAttribute("outcome", null);
		return "public/kb/answer";
	}

	@PostMapping("/kb/suggestions/answer")
	String answer(@RequestParam("case") long caseNumber, @RequestParam long article, @RequestParam boolean helpful,
			@RequestParam String sig, Model model, HttpServletResponse response) {
		Suggestions.Answer outcome = this.suggestions.answer(caseNumber, article, helpful, sig);
		if (outcome == Suggestions.Answer.INVALID) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		model.addAttribute("caseNumber", String.valueOf(caseNumber));
		model.addAttribute("helpful", helpful);
		model.addAttribute("outcome", outcome.name());
		return "public/kb/answer";
	}

	private static String excerpt(String markdown) {
		String text = Markdown.text(markdown).replaceAll("\\s+", " ");
		return (text.length() > 220) ? text.substring(0, 219).replaceAll("\\s\\S*$", "") + "…" : text;
	}

	private static void cache(HttpServletResponse response, int seconds) {
		response.setHeader("Cache-Control", "public, max-age=" + seconds);
	}

	record Listed(Article article, Article.Translation translation) {
	}

	record Result(String title, String slug, String excerpt) {
	}

	record Category(String name, int count, List<Listed> first) {
	}

}
