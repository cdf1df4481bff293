package nl.sleutelnet.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium for browser tests, driven through the Debian chromedriver (Selenium never downloads a
 * browser). Every page a test visits can be scanned with axe-core; serious and critical findings fail the test.
 * Screenshots go to {@code target/screenshots} to be looked at.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final WebDriver driver;
    private final String base;
    private final Path screenshots;

    public Browser(int port) {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver: "
                    + "apt-get install -y chromium chromium-driver (.ci/run does this)");
        }
        try {
            Path profile = Files.createTempDirectory("chromium-profile");
            screenshots = Files.createDirectories(Path.of("target", "screenshots"));
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=nl-NL",
                    "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
            driver = new ChromeDriver(service, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.base = "http://localhost:" + port;
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(base + path);
        waitFor(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public String text(String css) {
        return find(css).getText();
    }

    /**
     * Waits until the condition holds. An element that htmx or a script replaces while the condition reads it is
     * read again on the next try, not a failure.
     */
    public <T> T waitFor(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition);
    }

    /** Clicks something that loads a new page, and waits until the new page is there. */
    public void submit(WebElement element) {
        WebElement page = find("html");
        element.click();
        waitFor(ExpectedConditions.stalenessOf(page));
        waitFor(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    public void submit(String css) {
        submit(find(css));
    }

    public void signIn(String username, String password) {
        open("/inloggen");
        find("#username").sendKeys(username);
        find("#password").sendKeys(password);
        submit("form.formulier button[type=submit]");
    }

    /** Fails on serious or critical WCAG findings, listing each rule and where it was found. */
    /**
     * On the temperature map page: waits until the map is drawn, then returns the colour the buurt is drawn in and
     * the level colour it should be, read from the stylesheet's {@code --niveau-*} variable of the table row's level.
     */
    public MapColour mapColour(String buurt) {
        waitFor(d -> find("#kaart").getAttribute("data-getekend") != null);
        String level = find("tr[data-buurt=" + buurt + "]").getAttribute("data-niveau");
        @SuppressWarnings("unchecked")
        List<Object> drawn = (List<Object>) ((JavascriptExecutor) driver).executeScript("""
                var code = arguments[0], level = arguments[1];
                var chart = echarts.getInstanceByDom(document.getElementById('kaart'));
                var cell = chart.getOption().series[0].data.filter(function (x) { return x.name === code; })[0];
                var css = getComputedStyle(document.documentElement);
                return [cell.itemStyle.areaColor, css.getPropertyValue('--niveau-' + level).trim(), cell.url];
                """, buurt, level.toLowerCase(java.util.Locale.ROOT));
        return new MapColour(level, (String) drawn.get(0), (String) drawn.get(1), (String) drawn.get(2));
    }

    /** A buurt on the temperature map: its level, the colour it is drawn in, the colour of its level, its link. */
    public record MapColour(String level, String drawn, String levelColour, String url) {
    }

    public void assertAccessible(String page) {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver);
        List<Rule> serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .toList();
        assertThat(serious).as("accessibility findings on %s:%n%s", page, serious.stream()
                .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget()))
                        .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"))).isEmpty();
    }

    public void screenshot(String name) {
        try {
            File shot = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), screenshots.resolve(name + ".png"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
