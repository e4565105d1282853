package org.asylon.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.asylon.app.platform.AsylonPlatform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The platform in a real browser (Debian's Chromium, headless): pages are accessible (axe-core,
 * no serious or critical violation of WCAG 2.x A/AA rules), Arabic is laid out right to left,
 * and no page loads anything from another host. Skipped where Chromium is not installed;
 * `.ci/run` installs it.
 */
@SpringBootTest(classes = AsylonPlatform.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

    static ChromeDriver browser;
    static Path profileDirectory;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        org.asylon.app.platform.TestPlatform.properties(registry);
        registry.add("ASYLON_ADMIN_PASSWORD", () -> ADMIN_PASSWORD);
    }

    static final String ADMIN_PASSWORD = "a long test passphrase";

    @BeforeAll
    static void startBrowser() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium and chromedriver are not installed");
        profileDirectory = Files.createTempDirectory("asylon-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--user-data-dir=" + profileDirectory);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @ParameterizedTest
    @ValueSource(strings = {"/register", "/register?lang=ar", "/register?lang=fr", "/register?size=10&page=2&lang=ar", "/deployments/de-bamf-phone-data-extraction",
            "/deployments/us-cbp-one?lang=ar", "/login", "/setup"})
    void pagesHaveNoSeriousAccessibilityViolations(String path) throws IOException {
        browser.get(url(path));
        assertNoSeriousViolations(path);
    }

    @Test
    void arabicIsRightToLeftAndEnglishLeftToRight() {
        browser.get(url("/register?lang=ar"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("سجل الأنظمة المستخدمة");
        browser.get(url("/register?lang=en"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("ltr");
    }

    @Test
    void noPageLoadsAnythingFromAnotherHost() {
        for (String path : List.of("/register", "/deployments/de-bamf-phone-data-extraction", "/login")) {
            browser.get(url(path));
            @SuppressWarnings("unchecked")
            List<String> resources = (List<String>) ((JavascriptExecutor) browser)
                    .executeScript("return performance.getEntriesByType('resource').map(e => e.name);");
            assertThat(resources).as("resources loaded by " + path).isNotEmpty()
                    .allSatisfy(resource -> assertThat(resource).startsWith("http://localhost:" + port + "/"));
        }
    }

    @Test
    void aVisitorFiltersTheRegisterAndOpensADeployment() {
        browser.get(url("/register"));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("technology"))).selectByValue("phone-data-extraction");
        browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        navigate(By.linkText("Phone data extraction in German asylum procedures (BAMF)"));
        assertThat(browser.getCurrentUrl()).endsWith("/deployments/de-bamf-phone-data-extraction");
        assertThat(browser.findElement(By.id("facts-title")).getText()).isEqualTo("What is known");
    }

    @Test
    void anAdministratorSignsInAddsADeploymentAndSignsOut() throws IOException {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys(ADMIN_PASSWORD);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        browser.findElement(By.linkText("Add a deployment")).click();
        browser.findElement(By.linkText("Advanced: edit the profile as YAML")).click();
        assertNoSeriousViolations("/deployments/new/yaml");
        browser.findElement(By.id("profile")).sendKeys(
                "id: browser-test\nname: Added in a browser\njurisdictions: [FR]\nfacts:\n  processing:\n    profiling: true\n");
        navigate(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.getCurrentUrl()).endsWith("/deployments/browser-test");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Added in a browser");
        browser.findElement(By.cssSelector("header form button[type=submit]")).click();
        assertThat(browser.findElement(By.linkText("Sign in")).isDisplayed()).isTrue();
    }

    /**
     * Clicks a link or button that loads another page, and waits until the old page is gone. While the
     * page is being replaced, Chromium may answer "node does not belong to the document" instead of
     * "stale element": both mean the old page is gone.
     */
    static void navigate(By target) {
        org.openqa.selenium.WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(target).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(30)).until(driver -> {
            try {
                page.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
                return true;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
    }

    static void assertNoSeriousViolations(String what) throws IOException {
        JavascriptExecutor script = browser;
        script.executeScript(axeSource());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) script.executeAsyncScript(AXE_RUN);
        assertThat(violations).as("axe-core violations on " + what)
                .filteredOn(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")))
                .isEmpty();
    }

    static final String AXE_RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
               .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.length,
                                                       target: String(v.nodes[0].target)}))))
               .catch(e => done([{id: 'axe-error', impact: 'critical', nodes: 0, target: String(e)}]));
            """;

    private static String axeSource() throws IOException {
        try (InputStream in = BrowserTest.class.getClassLoader().getResourceAsStream(AXE)) {
            assertThat(in).as(AXE + " on the test classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
