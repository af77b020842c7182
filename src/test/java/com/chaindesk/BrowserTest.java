package com.chaindesk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A real Chromium (Debian's, never a downloaded one) driving the running application. Skips with a clear message
 * where no Chromium is installed; {@code .ci/run} installs it. Screenshots land in {@code target/screenshots/}.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest {

	/** A laptop screen and a phone screen, the two a store manager uses. */
	public enum Screen {
		LAPTOP(1366, 800), PHONE(390, 844);

		final int width;
		final int height;

		Screen(int width, int height) {
			this.width = width;
			this.height = height;
		}
	}

	protected static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@LocalServerPort
	protected int port;

	private Playwright playwright;
	private Browser browser;
	private BrowserContext context;

	@BeforeAll
	void startBrowser() {
		Path chromium = chromium();
		Assumptions.assumeTrue(chromium != null,
				"SKIPPED: no Chromium found (install Debian's 'chromium' package, or set CHROMIUM_PATH); .ci/run installs it");
		playwright = Playwright.create(new Playwright.CreateOptions()
				.setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(chromium)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic",
						"--no-first-run", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage")));
	}

	@AfterAll
	void stopBrowser() {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
	}

	@AfterEach
	void closeContext() {
		if (context != null) {
			context.close();
			context = null;
		}
	}

	/** A fresh browser window (no cookies) of the given size and language. */
	protected Page open(Screen screen, String language) {
		closeContext();
		context = browser.newContext(new Browser.NewContextOptions().setViewportSize(screen.width, screen.height)
				.setLocale(language).setIsMobile(screen == Screen.PHONE).setHasTouch(screen == Screen.PHONE)
				.setDeviceScaleFactor(1));
		context.setDefaultTimeout(15_000);
		return context.newPage();
	}

	protected String url(String path) {
		return "http://localhost:" + port + path;
	}

	/** Signs in through the form, as a person would. */
	protected void signIn(Page page, String username) {
		page.navigate(url("/login"));
		page.fill("#username", username);
		page.fill("#password", "chaindesk");
		page.click("#sign-in");
		page.waitForLoadState();
	}

	protected void screenshot(Page page, String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		// From the top: a full-page capture of a scrolled page draws the sticky top bar half-way down.
		page.evaluate("window.scrollTo(0, 0)");
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
	}

	private static Path chromium() {
		String configured = System.getenv("CHROMIUM_PATH");
		for (String candidate : new String[] { configured, "/usr/bin/chromium", "/usr/bin/chromium-browser" }) {
			if (candidate != null && Files.isExecutable(Path.of(candidate))) {
				return Path.of(candidate);
			}
		}
		return null;
	}
}
