package org.asylon.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.asylon.app.security.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The whole assessment workflow in a real browser: an assessor fills the form (unknowns, a
 * withheld fact, a source with its page), the draft is autosaved and restored, the deployment is
 * assessed and re-assessed after an edit, review is requested; a second person approves it; the
 * PDF and Word exports are downloaded and read; Arabic is right to left; an anonymous visitor
 * finds the published deployment. axe-core checks every new page.
 */
class WorkflowBrowserTest extends SignedInBrowserTest {

    static final String ID = "browser-flow";
    static final String NAME = "Phone checks recorded in a browser";

    /** Waits for a navigation a click started: on a busy machine the next page can take a while. */
    private static void awaitPage(String pathEnd) {
        new WebDriverWait(BrowserTest.browser, Duration.ofSeconds(30))
                .withMessage(() -> "expected a page ending in " + pathEnd + ", still at " + BrowserTest.browser.getCurrentUrl())
                .until(driver -> driver.getCurrentUrl().endsWith(pathEnd));
    }

    private static WebElement byId(String id) {
        return BrowserTest.browser.findElement(By.id(id));
    }

    private static void select(String id, String value) {
        new Select(byId(id)).selectByValue(value);
    }

    private static void type(String id, String text) {
        WebElement field = byId(id);
        field.clear();
        field.sendKeys(text);
    }

    private void signIn(String username) {
        BrowserTest.browser.get(url("/login"));
        type("username", username);
        type("password", PASSWORD);
        BrowserTest.navigate(By.cssSelector("main form button[type=submit]"));
    }

    private static void signOut() {
        BrowserTest.navigate(By.cssSelector("header form button[type=submit]"));
    }

    private static String text() {
        return BrowserTest.browser.findElement(By.tagName("main")).getText();
    }

    @Test
    void anAssessorDocumentsAssessesAndAReviewerSignsOff() throws Exception {
        var browser = BrowserTest.browser;
        accounts.create("ada", encoder.encode(PASSWORD), Role.ASSESSOR, Instant.now());
        accounts.create("rita", encoder.encode(PASSWORD), Role.REVIEWER, Instant.now());

        signIn("ada");
        BrowserTest.navigate(By.linkText("Add a deployment"));
        awaitPage("/deployments/new");
        BrowserTest.assertNoSeriousViolations("the profile form");

        // The script autosaves the draft; coming back restores it.
        type("f-id-input", ID);
        type("f-name-input", NAME);
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(driver -> byId("autosave-status").getText().startsWith("Draft saved at"));
        browser.get(url("/deployments/new"));
        assertThat(byId("draft-notice").getText()).contains("has been restored");
        assertThat(byId("f-name-input").getAttribute("value")).isEqualTo(NAME);

        type("f-jurisdictions-input", "DE");
        type("f-op-0-name", "Federal asylum office");
        select("f-op-0-type", "asylum_authority");
        type("f-src-0-id", "browser-foi-reply");
        select("f-src-0-type", "foi_disclosure");
        type("f-src-0-title", "Reply to our information request");
        type("f-src-0-date", "2025-03-02");
        select("f-data-device_contents-value", "yes");
        select("f-processing-profiling-value", "no");
        browser.findElement(By.cssSelector("#f-processing-profiling details summary")).click();
        select("f-processing-profiling-confidence", "medium");
        type("f-processing-profiling-ref-0", "browser-foi-reply");
        type("f-processing-profiling-ref-0-locator", "p. 4");
        select("f-governance-dpia_done-state", "undisclosed");
        type("f-necessity-success_share-count", "36");
        type("f-necessity-success_share-total", "100");
        browser.findElement(By.cssSelector("label input[name=publish]")).click();
        BrowserTest.navigate(By.cssSelector("p.actions button:first-child"));

        awaitPage("/deployments/" + ID);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(NAME);
        assertThat(text()).contains("Withheld by the authority").contains("Reply to our information request, p. 4")
                .contains("36 of 100");
        assertThat(browser.findElements(By.cssSelector("details.finding"))).isNotEmpty();

        // A new revision from the form: the stored assessment is out of date until re-run.
        BrowserTest.navigate(By.linkText("Edit this deployment"));
        assertThat(byId("f-processing-profiling-ref-0-locator").getAttribute("value")).isEqualTo("p. 4");
        select("f-processing-profiling-value", "yes");
        select("f-decisions-automated-value", "yes");
        BrowserTest.navigate(By.cssSelector("p.actions button:first-child"));
        assertThat(byId("out-of-date").isDisplayed()).isTrue();
        BrowserTest.navigate(By.linkText("Assessments and what changed"));
        BrowserTest.assertNoSeriousViolations("the assessments page");
        BrowserTest.navigate(By.cssSelector("form.run-form button[type=submit]"));
        assertThat(text()).doesNotContain("Out of date").contains("What changed since the previous run");
        assertThat(browser.findElement(By.cssSelector("table.fact-changes")).getText())
                .contains("Profiles individuals").contains("The system takes or drives decisions about individuals");
        assertThat(browser.findElements(By.cssSelector("table.finding-changes tbody tr"))).isNotEmpty();
        BrowserTest.assertNoSeriousViolations("the assessments page with changes");

        browser.get(url("/deployments/" + ID));
        assertThat(browser.findElements(By.id("out-of-date"))).isEmpty();
        BrowserTest.navigate(By.xpath("//button[text()='Submit for review']"));
        assertThat(text()).contains("In review.");
        signOut();

        // Four eyes: someone else approves.
        signIn("rita");
        browser.get(url("/deployments/" + ID));
        type("comment", "Sources checked.");
        BrowserTest.navigate(By.cssSelector("button[value=approve]"));
        assertThat(text()).contains("Approved.").contains("revision 2 approved");

        String pdf = pdfText(download("report.pdf"));
        assertThat(pdf).contains(NAME).contains("Profiles individuals");
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(download("report.docx")));
             XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            assertThat(extractor.getText()).contains(NAME).contains("Profiles individuals");
        }

        browser.get(url("/deployments/" + ID + "?lang=ar"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        browser.get(url("/deployments/" + ID + "/assessments"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        BrowserTest.assertNoSeriousViolations("the assessments page in Arabic");
        browser.get(url("/glossary?lang=en"));
        BrowserTest.assertNoSeriousViolations("the glossary");
        signOut();

        // The public register shows the published deployment and its approved assessment.
        browser.get(url("/register"));
        BrowserTest.navigate(By.linkText(NAME));
        awaitPage("/deployments/" + ID);
        assertThat(browser.findElements(By.cssSelector("details.finding"))).isNotEmpty();
        assertThat(browser.findElements(By.linkText("Edit this deployment"))).isEmpty();
        browser.get(url("/deployments/" + ID + "/assessments"));
        awaitPage("/login");
    }

    /** Downloads one of the deployment page's export links with the browser's session. */
    private byte[] download(String file) throws IOException, InterruptedException {
        var browser = BrowserTest.browser;
        browser.get(url("/deployments/" + ID));
        String href = browser.findElement(By.cssSelector("a[href$='/" + file + "']")).getAttribute("href");
        String cookies = browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(file).isEqualTo(200);
        return response.body();
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
