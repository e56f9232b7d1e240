package eu.jdservices.caso.knowledge;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KnowledgeIndexTests {

	private final KnowledgeIndex index = new KnowledgeIndex();

	@Test
	void findsSpanishArticlesWhateverTheAccentsAndTheWordForms() {
		this.index.rebuild(List.of(article(1, Visibility.PUBLIC, "es", "Cómo configurar la impresión a doble cara",
				"Las impresoras de la oficina imprimen por las dos caras si lo eliges en el cuadro de diálogo."),
				article(2, Visibility.PUBLIC, "es", "Cambiar la contraseña del correo", "Entra en el portal.")));

		assertThat(ids(this.index.search("impresion", "es", true, KnowledgeIndex.Match.ANY, 5))).containsExactly(1L);
		assertThat(ids(this.index.search("IMPRESORA", "es", true, KnowledgeIndex.Match.ANY, 5))).containsExactly(1L);
		assertThat(ids(this.index.search("contrasenas", "es", true, KnowledgeIndex.Match.ANY, 5))).containsExactly(2L);
		assertThat(this.index.search("impresora atascada en el almacén", "es", true,
				new KnowledgeIndex.Match(0.6, 2, 16), 5))
			.isEmpty();
	}

	@Test
	void stemsEnglishAndKeepsLanguagesApart() {
		this.index.rebuild(List.of(article(3, Visibility.PUBLIC, "en", "Printing on both sides",
				"Office printers print on both sides when you choose it in the print dialog.")));

		assertThat(ids(this.index.search("printer", "en", true, KnowledgeIndex.Match.ANY, 5))).containsExactly(3L);
		assertThat(this.index.search("printer", "es", true, KnowledgeIndex.Match.ANY, 5)).isEmpty();
		assertThat(ids(this.index.search("printer", null, true, KnowledgeIndex.Match.ANY, 5))).containsExactly(3L);
	}

	@Test
	void theTitleWeighsMoreThanTheBody() {
		this.index.rebuild(List.of(article(4, Visibility.PUBLIC, "es", "Teams en el móvil", "Instala la aplicación."),
				article(5, Visibility.PUBLIC, "es", "Llamadas externas", "Para llamar desde Teams marca el prefijo.")));

		assertThat(ids(this.index.search("teams", "es", true, KnowledgeIndex.Match.ANY, 5))).containsExactly(4L, 5L);
	}

	@Test
	void internalArticlesAreFoundOnlyByAgents() {
		this.index.rebuild(List
			.of(article(6, Visibility.INTERNAL, "es", "Procedimiento interno de altas VPN", "Pasos para el técnico.")));

		assertThat(this.index.search("vpn", "es", true, KnowledgeIndex.Match.ANY, 5)).isEmpty();
		assertThat(ids(this.index.search("vpn", "es", false, KnowledgeIndex.Match.ANY, 5))).containsExactly(6L);
	}

	@Test
	void aChangedArticleIsFoundByItsNewWordsOnly() {
		this.index.rebuild(List.of(article(7, Visibility.PUBLIC, "es", "Copias de seguridad", "Cada noche.")));
		this.index.put(article(7, Visibility.PUBLIC, "es", "Restaurar archivos borrados", "Desde la papelera."));

		assertThat(this.index.search("copias", "es", true, KnowledgeIndex.Match.ANY, 5)).isEmpty();
		assertThat(ids(this.index.search("restaurar", "es", true, KnowledgeIndex.Match.ANY, 5))).containsExactly(7L);
	}

	private static List<Long> ids(List<KnowledgeIndex.Hit> hits) {
		return hits.stream().map(KnowledgeIndex.Hit::articleId).toList();
	}

	static Article article(long id, Visibility visibility, String language, String title, String body) {
		OffsetDateTime now = OffsetDateTime.now();
		return new Article(id, "General", visibility, true, now,
				Map.of(language, new Article.Translation(language, title, body, Slugs.of(title), 1, now, "agent")));
	}

}
