package jp.esurety.systemtest;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Tracing;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.TestAbortedException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The Debian Chromium driven by Playwright for Java, for one test class ({@code @RegisterExtension static}).
 * Never downloads a browser ({@code PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1} in failsafe; the executable is
 * {@code esurety.browser.executable}). Each {@link #newContext user's window} is headless, 1280×900 (or the width
 * asked for), Japanese, Tokyo time, and records a Playwright trace per test; when a test fails, its trace and a
 * screenshot of every open page are kept in {@code target/browser-artifacts} ({@code npx playwright show-trace}).
 * Without Chromium the tests are skipped, unless {@code CI=true} or {@code -Desurety.browser-tests=required}.
 */
final class Chromium implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    static final int WIDTH = 1280;
    static final int HEIGHT = 900;

    private static final Path EXECUTABLE = Path.of(System.getProperty("esurety.browser.executable", "/usr/bin/chromium"));
    static final Path ARTIFACTS = Path.of(System.getProperty("esurety.browser.artifacts", "target/browser-artifacts"));

    private final List<BrowserContext> contexts = new ArrayList<>();
    private Playwright playwright;
    private Browser browser;

    @Override
    public void beforeAll(ExtensionContext context) {
        boolean present = Files.isExecutable(EXECUTABLE);
        boolean required = "required".equals(System.getProperty("esurety.browser-tests"))
                || "true".equals(System.getenv("CI"));
        if (!present && required) {
            throw new IllegalStateException("Chromium is required at " + EXECUTABLE + ": apt-get install -y chromium");
        }
        assumeTrue(present, "Chromium not installed at " + EXECUTABLE + " (apt-get install -y chromium)");
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(EXECUTABLE)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    /** A new browser profile (its own cookies), as one person at a desktop screen. */
    BrowserContext newContext() {
        return newContext(WIDTH);
    }

    /** A new browser profile whose window is {@code width} pixels wide (768: a tablet). */
    BrowserContext newContext(int width) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(width, HEIGHT)
                .setLocale("ja-JP")
                .setTimezoneId("Asia/Tokyo")
                .setAcceptDownloads(true));
        context.setDefaultTimeout(30_000);
        // start() opens the first chunk; each later test opens its own (beforeEach) and closes it (afterEach)
        context.tracing().start(new Tracing.StartOptions().setScreenshots(true).setSnapshots(true).setSources(false));
        contexts.add(context);
        context.onClose(contexts::remove);
        return context;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        for (BrowserContext c : List.copyOf(contexts)) {
            c.tracing().startChunk(new Tracing.StartChunkOptions().setTitle(context.getDisplayName()));
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        boolean failed = context.getExecutionException().filter(e -> !(e instanceof TestAbortedException)).isPresent();
        String test = context.getRequiredTestMethod().getName();
        List<BrowserContext> open = List.copyOf(contexts);
        for (int i = 0; i < open.size(); i++) {
            BrowserContext c = open.get(i);
            if (failed) {
                keepEvidence(c, test + "-" + i);
            } else {
                c.tracing().stopChunk();
            }
        }
    }

    private void keepEvidence(BrowserContext context, String name) {
        try {
            Files.createDirectories(ARTIFACTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.tracing().stopChunk(new Tracing.StopChunkOptions().setPath(ARTIFACTS.resolve(name + "-trace.zip")));
        int n = 0;
        for (Page page : context.pages()) {
            if (!page.isClosed()) {
                page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                        .setPath(ARTIFACTS.resolve(name + "-page" + (n++) + "-failed.png")));
            }
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        for (BrowserContext c : List.copyOf(contexts)) {
            c.close();
        }
        contexts.clear();
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }
}
