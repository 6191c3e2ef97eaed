package org.entente.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import org.entente.DevelopmentStore;
import org.entente.rdf.IriScheme;
import org.entente.serve.pages.Pages;
import org.entente.store.KnowledgeStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages as a person sees them: Debian's Chromium, headless, driven by Selenium over the
 * store built from {@code data/}. Scripts run, so highlights open the claim panel and the query
 * page asks the endpoint. Skipped where Chromium and its driver are not installed.
 */
class BrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String ARTICLE = "/page/article/focus-2023-05-us-japan-korea";

    @TempDir
    static Path dir;
    private static KnowledgeStore store;
    private static EntenteServer server;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() {
        // .ci/run installs them; a missing browser must fail the run, not skip it unseen.
        assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "needs chromium and chromium-driver (apt-get install chromium chromium-driver; .ci/run does)");
        store = KnowledgeStore.open(Path.of(DevelopmentStore.path()));
        ServeSettings settings = new ServeSettings("127.0.0.1", 0, IriScheme.DEFAULT_BASE, 10_000, 10_000,
                Optional.empty(), dir.resolve("dumps"), false);
        server = EntenteServer.start(store, settings, Pages.servlets(store, settings));

        // The driver is given, never looked up: Selenium Manager must not go online for one.
        System.setProperty("SE_OFFLINE", "true");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000", "--user-data-dir=" + dir.resolve("profile"));
        // The console, so that a script error or a blocked resource fails the test.
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
            store.close();
        }
    }

    /** Nothing a page did may have gone wrong in the console: no script error, no resource refused. */
    @AfterEach
    void theConsoleHasNoErrors() {
        List<String> errors = consoleErrors();
        assertTrue(errors.isEmpty(), errors.toString());
    }

    /** The console's errors since last asked (reading the log empties it). */
    private static List<String> consoleErrors() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
    }

    @Test
    void theHomePageShowsTheArticleAndTheCoalitions() throws IOException {
        open("/");
        assertEquals("Entente", browser.findElement(By.tagName("h1")).getText());
        WebElement article = browser.findElement(By.cssSelector("#articles tbody tr"));
        assertTrue(article.getText().startsWith("Three in one boat and China"), article.getText());
        assertTrue(article.getText().endsWith("Focus 2023-05 120"), article.getText());
        String coalitions = browser.findElement(By.cssSelector("dl.coalitions")).getText();
        assertTrue(coalitions.contains("Quadrilateral Security Dialogue\nAustralia, India, Japan, United States"), coalitions);
        assertTrue(coalitions.contains("AUKUS\nAustralia, United Kingdom, United States"), coalitions);
        screenshot("home");
    }

    @Test
    void aResourceIriOpensItsPageWithTheClaimsAboutIt() {
        open("/id/state/japan");
        assertTrue(browser.getCurrentUrl().endsWith("/page/state/japan"), browser.getCurrentUrl());
        assertEquals("Japan", browser.findElement(By.tagName("h1")).getText());
        List<WebElement> claims = browser.findElements(By.cssSelector("#claims article.claim"));
        assertTrue(claims.size() > 20, "claims: " + claims.size());
        for (WebElement claim : claims) {
            WebElement quote = claim.findElement(By.cssSelector("blockquote.evidence mark"));
            assertFalse(quote.getText().isBlank());
            assertTrue(List.of("factual", "planned", "hypothetical", "negated")
                    .contains(claim.findElement(By.cssSelector(".modality")).getText()));
        }
        WebElement denied = browser.findElement(By.cssSelector("article.claim[data-claim-id='rok-japan-not-allied']"));
        assertEquals("negated", denied.findElement(By.cssSelector(".modality")).getText());
        assertEquals("non-allied South Korea and Japan", denied.findElement(By.cssSelector("mark")).getText());
    }

    @Test
    void choosingAHighlightShowsItsClaims() throws IOException {
        open(ARTICLE);
        List<WebElement> marks = browser.findElements(By.cssSelector(".article-text mark[data-claim]"));
        assertTrue(marks.size() > 100, "highlights: " + marks.size());
        assertTrue(browser.findElements(By.cssSelector(".claim-detail")).stream().noneMatch(WebElement::isDisplayed));

        WebElement mark = browser.findElement(By.cssSelector(".article-text mark[data-claim~='rok-japan-not-allied']"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", mark);
        mark.click();
        WebElement shown = new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".claim-detail[data-claim-id='rok-japan-not-allied']")));
        assertEquals("negated", shown.findElement(By.cssSelector(".modality")).getText());
        assertTrue(shown.findElement(By.cssSelector("table.triples")).getText().contains("ally of"));
        // Only the chosen passage's claims are shown.
        long visible = browser.findElements(By.cssSelector(".claim-detail")).stream().filter(WebElement::isDisplayed).count();
        assertEquals(mark.getAttribute("data-claim").split(" ").length, visible);
        screenshot("article");
    }

    @Test
    void theQueryPageRunsWhatIsTypedAndShowsTheTable() throws IOException {
        open("/query");
        WebElement editor = browser.findElement(By.id("query-text"));
        editor.clear();
        editor.sendKeys(Files.readString(Path.of("src/main/resources/queries/competency/01-quad-members.rq"), StandardCharsets.UTF_8));
        browser.findElement(By.id("run")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#results tbody tr"), 4));
        List<String> names = browser.findElements(By.cssSelector("#results tbody tr td:nth-child(2)")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of("Australia en", "India en", "Japan en", "United States en"), names);
        screenshot("query");

        editor.clear();
        editor.sendKeys("SELECT ?x WHERE { ?x ");
        browser.findElement(By.id("run")).click();
        WebElement error = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("query-error")));
        assertTrue(error.getText().contains("Parse error"), error.getText());
        // The browser logs the 400 it was given, as it should; nothing else went wrong.
        List<String> errors = consoleErrors();
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).contains("/sparql - Failed to load resource: the server responded with a status of 400"), errors.get(0));
    }

    @Test
    void theChartsAreDrawnWithTheLocalD3() {
        open("/timeline");
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#timeline svg rect.bar"), 10));
        open("/coalitions");
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#coalitions svg circle.coalition"), 5));
        assertTrue(browser.findElement(By.cssSelector("#coalitions svg")).getText().contains("Quadrilateral Security Dialogue"));
    }

    private static void open(String path) {
        browser.get(server.url() + path);
    }

    /** Kept in /tmp for a person to look at. */
    private static void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), Path.of("/tmp/entente-" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
