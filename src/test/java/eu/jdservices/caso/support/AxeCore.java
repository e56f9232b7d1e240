package eu.jdservices.caso.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import org.junit.jupiter.api.Assumptions;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * axe-core, the accessibility engine, from the npm registry (installed once under
 * {@code target/axe-core} with the machine's npm) and served to the browser from the
 * page's own origin, so that the console's Content-Security-Policy
 * ({@code script-src 'self'}) lets it run. Without npm the test is skipped, or fails when
 * {@code CI=true}.
 */
public final class AxeCore {

	/** The version the tests use. */
	public static final String VERSION = "4.14.1";

	static final Path DIR = Paths.get("target", "axe-core");

	static final Path SCRIPT = DIR.resolve("node_modules/axe-core/axe.min.js");

	private static String source;

	private AxeCore() {
	}

	/** The serious and critical violations axe finds on the page now, one line each. */
	public static List<String> seriousViolations(Page page) {
		String script = script();
		page.route("**/__axe-core.js", (route) -> route
			.fulfill(new Route.FulfillOptions().setBody(script).setContentType("application/javascript")));
		page.addScriptTag(new Page.AddScriptTagOptions().setUrl("/__axe-core.js"));
		Object found = page.evaluate(
				"""
						async () => (await axe.run(document, { resultTypes: ['violations'] })).violations
							.filter((v) => v.impact === 'serious' || v.impact === 'critical')
							.map((v) => v.impact + ' ' + v.id + ': ' + v.help + ' at ' + v.nodes.map((n) => n.target.join(' ')).join(', '))""");
		return ((List<?>) found).stream().map(String::valueOf).toList();
	}

	static synchronized String script() {
		if (source != null) {
			return source;
		}
		try {
			if (!Files.isRegularFile(SCRIPT)) {
				install();
			}
			source = Files.readString(SCRIPT, StandardCharsets.UTF_8);
			return source;
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot read " + SCRIPT, ex);
		}
	}

	private static void install() throws IOException {
		Files.createDirectories(DIR);
		Process npm;
		try {
			npm = new ProcessBuilder("npm", "install", "--no-audit", "--no-fund", "--no-save", "--prefix",
					DIR.toString(), "axe-core@" + VERSION)
				.redirectErrorStream(true)
				.redirectOutput(DIR.resolve("npm.log").toFile())
				.start();
		}
		catch (IOException noNpm) {
			unavailable("npm is missing: install it with 'apt-get install -y npm' to run the accessibility checks");
			return;
		}
		try {
			if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0 || !Files.isRegularFile(SCRIPT)) {
				npm.destroy();
				unavailable("npm could not install axe-core " + VERSION + " (see " + DIR.resolve("npm.log") + ")");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			unavailable("interrupted while installing axe-core");
		}
	}

	private static void unavailable(String message) {
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			fail(message);
		}
		Assumptions.abort(message);
	}

}
