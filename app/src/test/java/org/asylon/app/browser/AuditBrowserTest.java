package org.asylon.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.asylon.app.security.Role;
import org.asylon.audit.sample.BiometricLogGenerator;
import org.asylon.audit.sample.DecisionLogGenerator;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An assessor audits a decision log in a real browser, without any script of the platform: the
 * file is uploaded, the columns mapped, the running page reloads itself (Refresh header) until
 * the report is there. axe-core checks the intake, mapping (also with its problems shown, and
 * in Arabic) and report pages. A second assessor audits biometric comparison pairs, with a
 * problem in the folded advanced settings shown first, and reads the false match and non-match rates.
 */
class AuditBrowserTest extends SignedInBrowserTest {

    @Test
    void anAssessorUploadsMapsAndReadsTheReport() throws Exception {
        var browser = BrowserTest.browser;
        signInAndUpload("aud", "decisions", out -> DecisionLogGenerator.write(out, 3000, 5));
        BrowserTest.assertNoSeriousViolations("the mapping page");

        browser.findElement(By.cssSelector("input[name=groups][value=nationality]")).click();
        new Select(browser.findElement(By.id("decision"))).selectByValue("recommendation");
        BrowserTest.navigate(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.findElement(By.id("favourable-error")).getText()).contains("favourable");
        BrowserTest.assertNoSeriousViolations("the mapping page with its problems");
        browser.get(browser.getCurrentUrl().replaceFirst("\\?.*$", "") + "?lang=ar");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        BrowserTest.assertNoSeriousViolations("the mapping page in Arabic");
        browser.get(browser.getCurrentUrl().replaceFirst("\\?.*$", "") + "?lang=en");

        browser.findElement(By.cssSelector("input[name=groups][value=nationality]")).click();
        new Select(browser.findElement(By.id("decision"))).selectByValue("recommendation");
        browser.findElement(By.id("favourable")).sendKeys("release");
        assertThat(runAndReadReport()).contains("ER");
        BrowserTest.assertNoSeriousViolations("the audit report page");
    }

    @Test
    void anAssessorAuditsBiometricComparisonPairs() throws Exception {
        var browser = BrowserTest.browser;
        signInAndUpload("bio", "pairs", out -> BiometricLogGenerator.write(out, 3000, 7));
        browser.findElement(By.cssSelector("input[name=groups][value=skin_tone]")).click();
        new Select(browser.findElement(By.id("genuine"))).selectByValue("genuine");
        new Select(browser.findElement(By.id("score"))).selectByValue("score");
        browser.findElement(By.id("thresholds")).sendKeys("0.5, 0.7");
        // The advanced settings are folded away; opened, a bad value is shown next to its field.
        browser.findElement(By.cssSelector("details summary")).click();
        browser.findElement(By.id("alpha")).clear();
        browser.findElement(By.id("alpha")).sendKeys("2");
        BrowserTest.navigate(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.findElement(By.id("alpha-error")).getText()).contains("2");
        assertThat(browser.findElement(By.id("alpha-error")).isDisplayed()).as("the section with the problem is open").isTrue();
        BrowserTest.assertNoSeriousViolations("the mapping page with a problem in the advanced settings");

        browser.findElement(By.id("alpha")).clear();
        browser.findElement(By.id("alpha")).sendKeys("0.05");
        assertThat(runAndReadReport()).contains("false match rate", "false non-match rate", "Demographic differentials", "GARBE", "V-VI");
        BrowserTest.assertNoSeriousViolations("the biometric audit report page");
    }

    /** Writes a sample log. */
    interface Sample {
        void write(Writer out) throws IOException;
    }

    /** Submits the mapping and waits for the report; the page's main text. */
    private static String runAndReadReport() {
        var browser = BrowserTest.browser;
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(90))
                .until(driver -> !driver.findElements(By.id("report-title")).isEmpty());
        return browser.findElement(By.tagName("main")).getText();
    }

    private void signInAndUpload(String username, String name, Sample sample) throws IOException {
        Path file = Files.createTempFile(name, ".csv");
        try (Writer out = Files.newBufferedWriter(file)) {
            sample.write(out);
        }
        var browser = BrowserTest.browser;
        browser.manage().deleteAllCookies();
        accounts.create(username, encoder.encode(PASSWORD), Role.ASSESSOR, Instant.now());
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        BrowserTest.navigate(By.cssSelector("main form button[type=submit]"));

        BrowserTest.navigate(By.linkText("Audits"));
        BrowserTest.assertNoSeriousViolations("the audit intake page");
        browser.findElement(By.id("file")).sendKeys(file.toString());
        BrowserTest.navigate(By.cssSelector("form[enctype] button[type=submit]"));
        assertThat(browser.getCurrentUrl()).endsWith("/mapping");
    }
}
