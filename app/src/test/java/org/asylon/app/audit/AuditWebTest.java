package org.asylon.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.asylon.app.platform.AsylonPlatform;
import org.asylon.app.platform.TestPlatform;
import org.asylon.app.register.RegisterService;
import org.asylon.audit.sample.DecisionLogGenerator;
import org.asylon.core.finding.AssessmentResult;
import org.asylon.core.finding.FactUse;
import org.asylon.core.finding.Finding;
import org.asylon.core.finding.FindingStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The web audit end to end on the embedded database: a decision log with a planted disparity
 * (nationality ER released at 0.6 times the base rate, see the sample generator) is uploaded,
 * mapped, run, read and attached to a deployment, whose rights test then finds the disparity with
 * the audit as its source. Also every kind of bad input, and paths that try to leave the import
 * directory.
 */
@SpringBootTest(classes = AsylonPlatform.class)
@AutoConfigureMockMvc
class AuditWebTest {

    static final String DEPLOYMENT = "eu-etias";
    static final long MAX_UPLOAD = 1024 * 1024;
    static Path imports;
    static byte[] log;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        TestPlatform.properties(registry);
        imports = Files.createTempDirectory("asylon-audit-imports");
        registry.add("asylon.audit.import-directory", imports::toString);
        registry.add("asylon.audit.max-upload", () -> "1MB");
    }

    @BeforeAll
    static void sample() throws IOException {
        StringWriter out = new StringWriter();
        DecisionLogGenerator.write(out, 6000, 3);
        log = out.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(log.length).isLessThan((int) MAX_UPLOAD);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    RegisterService register;

    @Autowired
    JdbcClient jdbc;

    @Test
    void uploadMapRunReadAndAttach() throws Exception {
        assertThat(disparityFinding()).as("before the audit, no evidence of disparity").isNull();

        long id = upload("decisions.csv", log);
        String mapping = page(get("/audits/" + id + "/mapping"), 200);
        assertThat(mapping).contains("value=\"nationality\"", "value=\"recommendation\"", "value=\"0.8\"", "value=\"20\"");

        String running = mapDecisions(id);
        assertThat(running).as("a run page while not finished says how to reload").isNotNull();
        String report = awaitReport(id);
        assertThat(report).contains("ER", "/audits/" + id + "/report.pdf", "<svg");

        JsonNode json = JsonMapper.builder().build().readTree(response(get("/audits/" + id + "/report.json")).getContentAsString());
        // The hash the report records is the upload's, computed here independently of the platform.
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(log));
        assertThat(json.at("/provenance/input/sha256").asString()).isEqualTo(sha256);
        assertThat(jdbc.sql("select file_sha256 from audit_run where id = ?").param(id).query(String.class).single())
                .isEqualTo(sha256);
        assertThat(jdbc.sql("select stored_path from audit_run where id = ?").param(id).query(String.class).single())
                .endsWith("audits/" + id + "/decisions.csv");
        assertThat(response(get("/audits/" + id + "/report.pdf")).getContentAsByteArray()).startsWith("%PDF".getBytes());
        assertThat(response(get("/audits/" + id + "/report.md")).getContentAsString()).contains("ER");

        MockHttpServletResponse attached = response(post("/audits/" + id + "/attach").param("deployment", DEPLOYMENT));
        assertThat(attached.getRedirectedUrl()).isEqualTo("/deployments/" + DEPLOYMENT);

        Finding finding = disparityFinding();
        assertThat(finding).as("the rights test now finds disparate outcomes").isNotNull();
        FactUse evidence = finding.facts().stream().filter(f -> f.key().equals("evidence.disparate_outcomes")).findFirst()
                .orElseThrow();
        assertThat(evidence.value()).isEqualTo(true);
        assertThat(evidence.sources().get(0).ref()).isEqualTo("audit-decisions");
        assertThat(page(get("/deployments/" + DEPLOYMENT), 200)).contains("Outcomes differ between groups");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'attach audit' and entity_id = ?")
                .param(DEPLOYMENT).query(Integer.class).single()).isEqualTo(1);
        assertThat(page(get("/audits"), 200)).contains("decisions.csv", "/deployments/" + DEPLOYMENT);
    }

    @Test
    void mappingProblemsAreShownAtTheirFieldsWithEverythingTyped() throws Exception {
        long id = upload("log.csv", log);
        String page = page(post("/audits/" + id + "/mapping").param("groups", "nationalty").param("decision", "recommendation")
                .param("favourable", "").param("tolerance", "1.5").param("window", "P1M"), 422);
        assertThat(page).contains("id=\"groups-error\"", "did you mean ‘nationality’?".replace('‘', '\'').replace('’', '\''))
                .contains("id=\"favourable-error\"", "id=\"tolerance-error\"", "value=\"1.5\"")
                .contains("value=\"nationalty\" checked", "aria-invalid=\"true\"");
        assertThat(status(id)).isEqualTo("mapping");

        // A label with more than two values passes the form but not the audit: the run fails, saying which column.
        page(post("/audits/" + id + "/mapping").param("groups", "nationality").param("decision", "recommendation")
                .param("favourable", "release").param("label", "age_band"), 302);
        String failed = awaitEnd(id);
        assertThat(failed).contains("age_band").doesNotContain(imports.toString()).doesNotContain("/audits/" + id + "/log.csv");
        assertThat(status(id)).isEqualTo("failed");
        assertThat(page(get("/audits/" + id + "/mapping"), 200)).contains("age_band").contains("value=\"release\"");
        assertThat(response(get("/audits/" + id + "/report.json")).getStatus()).isEqualTo(404);
        assertThat(response(post("/audits/" + id + "/attach").param("deployment", DEPLOYMENT)).getStatus()).isEqualTo(422);
    }

    @Test
    void valuesFromTheDataAreShownAsTextNeverAsMarkup() throws Exception {
        StringBuilder csv = new StringBuilder("origin,decision\n");
        for (int i = 0; i < 40; i++) {
            csv.append("<em>injected</em>,").append(i % 2 == 0 ? "yes" : "no").append('\n');
            csv.append("plain,").append(i % 3 == 0 ? "yes" : "no").append('\n');
        }
        long id = upload("markup.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        page(post("/audits/" + id + "/mapping").param("groups", "origin").param("decision", "decision")
                .param("favourable", "yes"), 302);
        String report = awaitReport(id);
        assertThat(report).contains("&lt;em&gt;injected&lt;/em&gt;").doesNotContain("<em>injected");
    }

    @Test
    void badFilesAreRefusedNextToTheFileField() throws Exception {
        int before = runs();
        assertThat(refusedUpload("empty.csv", new byte[0])).contains("id=\"file-error\"", "empty");
        assertThat(refusedUpload("picture.csv", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13})).contains("not a CSV or Parquet");
        byte[] large = new byte[(int) MAX_UPLOAD + 1];
        java.util.Arrays.fill(large, (byte) 'a');
        assertThat(refusedUpload("large.csv", large)).contains("1 MB");
        assertThat(page(post("/audits"), 422)).contains("id=\"file-error\"");
        assertThat(runs()).as("nothing stored for refused files").isEqualTo(before);
    }

    @Test
    void serverPathsMustStayInsideTheImportDirectory() throws Exception {
        Path outside = Files.createTempFile("asylon-outside", ".csv");
        Files.write(outside, log);
        Files.createSymbolicLink(imports.resolve("link.csv"), outside);
        int before = runs();
        for (String path : List.of("../" + outside.getFileName(), outside.toString(), "link.csv", "sub/../../x.csv")) {
            assertThat(page(post("/audits").param("path", path), 422)).as(path)
                    .contains("id=\"path-error\"", "outside the import directory", "value=\"" + path + "\"");
        }
        assertThat(page(post("/audits").param("path", "missing.csv"), 422)).contains("no file missing.csv");
        assertThat(runs()).isEqualTo(before);

        Files.write(imports.resolve("inside.csv"), log);
        MockHttpServletResponse taken = response(post("/audits").param("path", "inside.csv"));
        assertThat(taken.getRedirectedUrl()).matches("/audits/\\d+/mapping");
    }

    @Test
    void viewersAndAnonymousVisitorsCannotSeeAudits() throws Exception {
        assertThat(mvc.perform(get("/audits").with(user("v").roles("VIEWER"))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get("/audits")).andReturn().getResponse().getRedirectedUrl()).endsWith("/login");
    }

    private Finding disparityFinding() {
        AssessmentResult rights = register.view(DEPLOYMENT, false).orElseThrow().results().stream()
                .filter(r -> r.instrumentId().equals("rights-test")).findFirst().orElseThrow();
        return rights.findings().stream()
                .filter(f -> f.id().equals("disparate_outcomes") && f.status() == FindingStatus.FIRED)
                .findFirst().orElse(null);
    }

    private long upload(String name, byte[] content) throws Exception {
        MockHttpServletResponse response = response(multipart("/audits").file(new MockMultipartFile("file", name, "text/csv", content)));
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(302);
        return Long.parseLong(response.getRedirectedUrl().replaceAll("\\D", ""));
    }

    private String refusedUpload(String name, byte[] content) throws Exception {
        return page(multipart("/audits").file(new MockMultipartFile("file", name, "text/csv", content)), 422);
    }

    /** Maps the sample log's decision columns and starts the run; the first page of the run, if it was not yet done. */
    private String mapDecisions(long id) throws Exception {
        MockHttpServletResponse started = response(post("/audits/" + id + "/mapping").param("groups", "nationality", "sex")
                .param("decision", "recommendation").param("favourable", "release").param("label", "outcome")
                .param("labelFavourable", "complied").param("time", "decided_at").param("window", "P1M")
                .param("reference", "largest").param("minGroup", "20").param("tolerance", "0.8"));
        assertThat(started.getRedirectedUrl()).isEqualTo("/audits/" + id);
        MockHttpServletResponse first = response(get("/audits/" + id));
        if (first.getHeader("Refresh") != null) {
            assertThat(first.getContentAsString()).contains("href=\"/audits/" + id + "\"");
        }
        return first.getContentAsString();
    }

    private String awaitReport(long id) throws Exception {
        String page = awaitEnd(id);
        assertThat(status(id)).as(page).isEqualTo("done");
        return page;
    }

    /** Polls the run's page (as a person would reload it) until the run has ended. */
    private String awaitEnd(long id) throws Exception {
        for (int i = 0; i < 600; i++) {
            MockHttpServletResponse response = response(get("/audits/" + id));
            if (response.getHeader("Refresh") == null) {
                return response.getContentAsString();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("audit run " + id + " did not end within a minute");
    }

    private String status(long id) {
        return jdbc.sql("select status from audit_run where id = ?").param(id).query(String.class).single();
    }

    private int runs() {
        return jdbc.sql("select count(*) from audit_run").query(Integer.class).single();
    }

    private String page(AbstractMockHttpServletRequestBuilder<?> request, int status) throws Exception {
        MockHttpServletResponse response = response(request);
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        return response.getContentAsString();
    }

    private MockHttpServletResponse response(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(csrf()).with(assessor())).andReturn().getResponse();
    }

    private static RequestPostProcessor assessor() {
        return user("assessor").roles("ASSESSOR");
    }
}
