package org.asylon.app.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The web platform against a real PostgreSQL: the embedded server by default, or the server at
 * {@code PG_URL} (with {@code PG_USER}, {@code PG_PASSWORD}) when set.
 */
@SpringBootTest(classes = AsylonPlatform.class)
@AutoConfigureMockMvc
class PlatformTest {

    static final Path KNOWLEDGE = TestPlatform.KNOWLEDGE;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestPlatform.properties(registry);
        TestPlatform.externalDatabaseIfSet(registry);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private static long cases() throws Exception {
        try (Stream<Path> files = Files.list(KNOWLEDGE.resolve("cases"))) {
            return files.filter(f -> f.toString().endsWith(".yaml")).count();
        }
    }

    @Autowired
    PdfWarmUp pdfWarmUp;

    @Test
    void thePdfRendererIsWarmedInTheBackgroundOnceThePlatformIsReady() throws Exception {
        byte[] pdf = pdfWarmUp.result().get(2, java.util.concurrent.TimeUnit.MINUTES);
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void theRegisterPagerLinksPagesOfTheChosenSizeAndMarksTheCurrentOne() throws Exception {
        String page = mvc.perform(get("/register?size=10&page=2&technology=")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Matcher nav = Pattern.compile("<nav aria-label=\"Pages\" class=\"pagination\">(.*?)</nav>", Pattern.DOTALL).matcher(page);
        assertThat(nav.find()).isTrue();
        // 18 documented deployments, 10 a page: page 2 of 2.
        assertThat(nav.group(1).replaceAll("\\s+", " "))
                .contains("<a href=\"/register?sort=name&amp;size=10&amp;page=1\" rel=\"prev\">Previous page</a>")
                .contains("<a href=\"/register?sort=name&amp;size=10&amp;page=1\" aria-label=\"Page 1\">1</a>")
                .contains("<a href=\"/register?sort=name&amp;size=10&amp;page=2\" aria-label=\"Page 2\" aria-current=\"page\">2</a>")
                .doesNotContain("rel=\"next\"");
        assertThat(page).contains("<option value=\"10\" selected>10</option>");
        // A size that is not offered falls back to the default, on one page.
        assertThat(mvc.perform(get("/register?size=3")).andReturn().getResponse().getContentAsString()).doesNotContain("class=\"pagination\"");
    }

    @Test
    void firstStartSeedsEveryDocumentedCasePublishedAndAssessed() throws Exception {
        long cases = cases();
        assertThat(jdbc.sql("select count(*) from deployment where published").query(Long.class).single()).isEqualTo(cases);
        long instruments;
        try (Stream<Path> files = Files.list(KNOWLEDGE.resolve("instruments"))) {
            instruments = files.count();
        }
        assertThat(jdbc.sql("select count(*) from assessment").query(Long.class).single()).isEqualTo(cases * instruments);
        // The audit trail is append-only: the database ignores updates and deletes.
        jdbc.sql("update audit_event set actor = 'someone else'").update();
        jdbc.sql("delete from audit_event").update();
        assertThat(jdbc.sql("select count(*) from audit_event where actor = 'knowledge base'").query(Long.class).single()).isEqualTo(cases);
    }

    @Test
    void anonymousVisitorsSeeThePublishedRegister() throws Exception {
        String page = mvc.perform(get("/register")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<html lang=\"en\" dir=\"ltr\">").contains("href=\"/deployments/de-bamf-phone-data-extraction\"");
        assertThat(page).contains(cases() + " deployments.");
    }

    @Test
    void theRegisterFilters() throws Exception {
        String page = mvc.perform(get("/register").param("technology", "phone-data-extraction")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("/deployments/de-bamf-phone-data-extraction").doesNotContain("/deployments/us-cbp-one\"");
        String none = mvc.perform(get("/register").param("q", "no deployment is called this")).andReturn().getResponse().getContentAsString();
        assertThat(none).contains("No deployments match.");
    }

    @Test
    void oneTechnologyIsComparedAcrossCountries() throws Exception {
        String page = mvc.perform(get("/compare").param("technology", "phone-data-extraction")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Mobile phone data extraction: deployments compared")
                .contains("/deployments/de-bamf-phone-data-extraction").contains("/deployments/gb-home-office-phone-seizures")
                .doesNotContain("/deployments/us-cbp-one\"").contains("Fails at necessity");
    }

    @Test
    void aDeploymentPageShowsFactsSourcesAndFindings() throws Exception {
        String page = mvc.perform(get("/deployments/de-bamf-phone-data-extraction")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<h2 id=\"results-title\">").contains("<h2 id=\"facts-title\">")
                .contains("class=\"finding finding-fired\"").contains("class=\"finding finding-undetermined\"")
                .contains("36 of 100 (36%)").contains("Side by side: what each body of law concludes");
        mvc.perform(get("/deployments/no-such-deployment")).andExpect(status().isNotFound());
    }

    @Test
    void arabicIsRightToLeftAndRemembered() throws Exception {
        var result = mvc.perform(get("/register").param("lang", "ar")).andExpect(status().isOk()).andReturn();
        assertThat(result.getResponse().getContentAsString()).contains("<html lang=\"ar\" dir=\"rtl\">");
        var cookie = result.getResponse().getCookie("asylon-lang");
        assertThat(cookie).isNotNull();
        String later = mvc.perform(get("/register").cookie(cookie)).andReturn().getResponse().getContentAsString();
        assertThat(later).contains("dir=\"rtl\"");
        mvc.perform(get("/register").param("lang", "xx")).andExpect(status().isBadRequest());
    }

    @Test
    void pagesLoadNothingFromElsewhere() throws Exception {
        String page = mvc.perform(get("/deployments/us-cbp-one")).andReturn().getResponse().getContentAsString();
        Matcher external = Pattern.compile("<(?:script|link|img|iframe|source)[^>]+(?:src|href)=\"(?:https?:)?//", Pattern.CASE_INSENSITIVE)
                .matcher(page);
        assertThat(external.find()).as("a resource loaded from another host").isFalse();
        mvc.perform(get("/register")).andExpect(header().string("Content-Security-Policy",
                org.hamcrest.Matchers.containsString("default-src 'self'")));
        mvc.perform(get("/assets/asylon.css")).andExpect(status().isOk());
    }

    @Test
    void theResearchApiServesPublishedDeploymentsAsJson() throws Exception {
        mvc.perform(get("/api/v1/public/deployments").param("size", "5")).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value((int) cases()))
                .andExpect(jsonPath("$.items.length()").value(5));
        mvc.perform(get("/api/v1/public/deployments/de-bamf-phone-data-extraction")).andExpect(status().isOk())
                .andExpect(jsonPath("$.results[0].instrument.id").exists())
                .andExpect(jsonPath("$.results[0].provenance.knowledgeHash").isString());
    }

    @Test
    void anAssessmentDownloadsAsMarkdownHtmlAndJson() throws Exception {
        String markdown = mvc.perform(get("/deployments/de-bamf-phone-data-extraction/report.md")).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(markdown).startsWith("# ").contains("[^1]:");
        mvc.perform(get("/deployments/de-bamf-phone-data-extraction/report.json")).andExpect(status().isOk())
                .andExpect(jsonPath("$.results[0].profile.id").value("de-bamf-phone-data-extraction"));
        String html = mvc.perform(get("/deployments/de-bamf-phone-data-extraction/report.html")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("class=\"footnotes\"").doesNotContain("<script");
        byte[] pdf = mvc.perform(get("/deployments/de-bamf-phone-data-extraction/report.pdf")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf")).andReturn().getResponse().getContentAsByteArray();
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("Phone data extraction in German asylum procedures (BAMF)");
        }
        byte[] docx = mvc.perform(get("/deployments/de-bamf-phone-data-extraction/report.docx")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx))) {
            assertThat(document.getParagraphs().get(0).getText()).isEqualTo("Phone data extraction in German asylum procedures (BAMF)");
        }
        mvc.perform(get("/deployments/de-bamf-phone-data-extraction/report.exe")).andExpect(status().isNotFound());
    }

    @Test
    void theRegisterExportsAsCsvAndJsonWithTheSameFilters() throws Exception {
        String csv = mvc.perform(get("/register.csv").param("technology", "phone-data-extraction")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        java.util.List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("id,name,status,jurisdictions,technologies,operators,vendors,worst_severity,ai_act_class,dpia,revision,updated_at");
        assertThat(lines).anyMatch(line -> line.startsWith("de-bamf-phone-data-extraction,"));
        long phoneCases = jdbc.sql("select count(*) from deployment where published and 'phone-data-extraction' = any(technologies)")
                .query(Long.class).single();
        assertThat(lines).hasSize((int) phoneCases + 1);
        mvc.perform(get("/register.json")).andExpect(status().isOk()).andExpect(jsonPath("$.length()").value((int) cases()));
    }

    @Test
    void theApiIsDescribedByOpenApiAndBrowsableLocally() throws Exception {
        mvc.perform(get("/api/openapi.json")).andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi").isString())
                .andExpect(jsonPath("$.paths['/api/v1/public/deployments']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/public/deployments/{id}']").exists());
        String page = mvc.perform(get("/api/swagger-ui/index.html")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("https://").doesNotContain("http://");
    }

    @Test
    void stateChangesNeedCsrfAndPrivatePagesNeedAnAccount() throws Exception {
        mvc.perform(post("/setup").param("token", "x").param("username", "admin").param("password", "a".repeat(12)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
    }
}
