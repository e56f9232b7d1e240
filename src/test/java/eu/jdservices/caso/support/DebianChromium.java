package eu.jdservices.caso.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Assumptions;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Debian's Chromium driven by Playwright for the browser tests: Playwright never
 * downloads a browser. Without {@code /usr/bin/chromium} the test class is skipped, or
 * fails when {@code CI=true}.
 */
public final class DebianChromium implements AutoCloseable {

	public static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

	private final Playwright playwright;

	private final Browser browser;

	private DebianChromium(Playwright playwright, Browser browser) {
		this.playwright = playwright;
		this.browser = browser;
	}

	/** Starts Chromium headless for a test class, or skips the class without it. */
	public static DebianChromium launch(Class<?> testClass) {
		if (!Files.isExecutable(CHROMIUM)) {
			String message = CHROMIUM
					+ " is missing: install it with 'apt-get install -y chromium' to run the browser tests";
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				fail(message);
			}
			System.err.println("Skipping " + testClass.getSimpleName() + ": " + message);
			Assumptions.abort(message);
		}
		Playwright playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		Browser browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
						"--disable-background-networking", "--disable-component-update", "--disable-sync")));
		return new DebianChromium(playwright, browser);
	}

	public Browser browser() {
		return this.browser;
	}

	@Override
	public void close() {
		this.browser.close();
		this.playwright.close();
	}

}
