package io.hms.examples.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.hms.api.ComponentSpec;
import io.hms.core.Hms;
import io.hms.core.admin.AdminOptions;
import io.hms.core.chaos.ChaosOptions;
import io.hms.examples.checkout.CheckoutDemo;
import io.hms.examples.checkout.InventoryFunctions;
import io.hms.examples.checkout.InventoryService;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The organism page in a real browser (headless Chromium through its chromedriver) against the checkout
 * demo's host with the admin API on: the diagram shows every component, and a fault injected through the
 * API shows on the page within 2 s. Where no Chromium is installed the test is skipped, except under CI
 * ({@code CI=true}), where {@code .ci/run} installs it and its absence fails the build.
 */
@Timeout(120)
class OrganismPageBrowserTest {

    private static final String TOKEN = "page-test-token-0123456789";
    private static final List<String> BROWSERS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome");
    private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

    private Hms hms;
    private ChromeDriver browser;

    private static Optional<String> firstExisting(List<String> paths) {
        return paths.stream().filter(p -> new File(p).canExecute()).findFirst();
    }

    @BeforeEach
    void start() {
        Optional<String> chromium = firstExisting(BROWSERS);
        Optional<String> driver = firstExisting(DRIVERS);
        if (chromium.isEmpty() || driver.isEmpty()) {
            String missing = "no Chromium and chromedriver (Debian: apt-get install chromium chromium-driver)";
            assertThat("true".equals(System.getenv("CI"))).as(missing + " under CI, where .ci/run installs them")
                    .isFalse();
            Assumptions.abort(missing);
        }
        Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
        InventoryService inventory = new InventoryService(1_000);
        hms = Hms.builder().discoverOptimizer(false)
                .component(ComponentSpec.of("inventory").withPolicy(CheckoutDemo.inventoryPolicy()))
                .annotated(new InventoryFunctions(inventory))
                .chaos(ChaosOptions.enabled())
                .admin(AdminOptions.builder().token(TOKEN).build())
                .build().start();
        ChromeOptions options = new ChromeOptions().setBinary(chromium.get()).addArguments("--headless=new",
                "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1440,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(driver.get())).withSilent(true).build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (hms != null) {
            hms.close();
        }
    }

    private URI page() {
        return hms.admin().orElseThrow().uri();
    }

    @Test
    void theDiagramShowsEveryComponentAndAFaultShowsWithinTwoSeconds() throws Exception {
        browser.get(page() + "#token=" + TOKEN);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(d -> !d.findElements(By.cssSelector("#diagram svg")).isEmpty()
                && !d.findElements(By.cssSelector("#stream.on")).isEmpty());

        String svg = browser.findElement(By.cssSelector("#diagram svg")).getDomProperty("outerHTML");
        for (String component : hms.registry().componentNames()) {
            assertThat(svg).as("the diagram names %s", component).contains(component);
        }
        assertThat(svg).contains("Healer", "Monitor", "Configurator");
        assertThat(browser.findElement(By.cssSelector("[data-component=inventory]")).getDomAttribute("data-class"))
                .isEqualTo("up");
        ((JavascriptExecutor) browser).executeScript("""
                window.hmsStates = [];
                new MutationObserver(() => document.querySelectorAll('[data-component=inventory]')
                    .forEach(c => window.hmsStates.push(c.dataset.class)))
                  .observe(document.getElementById('components'), {subtree: true, childList: true, attributes: true});
                """);

        HttpResponse<String> response = inject("{\"kind\":\"kill\",\"target\":\"inventory\",\"duration\":\"PT5S\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        new WebDriverWait(browser, Duration.ofSeconds(2)).until(d -> ((List<?>) ((JavascriptExecutor) d)
                .executeScript("return window.hmsStates")).stream().anyMatch(s -> !"up".equals(s)));
        wait.until(d -> !d.findElements(By.cssSelector("#timeline [data-event=ChaosInjected]")).isEmpty());

        Path shot = Path.of("target", "organism-page.png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private HttpResponse<String> inject(String fault) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(page().resolve("api/chaos/faults"))
                    .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(fault)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
