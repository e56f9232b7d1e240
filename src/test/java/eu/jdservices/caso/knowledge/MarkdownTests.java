package eu.jdservices.caso.knowledge;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownTests {

	@Test
	void rendersHeadingsListsLinksAndTables() {
		String html = Markdown.html("""
				## Pasos

				1. Abra **Outlook**
				2. Vaya a [la ayuda](https://support.microsoft.com)

				| Versión | Soportada |
				|---|---|
				| 2019 | sí |
				""");

		assertThat(html).contains("<h2>Pasos</h2>", "<strong>Outlook</strong>", "<ol>", "<table>", "<td>2019</td>",
				"href=\"https://support.microsoft.com\"", "rel=\"noopener noreferrer nofollow\"");
	}

	@Test
	void aHostileArticleCannotRunScript() {
		String html = Markdown.html("""
				<script>alert(1)</script>

				<img src=x onerror="alert(2)">

				[pulse aquí](javascript:alert(3)) y <a href="javascript:alert(4)" onclick="alert(5)">aquí</a>

				<iframe src="https://evil.example"></iframe><style>body{display:none}</style>

				![foto](https://evil.example/x.png) [ok](https://ok.example)
				""");

		Document page = Jsoup.parseBodyFragment(html);
		assertThat(page.select("script, img, iframe, style, object, embed, form")).isEmpty();
		assertThat(page.getAllElements()).allSatisfy((element) -> assertThat(element.attributes().asList())
			.noneMatch((attribute) -> attribute.getKey().startsWith("on")));
		assertThat(page.select("a[href]").eachAttr("href")).containsExactly("https://ok.example");
		assertThat(page.text()).contains("<script>alert(1)</script>", "pulse aquí");
	}

	@Test
	void theTextOfAnArticleHasNoMarkup() {
		assertThat(Markdown.text("# Título\n\nUn **texto** con [enlace](https://x.test).")).doesNotContain("#", "**",
				"](");
	}

}
