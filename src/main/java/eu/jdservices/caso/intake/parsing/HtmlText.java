package eu.jdservices.caso.intake.parsing;

import java.util.Locale;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Readable text from an HTML body: line breaks for the elements br, p, div, li, tr,
 * headings and other blocks, white space collapsed elsewhere, scripts and styles dropped.
 * HTML with more than {@value #MAX_TAGS_FOR_TREE} start tags is read tag by tag, without
 * building its tree: jsoup's HTML5 tree building slows down more than linearly on crafted
 * nesting (100,000 nested tables took 20 s). So is HTML with a tag name longer than
 * {@value #MAX_TAG_NAME} characters: jsoup (1.22) lower-cases a tag name again for each
 * chunk it reads of it, which is quadratic (a 1 MB name took 1.9 s).
 */
final class HtmlText {

	/** About twice the tags of the largest real HTML mails seen. */
	static final int MAX_TAGS_FOR_TREE = 10_000;

	/** Far beyond any element's name ({@code blockquote}, custom elements). */
	static final int MAX_TAG_NAME = 256;

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
		if (!treeIsCheap(html)) {
			return tidy(withoutTags(html));
		}
		Document document = Jsoup.parse(html);
		document.select(String.join(",", DROPPED)).remove();
		StringBuilder out = new StringBuilder(html.length() / 2);
		NodeTraversor.traverse(new Visitor(out), document.body());
		return tidy(out);
	}

	/**
	 * At most {@value #MAX_TAGS_FOR_TREE} start tags and no tag name (after {@code <} or
	 * {@code </}) longer than {@value #MAX_TAG_NAME}: one pass, each character looked at
	 * once or twice.
	 */
	static boolean treeIsCheap(String html) {
		int tags = 0;
		for (int i = html.indexOf('<'); i >= 0 && i + 1 < html.length(); i = html.indexOf('<', i + 1)) {
			int name = (html.charAt(i + 1) == '/') ? i + 2 : i + 1;
			if (name < html.length() && isAsciiLetter(html.charAt(name))) {
				tags += (name == i + 1) ? 1 : 0;
				int end = name;
				while (end < html.length() && !endsTagName(html.charAt(end))) {
					end++;
				}
				if (tags > MAX_TAGS_FOR_TREE || end - name > MAX_TAG_NAME) {
					return false;
				}
				i = end - 1;
			}
		}
		return true;
	}

	private static boolean isAsciiLetter(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	}

	private static boolean endsTagName(char c) {
		return c == '>' || c == '/' || c == '<' || Character.isWhitespace(c);
	}

	/**
	 * The text between the tags, in one pass: breaks for br and blocks, a space for
	 * cells, comments and dropped elements left out, entities decoded.
	 */
	private static StringBuilder withoutTags(String html) {
		StringBuilder out = new StringBuilder(html.length() / 2);
		int i = 0;
		while (i < html.length()) {
			int open = html.indexOf('<', i);
			appendCollapsed(out, html.substring(i, (open < 0) ? html.length() : open));
			if (open < 0) {
				break;
			}
			if (html.startsWith("<!--", open)) {
				int end = html.indexOf("-->", open + 4);
				i = (end < 0) ? html.length() : end + 3;
				continue;
			}
			int close = html.indexOf('>', open + 1);
			if (close < 0) {
				break;
			}
			String tag = tagName(html, open + 1, close);
			boolean endTag = html.charAt(open + 1) == '/';
			i = close + 1;
			if (!endTag && DROPPED.contains(tag)) {
				i = endOfElement(html, tag, i);
			}
			else if ("br".equals(tag)) {
				out.append('\n');
			}
			else if (("td".equals(tag) || "th".equals(tag)) && !out.isEmpty()
					&& !Character.isWhitespace(out.charAt(out.length() - 1))) {
				out.append(' ');
			}
			else if (BLOCKS.contains(tag) || "pre".equals(tag)) {
				if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
					out.append('\n');
				}
				if (endTag && "p".equals(tag)) {
					out.append('\n');
				}
			}
		}
		return out;
	}

	/** The lower-case name of the tag between {@code <} and {@code >}. */
	private static String tagName(String html, int from, int to) {
		int start = (from < to && html.charAt(from) == '/') ? from + 1 : from;
		int end = start;
		while (end < to && Character.isLetterOrDigit(html.charAt(end))) {
			end++;
		}
		return html.substring(start, end).toLowerCase(Locale.ROOT);
	}

	/** Where the text after the end tag of a dropped element starts. */
	private static int endOfElement(String html, String tag, int from) {
		String endTag = "</" + tag;
		for (int i = html.indexOf('<', from); i >= 0; i = html.indexOf('<', i + 1)) {
			if (html.regionMatches(true, i, endTag, 0, endTag.length())) {
				int close = html.indexOf('>', i);
				return (close < 0) ? html.length() : close + 1;
			}
		}
		return html.length();
	}

	private static void appendCollapsed(StringBuilder out, String raw) {
		String text = Parser.unescapeEntities(raw, false).replace('\u00a0', ' ').replaceAll("\\s+", " ");
		if (text.startsWith(" ") && (out.isEmpty() || Character.isWhitespace(out.charAt(out.length() - 1)))) {
			text = text.substring(1);
		}
		out.append(text);
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
