package org.asylon.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.asylon.app.security.Role;
import org.asylon.audit.sample.DecisionLogGenerator;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An assessor audits a decision log in a real browser, without any script of the platform: the
 * file is uploaded, the columns mapped, the running page reloads itself (Refresh header) until
 * the report is there. axe-core checks the intake, mapping (also with its problems shown, and
 * in Arabic) and report pages.
 */
class AuditBrowserTest extends SignedInBrowserTest {

    @Test
    void anAssessorUploadsMapsAndReadsTheReport() throws Exception {
        var browser = BrowserTest.browser;
        Path log = Files.createTempFile("decisions", ".csv");
        try (Writer out = Files.newBufferedWriter(log)) {
            DecisionLogGenerator.write(out, 3000, 5);
        }
        accounts.create("aud", encoder.encode(PASSWORD), Role.ASSESSOR, Instant.now());
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys("aud");
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();

        browser.findElement(By.linkText("Audits")).click();
        BrowserTest.assertNoSeriousViolations("the audit intake page");
        browser.findElement(By.id("file")).sendKeys(log.toString());
        BrowserTest.navigate(By.cssSelector("form[enctype] button[type=submit]"));
        assertThat(browser.getCurrentUrl()).endsWith("/mapping");
        BrowserTest.assertNoSeriousViolations("the mapping page");

        browser.findElement(By.cssSelector("input[name=groups][value=nationality]")).click();
        new Select(browser.findElement(By.id("decision"))).selectByValue("recommendation");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        assertThat(browser.findElement(By.id("favourable-error")).getText()).contains("favourable");
        BrowserTest.assertNoSeriousViolations("the mapping page with its problems");
        browser.get(browser.getCurrentUrl().replaceFirst("\\?.*$", "") + "?lang=ar");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        BrowserTest.assertNoSeriousViolations("the mapping page in Arabic");
        browser.get(browser.getCurrentUrl().replaceFirst("\\?.*$", "") + "?lang=en");

        browser.findElement(By.cssSelector("input[name=groups][value=nationality]")).click();
        new Select(browser.findElement(By.id("decision"))).selectByValue("recommendation");
        browser.findElement(By.id("favourable")).sendKeys("release");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(90))
                .until(driver -> !driver.findElements(By.id("report-title")).isEmpty());
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("ER");
        BrowserTest.assertNoSeriousViolations("the audit report page");
    }
}
