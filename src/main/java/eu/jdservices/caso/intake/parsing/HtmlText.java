package eu.jdservices.caso.intake.parsing;

import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Readable text from an HTML body: line breaks for the elements br, p, div, li, tr,
 * headings and other blocks, white space collapsed elsewhere, scripts and styles dropped.
 */
final class HtmlText {

	private static final Set<String> BLOCKS = Set.of("p", "div", "li", "tr", "table", "ul", "ol", "dl", "dt", "dd",
			"h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "hr", "address", "section", "article", "header",
			"footer", "form", "fieldset", "center", "body", "title");

	private static final Set<String> DROPPED = Set.of("script", "style", "head", "noscript", "template", "svg",
			"object", "xml");

	private HtmlText() {
	}

	static String extract(String html) {
		if (html == null || html.isBlank()) {
			return "";
		}
		Document document = Jsoup.parse(html);
		document.select(String.join(",", DROPPED)).remove();
		StringBuilder out = new StringBuilder(html.length() / 2);
		NodeTraversor.traverse(new Visitor(out), document.body());
		return tidy(out);
	}

	private static String tidy(StringBuilder raw) {
		String[] lines = raw.toString().split("\n", -1);
		StringBuilder out = new StringBuilder(raw.length());
		int blank = 0;
		for (String line : lines) {
			String trimmed = line.strip();
			if (trimmed.isEmpty()) {
				blank++;
				continue;
			}
			if (!out.isEmpty()) {
				out.append((blank > 0) ? "\n\n" : "\n");
			}
			out.append(trimmed);
			blank = 0;
		}
		return out.toString();
	}

	private static final class Visitor implements NodeVisitor {

		private final StringBuilder out;

		private int pre;

		Visitor(StringBuilder out) {
			this.out = out;
		}

		@Override
		public void head(Node node, int depth) {
			if (node instanceof TextNode text) {
				appendText((this.pre > 0) ? text.getWholeText() : collapse(text.getWholeText()));
			}
			else if (node instanceof Element element) {
				String tag = element.normalName();
				if ("br".equals(tag)) {
					this.out.append('\n');
				}
				else if ("pre".equals(tag)) {
					this.pre++;
					blockBreak();
				}
				else if ("td".equals(tag) || "th".equals(tag)) {
					if (!this.out.isEmpty() && !endsWithWhitespace()) {
						this.out.append(' ');
					}
				}
				else if ("img".equals(tag) && element.hasAttr("alt") && !element.attr("alt").isBlank()) {
					appendText("[" + element.attr("alt").strip() + "]");
				}
				else if (BLOCKS.contains(tag)) {
					blockBreak();
				}
			}
		}

		@Override
		public void tail(Node node, int depth) {
			if (node instanceof Element element) {
				String tag = element.normalName();
				if ("pre".equals(tag)) {
					this.pre--;
					blockBreak();
				}
				else if ("p".equals(tag)) {
					blockBreak();
					this.out.append('\n');
				}
				else if (BLOCKS.contains(tag)) {
					blockBreak();
				}
			}
		}

		private void appendText(String text) {
			if (text.isEmpty()) {
				return;
			}
			if (text.startsWith(" ") && (this.out.isEmpty() || endsWithWhitespace())) {
				text = text.substring(1);
			}
			this.out.append(text);
		}

		private boolean endsWithWhitespace() {
			char last = this.out.charAt(this.out.length() - 1);
			return last == ' ' || last == '\n';
		}

		private void blockBreak() {
			if (!this.out.isEmpty() && this.out.charAt(this.out.length() - 1) != '\n') {
				this.out.append('\n');
			}
		}

		private static String collapse(String text) {
			return text.replace('\u00a0', ' ').replaceAll("[\\s]+", " ");
		}

	}

}
