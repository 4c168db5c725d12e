package nl.rendement.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium for the browser tests, with a fresh profile that speaks one
 * language. Without Chromium the tests are skipped loudly on a laptop and fail on CI.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Path CHROMIUM = Path.of(System.getProperty("rendement.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER =
            Path.of(System.getProperty("rendement.chromedriver", "/usr/bin/chromedriver"));

    private final ChromeDriver driver;
    private final Path profile;
    private final String base;

    private Browser(ChromeDriver driver, Path profile, String base) {
        this.driver = driver;
        this.profile = profile;
        this.base = base;
    }

    /** Skips the calling test class when Chromium is missing, unless {@code CI=true} requires it. */
    static void assumeInstalled() {
        List<Path> missing = Stream.of(CHROMIUM, CHROMEDRIVER)
                .filter(path -> !Files.isExecutable(path))
                .toList();
        if (missing.isEmpty()) {
            return;
        }
        String problem = "Browser tests need Chromium and its driver; missing " + missing
                + " (apt-get install chromium chromium-driver)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(problem + ". CI=true makes the browser tests mandatory.");
        }
        System.err.println("\n**********\n* SKIPPED: " + problem + "\n**********\n");
        Assumptions.abort(problem);
    }

    /** A browser whose Accept-Language is {@code languages}, e.g. "nl" or "en-GB,en", talking to {@code base}. */
    static Browser open(String base, String languages) {
        try {
            Path profile = Files.createTempDirectory("rendement-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments(
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--window-size=1280,900",
                    "--user-data-dir=" + profile);
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", languages));
            options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
            ChromeDriverService service = ChromeDriverService.createDefaultService();
            service.setExecutable(CHROMEDRIVER.toString());
            return new Browser(new ChromeDriver(service, options), profile, base);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    void get(String path) {
        driver.get(base + path);
    }

    String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    String text(String css) {
        return find(css).getText().strip();
    }

    void type(String css, String value) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(value);
    }

    /** Clicks a link or button that loads another page, and waits until it has replaced this one. */
    void follow(String css) {
        WebElement page = find("html");
        find(css).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(page));
    }

    void signIn(String username, String password) {
        type("#username", username);
        type("#password", password);
        follow("form[action$='/login'] button[type=submit]");
    }

    /** Uses the header's language switch, unless the page already speaks {@code language}. */
    void speak(String language) {
        if (!language.equals(find("html").getDomAttribute("lang"))) {
            follow(".language-switch button[value='" + language + "']");
        }
    }

    /**
     * What the browser's console reported as errors since the last call, e.g. a resource the CSP
     * refused, except the page's own HTTP status (an error page is meant to have one).
     */
    List<String> consoleErrors() {
        String ownStatus = driver.getCurrentUrl() + " - Failed to load resource";
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> !message.startsWith(ownStatus))
                .toList();
    }

    /** Keeps a PNG of the whole page, not just the window, as target/screenshots/{name}.png. */
    void screenshot(String name) {
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<?, ?> size = (Map<?, ?>) metrics.get("cssContentSize");
        Map<String, Object> clip =
                Map.of("x", 0, "y", 0, "width", size.get("width"), "height", size.get("height"), "scale", 1);
        Map<String, Object> shot = driver.executeCdpCommand(
                "Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The page as headless Chromium prints it: on A4 paper with 12 mm margins, at scale 1.0 (never
     * shrunk to fit), backgrounds included; the page's own print style sheet applies.
     */
    byte[] printToA4() {
        double inch = 25.4;
        Map<String, Object> pdf = driver.executeCdpCommand(
                "Page.printToPDF",
                Map.of(
                        "paperWidth", 210 / inch,
                        "paperHeight", 297 / inch,
                        "marginTop", 12 / inch,
                        "marginBottom", 12 / inch,
                        "marginLeft", 12 / inch,
                        "marginRight", 12 / inch,
                        "scale", 1.0,
                        "printBackground", true,
                        "preferCSSPageSize", false));
        return Base64.getDecoder().decode((String) pdf.get("data"));
    }

    @Override
    public void close() {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
