package org.asylon.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.asylon.app.platform.AsylonPlatform;
import org.asylon.app.platform.TestPlatform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The pages for the people affected in a real browser and over real HTTP: an Arabic-speaking
 * visitor finds a deployment, reads its page right to left and makes an access-request letter;
 * the pages have no serious accessibility violation; every public page, with what it loads,
 * weighs under 100 KB as transferred (compressed). The browser is the one {@link BrowserTest} starts.
 */
@SpringBootTest(classes = AsylonPlatform.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AffectedBrowserTest {

    /** The largest a public page may be, with its stylesheet and anything else it loads, as sent. */
    static final int PAGE_BUDGET = 100_000;
    static final List<String> LANGUAGES = List.of("en", "fr", "es", "ar");

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestPlatform.properties(registry);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static void needBrowser() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(BrowserTest.CHROMIUM) && Files.isExecutable(BrowserTest.CHROMEDRIVER),
                "Chromium and chromedriver are not installed");
        // BrowserTest quits its browser when its own tests end; start another if so.
        if (BrowserTest.browser == null || BrowserTest.browser.getSessionId() == null) {
            BrowserTest.startBrowser();
        }
    }

    @AfterAll
    static void stopBrowser() {
        BrowserTest.stopBrowser();
        BrowserTest.browser = null;
    }

    @Test
    void anArabicVisitorFindsADeploymentReadsItsPageAndMakesAnAccessRequestLetter() throws IOException {
        needBrowser();
        var browser = BrowserTest.browser;
        browser.get(url("/register?lang=ar"));
        browser.findElement(By.cssSelector("main a[href='/plain']")).click();
        browser.findElement(By.id("q")).sendKeys("BAMF");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        BrowserTest.navigate(By.partialLinkText("BAMF"));
        assertThat(browser.getCurrentUrl()).endsWith("/plain/de-bamf-phone-data-extraction");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ar");
        assertThat(browser.findElement(By.id("rights-title")).getText()).isEqualTo("حقوقك");
        BrowserTest.assertNoSeriousViolations("plain page in Arabic");

        browser.findElement(By.linkText("إعداد رسالة طلب")).click();
        BrowserTest.assertNoSeriousViolations("letter form in Arabic");
        new Select(browser.findElement(By.id("request"))).selectByValue("0:access");
        browser.findElement(By.id("name")).sendKeys("Layla Example");
        browser.findElement(By.id("caseNumber")).sendKeys("5555-321");
        browser.findElement(By.cssSelector("form.letter-form button[value=html]")).click();

        WebElement sent = browser.findElement(By.cssSelector("section.letter[lang=de]"));
        WebElement translation = browser.findElement(By.cssSelector("section.letter[lang=ar]"));
        assertThat(sent.getAttribute("dir")).isEqualTo("ltr");
        assertThat(sent.getText()).contains("Antrag auf Auskunft über meine personenbezogenen Daten")
                .contains("Artikel 15 der Verordnung (EU) 2016/679").contains("Layla Example").contains("5555-321");
        assertThat(translation.getAttribute("dir")).isEqualTo("rtl");
        assertThat(translation.getText()).contains("طلب الاطلاع على بياناتي الشخصية").contains("Layla Example");
        BrowserTest.assertNoSeriousViolations("letter in German with an Arabic translation");
        assertThat(browser.manage().getCookies()).allSatisfy(cookie -> assertThat(cookie.getName()).isEqualTo("asylon-lang"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/plain", "/plain?lang=ar", "/plain/us-cbp-one?lang=ar", "/plain/de-bamf-phone-data-extraction?lang=fr",
            "/plain/ps-hebron-red-wolf?lang=es", "/plain/eu-etias/letter?lang=en"})
    void affectedPagesHaveNoSeriousAccessibilityViolations(String path) throws IOException {
        needBrowser();
        BrowserTest.browser.get(url(path));
        BrowserTest.assertNoSeriousViolations(path);
    }

    /** Every public page in every language, with its stylesheet, sent compressed as a browser asks for it. */
    @Test
    void everyPublicPageWeighsUnderOneHundredKilobytes() throws Exception {
        List<String> ids;
        try (Stream<Path> cases = Files.list(TestPlatform.KNOWLEDGE.resolve("cases"))) {
            ids = cases.map(f -> f.getFileName().toString().replace(".yaml", "")).sorted().toList();
        }
        List<String> pages = new ArrayList<>(List.of("/register", "/plain", "/login", "/compare?technology=phone-data-extraction"));
        for (String id : ids) {
            pages.addAll(List.of("/deployments/" + id, "/plain/" + id, "/plain/" + id + "/letter"));
        }
        HttpClient http = HttpClient.newHttpClient();
        Map<String, Integer> weights = new java.util.TreeMap<>();
        for (String language : LANGUAGES) {
            for (String page : pages) {
                String path = page + (page.contains("?") ? "&" : "?") + "lang=" + language;
                weights.put(path, weigh(http, HttpRequest.newBuilder(URI.create(url(path))).GET()));
            }
            weights.put("letter (" + language + ")", weigh(http, HttpRequest.newBuilder(URI.create(url("/plain/" + ids.get(0) + "/letter")))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "asylon-lang=" + language)
                    .POST(HttpRequest.BodyPublishers.ofString("request=0%3Aaccess&name=Test&date=2026-01-15&format=html"))));
        }
        assertThat(weights).hasSize(LANGUAGES.size() * (pages.size() + 1))
                .allSatisfy((page, bytes) -> assertThat(bytes).as(page).isBetween(1_000, PAGE_BUDGET));
    }

    private static final Pattern LOADED = Pattern.compile("<(?:link[^>]+href|script[^>]+src|img[^>]+src)=\"(/[^\"]*)\"");

    /** Bytes transferred for a page and every same-host resource it loads. */
    private int weigh(HttpClient http, HttpRequest.Builder request) throws Exception {
        HttpResponse<byte[]> page = http.send(request.header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(page.statusCode()).as(page.uri().toString()).isEqualTo(200);
        int total = page.body().length;
        String html = new String(decoded(page), StandardCharsets.UTF_8);
        Set<String> resources = new LinkedHashSet<>();
        Matcher matcher = LOADED.matcher(html);
        while (matcher.find()) {
            resources.add(matcher.group(1));
        }
        for (String resource : resources) {
            total += http.send(HttpRequest.newBuilder(URI.create(url(resource))).header("Accept-Encoding", "gzip").build(),
                    HttpResponse.BodyHandlers.ofByteArray()).body().length;
        }
        return total;
    }

    private static byte[] decoded(HttpResponse<byte[]> response) throws IOException {
        if (response.headers().firstValue("Content-Encoding").orElse("").equals("gzip")) {
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
                return in.readAllBytes();
            }
        }
        return response.body();
    }
}
