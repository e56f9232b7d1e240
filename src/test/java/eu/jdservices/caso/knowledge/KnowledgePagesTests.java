package eu.jdservices.caso.knowledge;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The public knowledge base as a customer's browser sees it: no sign-in, only public and
 * published articles, search with stems and without accents, slugs that never break,
 * nothing an article says can run in the reader's browser.
 */
@SpringBootTest(properties = {
		"spring.datasource.url=jdbc:h2:mem:kb-pages;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"caso.intake.smtp.enabled=false", "caso.knowledge.searches-per-minute=1000" })
@AutoConfigureMockMvc
class KnowledgePagesTests {

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("caso.data-dir", () -> "target/test-data/" + UUID.randomUUID());
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	Knowledge knowledge;

	@Test
	void theIndexListsThePublishedPublicArticlesOfTheReadersLanguageByCategory() throws Exception {
		String tag = tag();
		write("es", "Configurar el correo en el móvil " + tag, "Pasos para Android e iPhone.", "Correo",
				Visibility.PUBLIC);
		write("es", "Procedimiento interno de buzones " + tag, "Solo técnicos.", "Correo", Visibility.INTERNAL);
		Article draft = write("es", "Borrador de VPN " + tag, "Sin terminar.", "Red", Visibility.PUBLIC);
		this.knowledge.update(draft.id(), new Knowledge.ArticleChange(null, null, null, null, null, null, false),
				"agente@jd-services.eu");
		write("en", "Setting up mail on a phone " + tag, "Steps for Android and iPhone.", "Mail", Visibility.PUBLIC);

		MockHttpServletResponse page = answer(get("/kb"));

		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(html(page))
			.contains("<html lang=\"es\"", "<h1>Base de conocimientos</h1>", "Configurar el correo en el móvil " + tag,
					"<h3>Correo</h3>")
			.doesNotContain("Procedimiento interno de buzones " + tag, "Borrador de VPN " + tag,
					"Setting up mail on a phone " + tag);
		assertThat(page.getHeader("Set-Cookie")).isNull();
		assertThat(html(answer(get("/kb").param("lang", "en")))).contains("Setting up mail on a phone " + tag);
	}

	@Test
	void anArticleIsReadWithoutSignInAndAnInternalOrUnknownOneIsNotFound() throws Exception {
		Article open = write("es", "Restablecer la contraseña de Windows", "1. Pulse **Ctrl+Alt+Supr**.", "Cuentas",
				Visibility.PUBLIC);
		Article internal = write("es", "Contraseñas maestras del cliente", "Nunca.", "Cuentas", Visibility.INTERNAL);

		MockHttpServletResponse page = answer(get("/kb/" + slug(open)));
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(html(page)).contains("<h1>Restablecer la contraseña de Windows</h1>",
				"<strong>Ctrl+Alt+Supr</strong>");
		assertThat(page.getHeader("Content-Security-Policy")).contains("script-src 'self'");
		assertThat(answer(get("/kb/" + slug(internal))).getStatus()).isEqualTo(404);
		assertThat(answer(get("/kb/no-existe-" + tag())).getStatus()).isEqualTo(404);
	}

	@Test
	void anOldSlugLeadsToTheArticleForever() throws Exception {
		Article article = write("es", "Compartir una carpeta de OneDrive " + tag(), "Botón Compartir.", "OneDrive",
				Visibility.PUBLIC);
		String old = slug(article);
		String renamed = "compartir-onedrive-" + tag();
		this.knowledge.update(article.id(), new Knowledge.ArticleChange("es", null, null, null, null, renamed, null),
				"agente@jd-services.eu");

		MockHttpServletResponse moved = answer(get("/kb/" + old));
		assertThat(moved.getStatus()).isEqualTo(302);
		assertThat(moved.getRedirectedUrl()).isEqualTo("/kb/" + renamed + "?lang=es");
		assertThat(answer(get("/kb/" + renamed)).getStatus()).isEqualTo(200);
	}

	@Test
	void theSearchFindsOtherWordFormsAndWordsWithoutAccentsButNoInternalArticle() throws Exception {
		String tag = tag();
		write("es", "Atascos de papel en las impresoras " + tag, "Abra la bandeja y retire la hoja.", "Impresión",
				Visibility.PUBLIC);
		write("es", "Impresoras: contrato del proveedor " + tag, "Solo técnicos.", "Impresión", Visibility.INTERNAL);

		String html = html(answer(get("/kb/search").param("q", "impresora atascó " + tag)));

		assertThat(html).contains("Atascos de papel en las impresoras " + tag, "Abra la bandeja")
			.doesNotContain("contrato del proveedor " + tag);
		assertThat(html(answer(get("/kb/search").param("q", "xilofonos desafinados"))))
			.contains("Ningún artículo coincide");
	}

	@Test
	void anEarlierVersionCanBeWrittenAgain() {
		Article article = write("es", "Horario del soporte", "De 9 a 18 h.", "General", Visibility.PUBLIC);
		this.knowledge.update(article.id(),
				new Knowledge.ArticleChange("es", null, "De 8 a 20 h.", null, null, null, null), "ana@jd-services.eu");

		Article restored = this.knowledge.restore(article.id(), "es", 1, "luis@jd-services.eu");

		assertThat(restored.translations().get("es").body()).isEqualTo("De 9 a 18 h.");
		assertThat(restored.translations().get("es").version()).isEqualTo(3);
		assertThat(this.knowledge.versions(article.id())).extracting(Knowledge.Version::changedBy)
			.containsExactly("luis@jd-services.eu", "ana@jd-services.eu", "agente@jd-services.eu");
	}

	@Test
	void aChangeWithoutWhatItNeedsIsRefusedFieldByField() {
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> this.knowledge.create(
					new Knowledge.ArticleDraft("fr", " ", null, "General", null, "Mal Slug"), "agente@jd-services.eu"))
			.isInstanceOfSatisfying(ArticleRefused.class, (refused) -> assertThat(refused.fields())
				.containsOnlyKeys("language", "title", "body", "visibility", "slug"));
	}

	private Article write(String language, String title, String body, String category, Visibility visibility) {
		return this.knowledge.create(new Knowledge.ArticleDraft(language, title, body, category, visibility, null),
				"agente@jd-services.eu");
	}

	private static String slug(Article article) {
		return article.translations().values().iterator().next().slug();
	}

	private MockHttpServletResponse answer(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse();
	}

	private static String html(MockHttpServletResponse page) throws Exception {
		return page.getContentAsString(StandardCharsets.UTF_8);
	}

	private static String tag() {
		return UUID.randomUUID().toString().substring(0, 6);
	}

}
