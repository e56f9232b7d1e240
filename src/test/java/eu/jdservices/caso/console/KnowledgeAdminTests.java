package eu.jdservices.caso.console;

import java.time.Duration;
import java.util.UUID;

import eu.jdservices.caso.cases.CaseQuery;
import eu.jdservices.caso.cases.Cases;
import eu.jdservices.caso.intake.SmtpIntake;
import eu.jdservices.caso.knowledge.Article;
import eu.jdservices.caso.knowledge.Knowledge;
import eu.jdservices.caso.knowledge.Visibility;
import eu.jdservices.caso.support.ConsoleBrowser;
import eu.jdservices.caso.support.SmtpDialogue;
import eu.jdservices.caso.support.TestMails;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Agents keep the knowledge base in the console: write an article and preview it, take it
 * back and publish it again, restore an earlier version, start one from a case, and link
 * one from the reply form.
 */
@ConsoleTest
class KnowledgeAdminTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Knowledge knowledge;

	@Autowired
	Cases cases;

	@Autowired
	SmtpIntake intake;

	ConsoleBrowser browser;

	MockHttpSession agent;

	@BeforeEach
	void signIn() throws Exception {
		this.browser = new ConsoleBrowser(this.mvc);
		this.agent = this.browser.signIn();
	}

	@Test
	void anAgentWritesAnArticlePreviewsItAndItIsOnThePublicPage() throws Exception {
		String title = "Vaciar la caché de Teams " + tag();
		String form = this.browser.page(get("/articles/new"), this.agent);

		MockHttpServletResponse created = this.browser
			.response(
					post("/articles").param("_csrf", ConsoleBrowser.csrf(form))
						.param("language", "es")
						.param("title", title)
						.param("category", "Teams")
						.param("visibility", "PUBLIC")
						.param("slug", "")
						.param("body", "1. Cierre Teams\n2. Borre la carpeta **%appdata%\\Microsoft\\Teams**"),
					this.agent);
		String edit = this.browser.page(get(created.getRedirectedUrl()), this.agent);
		String preview = this.browser
			.page(post(created.getRedirectedUrl().replaceFirst("\\?.*$", "")).param("_csrf", ConsoleBrowser.csrf(edit))
				.param("language", "es")
				.param("title", title)
				.param("category", "Teams")
				.param("visibility", "PUBLIC")
				.param("slug", "")
				.param("body", "Texto **nuevo** <script>alert(1)</script>")
				.param("preview", "1"), this.agent);

		assertThat(edit).contains("Artículo guardado.", title, "Publicado");
		assertThat(preview).contains("Texto <strong>nuevo</strong>", "&lt;script&gt;").doesNotContain("<script>alert");
		assertThat(this.browser.page(get("/articles"), this.agent)).contains(title, "Sugerencias enviadas en");
		assertThat(this.mvc.perform(get("/kb/search").param("q", "cache teams"))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains(title);
	}

	@Test
	void anUnpublishedArticleLeavesThePublicPagesAndAnOldVersionCanBeRestored() throws Exception {
		Article article = this.knowledge.create(new Knowledge.ArticleDraft("es", "Horario de soporte " + tag(),
				"De 9 a 18 h.", "General", Visibility.PUBLIC, null), "agente@jd-services.eu");
		String slug = article.translations().get("es").slug();
		this.knowledge.update(article.id(),
				new Knowledge.ArticleChange("es", null, "De 8 a 20 h.", null, null, null, null), "ana@jd-services.eu");
		String page = this.browser.page(get("/articles/" + article.id()), this.agent);

		this.browser.response(post("/articles/" + article.id() + "/publish").param("_csrf", ConsoleBrowser.csrf(page))
			.param("published", "false"), this.agent);
		assertThat(this.mvc.perform(get("/kb/" + slug)).andReturn().getResponse().getStatus()).isEqualTo(404);

		this.browser.response(post("/articles/" + article.id() + "/restore").param("_csrf", ConsoleBrowser.csrf(page))
			.param("language", "es")
			.param("version", "1"), this.agent);
		assertThat(this.knowledge.find(article.id()).orElseThrow().translations().get("es").body())
			.isEqualTo("De 9 a 18 h.");
		assertThat(this.browser.page(get("/articles/" + article.id()), this.agent)).contains("Sin publicar",
				"ana@jd-services.eu");
	}

	@Test
	void anArticleStartsFromACaseAndTheReplyFormLinksOne() throws Exception {
		String tag = tag();
		this.knowledge.create(
				new Knowledge.ArticleDraft("es", "Configurar el escáner de red " + tag,
						"Añada la carpeta compartida en el panel del escáner.", "Impresión", Visibility.PUBLIC, null),
				"agente@jd-services.eu");
		String subject = "El escáner de red no envía a la carpeta " + tag;
		byte[] mail = TestMails.from("cliente@otra-empresa.test")
			.to("c@jd-services.eu")
			.subject(subject)
			.body("Desde ayer el escáner de red no deja los documentos en la carpeta compartida.")
			.build();
		assertThat(SmtpDialogue.send(this.intake.port(), "cliente@otra-empresa.test", mail, "c@jd-services.eu"))
			.startsWith("250");
		CaseQuery bySubject = new CaseQuery(null, null, null, null, subject, null, 0, 5);
		await().atMost(Duration.ofSeconds(10)).until(() -> this.cases.list(bySubject).total() == 1);
		long number = this.cases.list(bySubject).items().get(0).number();

		String fromCase = this.browser.page(get("/articles/new").param("fromCase", String.valueOf(number)), this.agent);
		String casePage = this.browser.page(get("/cases/" + number), this.agent);
		long articleId = this.knowledge.search("escaner red " + tag, "es", true, 1).get(0).article().id();
		String withLink = this.browser
			.page(post("/cases/" + number + "/insert-article").param("_csrf", ConsoleBrowser.csrf(casePage))
				.param("text", "Le dejamos los pasos:")
				.param("article", String.valueOf(articleId))
				.param("language", "es"), this.agent);

		assertThat(fromCase).contains("value=\"" + subject + "\"", "Desde ayer el escáner de red");
		assertThat(casePage).contains("Crear un artículo a partir de este caso", "Configurar el escáner de red " + tag);
		assertThat(withLink).containsPattern("Le dejamos los pasos:\\s+Configurar el escáner de red " + tag
				+ ": http://[^\\s<]+/kb/configurar-el-escaner-de-red-" + tag);
	}

	private static String tag() {
		return UUID.randomUUID().toString().substring(0, 6);
	}

}
