package eu.jdservices.caso.intake.parsing;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Unit tests of {@link HtmlText}: the text of HTML bodies, also of hostile ones.
 */
class HtmlTextTests {

	@Test
	void readsBlocksCellsAndEntitiesAndDropsScripts() {
		String text = HtmlText.extract("<html><head><title>t</title></head><body><p>Hola&nbsp;Ana:</p>"
				+ "<div>El correo <b>no</b> env&iacute;a.</div><table><tr><td>A</td><td>B</td></tr></table>"
				+ "<script>var x = '<p>';</script>Saludos<br>Mario</body></html>");

		assertThat(text).isEqualTo("Hola Ana:\n\nEl correo no envía.\nA B\nSaludos\nMario");
	}

	@Test
	void readsTablesNestedOneHundredThousandDeepWithinSeconds() {
		String html = "<html><body>" + "<table><tr><td>".repeat(100_000) + "texto del cliente";

		String text = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> HtmlText.extract(html));

		assertThat(text).isEqualTo("texto del cliente");
	}

	@Test
	void readsHtmlWithTooManyTagsForItsTreeTagByTag() {
		String html = "<html><head><style>p { color: red }</style></head><body><p>Hola&nbsp;Ana:</p>"
				+ "<span>x</span>".repeat(HtmlText.MAX_TAGS_FOR_TREE)
				+ "<div>El correo <b>no</b> env&iacute;a.</div><table><tr><td>A</td><td>B</td></tr></table>"
				+ "<!-- <p>comment</p> --><script>var x = '<p>';</script>Saludos<br>Mario</body></html>";

		String text = HtmlText.extract(html);

		assertThat(text).startsWith("Hola Ana:\n\nxxx").endsWith("xxx\nEl correo no envía.\nA B\nSaludos\nMario");
		assertThat(text).doesNotContain("color", "comment", "var x");
	}

	@Test
	void readsHtmlWithAnEndlessTagNameTagByTag() {
		String html = "<p>Hola Ana:</p><x" + "\u00e9\u4e2d".repeat(HtmlText.MAX_TAG_NAME)
				+ " a=1>dentro</x><p>El correo no env&iacute;a.</p>";

		String text = HtmlText.extract(html);

		assertThat(HtmlText.treeIsCheap(html)).isFalse();
		assertThat(HtmlText.treeIsCheap("<p>Hola Ana:</p><blockquote>cita</blockquote>")).isTrue();
		assertThat(text).isEqualTo("Hola Ana:\n\ndentro\nEl correo no envía.");
	}

}
