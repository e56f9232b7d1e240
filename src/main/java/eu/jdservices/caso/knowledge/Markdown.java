package eu.jdservices.caso.knowledge;

import java.util.List;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * An article's Markdown (CommonMark with tables) as the pages show it. Agents write it,
 * but an article is read by the public: raw HTML in it is escaped, links may only be
 * http(s) or mail, and the result passes an allow-list (no script, style, event handler
 * or frame gets through), so no article can run code in a reader's browser.
 */
final class Markdown {

	private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

	private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

	private static final HtmlRenderer HTML = HtmlRenderer.builder()
		.extensions(EXTENSIONS)
		.escapeHtml(true)
		.sanitizeUrls(true)
		.build();

	private static final TextContentRenderer TEXT = TextContentRenderer.builder().extensions(EXTENSIONS).build();

	private static final Safelist SAFELIST = Safelist.relaxed()
		.removeTags("img")
		.removeAttributes("a", "target")
		.addProtocols("a", "href", "http", "https", "mailto")
		.addEnforcedAttribute("a", "rel", "noopener noreferrer nofollow");

	private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

	private Markdown() {
	}

	/** Safe HTML of the Markdown. */
	static String html(String markdown) {
		Node document = PARSER.parse(markdown);
		return Jsoup.clean(HTML.render(document), "", SAFELIST, OUTPUT);
	}

	/** The plain text of the Markdown (for excerpts and mails). */
	static String text(String markdown) {
		return TEXT.render(PARSER.parse(markdown)).strip();
	}

}
