package eu.jdservices.caso.console;

import eu.jdservices.caso.intake.ParsedMail;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

import org.springframework.stereotype.Component;

/**
 * A customer's HTML mail made safe to show in the console: jsoup's relaxed safelist
 * without images (a remote image tells the sender the mail was read), every link
 * {@code rel="noopener noreferrer nofollow"} and without {@code target}; no scripts,
 * event handlers, styles, forms, frames or {@code javascript:} URLs survive. HTML longer
 * than {@link ParsedMail#MAX_TEXT} characters is not shown formatted (the page says so
 * and links the original): cleaning crafted HTML of megabytes takes jsoup seconds, on
 * every view of the case.
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
		if (html == null || html.isBlank() || tooLong(html)) {
			return "";
		}
		return Jsoup.clean(html, "", SAFELIST, OUTPUT);
	}

	static boolean tooLong(String html) {
		return html != null && html.length() > ParsedMail.MAX_TEXT;
	}

}
