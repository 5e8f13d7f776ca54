package fr.revitems.testing.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.ReducedMotion;

import java.nio.file.Path;
import java.util.List;

/**
 * One headless Chromium for a test class: the system's (Debian package), never a downloaded one.
 * REVITEMS_CHROMIUM points elsewhere if needed. Each test opens its own context (fresh cookies).
 */
public final class Browser implements AutoCloseable {

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;

    /** Waits, never time limits on what is measured: long enough for a 2-core machine shared with other builds. */
    private static final double WAIT_MS = 20_000;

    public Browser() {
        PlaywrightAssertions.setDefaultAssertionTimeout(WAIT_MS);
        playwright = Playwright.create();
        String executable = System.getenv().getOrDefault("REVITEMS_CHROMIUM", "/usr/bin/chromium");
        chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(executable))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    /** A new browser window with its own cookies, in French as a first visit would be. */
    public BrowserContext newContext() {
        return newContext(ReducedMotion.NO_PREFERENCE);
    }

    /**
     * The same window, its system asking for reduced motion: the theme's transitions end at once
     * (revitems.css). The benchmarks use it: on this 2-core machine the browser shares the cores with the
     * server it measures, and a transition started by the click that sends a request repaints the whole
     * page at every frame until the answer comes (src/site/markdown/performance-history.md, "The browser's share of the two cores").
     */
    public BrowserContext newReducedMotionContext() {
        return newContext(ReducedMotion.REDUCE);
    }

    private BrowserContext newContext(ReducedMotion motion) {
        BrowserContext context = chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setLocale("fr-FR").setViewportSize(1280, 900).setReducedMotion(motion));
        context.setDefaultTimeout(WAIT_MS);
        return context;
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}
