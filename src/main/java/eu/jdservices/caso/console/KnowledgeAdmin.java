package eu.jdservices.caso.console;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import eu.jdservices.caso.cases.CaseDetails;
import eu.jdservices.caso.cases.Cases;
import eu.jdservices.caso.cases.Direction;
import eu.jdservices.caso.cases.MessageKind;
import eu.jdservices.caso.knowledge.Article;
import eu.jdservices.caso.knowledge.ArticleRefused;
import eu.jdservices.caso.knowledge.Knowledge;
import eu.jdservices.caso.knowledge.Suggestions;
import eu.jdservices.caso.knowledge.Visibility;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The knowledge base in the console (S0.1): the articles with how suggestions did, an
 * article's translations written and previewed, published or taken back, its versions
 * (and restoring one), and a new article from a case (the question and our answer
 * prefilled).
 */
@Controller
@RequestMapping("/articles")
class KnowledgeAdmin {

	private final Knowledge knowledge;

	private final Suggestions suggestions;

	private final Cases cases;

	KnowledgeAdmin(Knowledge knowledge, Suggestions suggestions, Cases cases) {
		this.knowledge = knowledge;
		this.suggestions = suggestions;
		this.cases = cases;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("articles", this.knowledge.all());
		model.addAttribute("figures", this.suggestions.figures());
		return "kb/list";
	}

	/** A new article; from a case, its question and our last answer prefilled. */
	@GetMapping("/new")
	String write(@RequestParam(name = "fromCase", required = false) Long caseNumber, Locale locale, Model model) {
		Form form = new Form(locale.getLanguage(), "", "", "", Visibility.PUBLIC, "");
		if (caseNumber != null) {
			CaseDetails details = this.cases.find(caseNumber)
				.orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
			String question = details.messages()
				.stream()
				.filter((message) -> message.direction() == Direction.IN)
				.findFirst()
				.map(CaseDetails.Message::text)
				.orElse("");
			String answer = details.messages()
				.stream()
				.filter((message) -> message.direction() == Direction.OUT
						&& (message.kind() == MessageKind.REPLY || message.kind() == MessageKind.CLOSURE))
				.reduce((first, second) -> second)
				.map(CaseDetails.Message::text)
				.orElse("");
			form = new Form(details.summary().language(), details.summary().subject(), "", "", Visibility.PUBLIC,
					"**" + question.strip() + "**\n\n" + answer.strip());
		}
		model.addAttribute("form", form);
		model.addAttribute("errors", Map.of());
		return "kb/new";
	}

	@PostMapping
	String create(Form form, Principal agent, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			Article article = this.knowledge.create(new Knowledge.ArticleDraft(form.language(), form.title(),
					form.body(), form.category(), form.visibility(), blankToNull(form.slug())), agent.getName());
			redirect.addFlashAttribute("done", "console.kb.saved");
			return "redirect:/articles/" + article.id() + "?language=" + form.language();
		}
		catch (ArticleRefused refused) {
			response.setStatus(400);
			model.addAttribute("form", form);
			model.addAttribute("errors", refused.fields());
			return "kb/new";
		}
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, @RequestParam(name = "language", required = false) String language,
			Locale locale, Model model) {
		Article article = article(id);
		String lang = (language != null) ? language : article.in(locale.getLanguage()).orElseThrow().language();
		Optional<Article.Translation> translation = Optional.ofNullable(article.translations().get(lang));
		model.addAttribute("form",
				new Form(lang, translation.map(Article.Translation::title).orElse(""), article.category(),
						translation.map(Article.Translation::slug).orElse(""), article.visibility(),
						translation.map(Article.Translation::body).orElse("")));
		return show(article, lang, model, Map.of());
	}

	@PostMapping("/{id}")
	String save(@PathVariable long id, Form form, @RequestParam(name = "preview", required = false) String preview,
			Principal agent, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Article article = article(id);
		if (preview != null) {
			model.addAttribute("form", form);
			model.addAttribute("preview", this.knowledge.preview(form.body()));
			return show(article, form.language(), model, Map.of());
		}
		try {
			this.knowledge.update(id, new Knowledge.ArticleChange(form.language(), form.title(), form.body(),
					form.category(), form.visibility(), blankToNull(form.slug()), null), agent.getName());
			redirect.addFlashAttribute("done", "console.kb.saved");
			return "redirect:/articles/" + id + "?language=" + form.language();
		}
		catch (ArticleRefused refused) {
			response.setStatus(400);
			model.addAttribute("form", form);
			return show(article, form.language(), model, refused.fields());
		}
	}

	@PostMapping("/{id}/publish")
	String publish(@PathVariable long id, @RequestParam boolean published, Principal agent,
			RedirectAttributes redirect) {
		this.knowledge.update(id, new Knowledge.ArticleChange(null, null, null, null, null, null, published),
				agent.getName());
		redirect.addFlashAttribute("done", published ? "console.kb.published" : "console.kb.unpublished");
		return "redirect:/articles/" + id;
	}

	@PostMapping("/{id}/restore")
	String restore(@PathVariable long id, @RequestParam String language, @RequestParam int version, Principal agent,
			RedirectAttributes redirect) {
		this.knowledge.restore(id, language, version, agent.getName());
		redirect.addFlashAttribute("done", "console.kb.restored");
		return "redirect:/articles/" + id + "?language=" + language;
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		this.knowledge.delete(id);
		redirect.addFlashAttribute("done", "console.kb.deleted");
		return "redirect:/articles";
	}

	private String show(Article article, String language, Model model, Map<String, String> errors) {
		model.addAttribute("article", article);
		model.addAttribute("language", language);
		model.addAttribute("versions", this.knowledge.versions(article.id()));
		model.addAttribute("publicUrl",
				Optional.ofNullable(article.translations().get(language))
					.map((translation) -> this.knowledge.url(translation.slug()))
					.orElse(null));
		model.addAttribute("errors", errors);
		model.addAttribute("languages", List.of("es", "en"));
		return "kb/edit";
	}

	private Article article(long id) {
		return this.knowledge.find(id)
			.orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/** What the article form sends. */
	record Form(String language, String title, String category, String slug, Visibility visibility, String body) {
	}

}
