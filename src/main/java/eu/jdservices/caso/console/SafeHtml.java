package eu.jdservices.caso.console;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

import org.springframework.stereotype.Component;

/**
 * A customer's HTML mail made safe to show in the console: jsoup's relaxed safelist
 * without images (a remote image tells the sender the mail was read), every link
 * {@code rel="noopener noreferrer nofollow"} and without {@code target}; no scripts,
 * event handlers, styles, forms, frames or {@code javascript:} URLs survive.
 */
@Component
class SafeHtml {

	private static final Safelist SAFELIST = Safelist.relaxed()
		.removeTags("img")
		.removeAttributes("a", "target")
		.addEnforcedAttribute("a", "rel", "noopener noreferrer nofollow");

	private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

	/** The sanitised HTML, or an empty string when there is none. */
	String clean(String html) {
		if (html == null || html.isBlank()) {
			return "";
		}
		return Jsoup.clean(html, "", SAFELIST, OUTPUT);
	}

}
