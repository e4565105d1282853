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
import org.asylon.audit.sample.BiometricLogGenerator;
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
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
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
    void advancedAndBiometricFieldsAreCheckedNextToThemWithEverythingTyped() throws Exception {
        long id = upload("fields.csv", log);
        String page = page(post("/audits/" + id + "/mapping").param("groups", "nationality").param("decision", "recommendation")
                .param("favourable", "release").param("adverse", "detain").param("genuineValue", "yes")
                .param("confidence", "1.5").param("alpha", "0").param("correction", "bonferroni")
                .param("delimiter", ";;;;;"), 422);
        assertThat(page).contains("id=\"adverse-error\"", "not both", "id=\"genuineValue-error\"",
                        "id=\"confidence-error\"", "'1.5' is not a number greater than 0 and less than 1",
                        "id=\"alpha-error\"", "'0' is not a number", "id=\"correction-error\"",
                        "id=\"delimiter-error\"")
                .contains("value=\"detain\"", "value=\"yes\"", "value=\"1.5\"", "value=\"0\"", "value=\";;;;;\"")
                .contains("aria-describedby=\"confidence-hint confidence-error\"", "<details open>");
        assertThat(status(id)).isEqualTo("mapping");

        // A genuine-pair column with a decision column is two kinds of audit; without a score it is incomplete.
        page = page(post("/audits/" + id + "/mapping").param("groups", "nationality").param("decision", "recommendation")
                .param("favourable", "release").param("genuine", "outcome"), 422);
        assertThat(page).contains("id=\"genuine-error\"", "cannot be combined", "id=\"score-error\"", "needs the score column");
        page = page(post("/audits/" + id + "/mapping").param("groups", "nationality").param("favourable", "release"), 422);
        assertThat(page).contains("id=\"decision-error\"", "id=\"favourable-error\"", "Only with a decision column");
        assertThat(status(id)).isEqualTo("mapping");
    }

    @Test
    void adverseValuesAndStatisticalSettingsReachTheAudit() throws Exception {
        long id = upload("adverse.csv", log);
        page(post("/audits/" + id + "/mapping").param("groups", "nationality").param("decision", "recommendation")
                .param("adverse", "detain, supervise").param("confidence", "0.9").param("alpha", "0.01")
                .param("correction", "benjamini-hochberg"), 302);
        awaitReport(id);
        JsonNode json = json(id);
        JsonNode parameters = json.at("/provenance/parameters");
        assertThat(parameters.at("/decision/adverse").toString()).isEqualTo("[\"detain\",\"supervise\"]");
        assertThat(parameters.at("/confidence").asDouble()).isEqualTo(0.9);
        assertThat(parameters.at("/alpha").asDouble()).isEqualTo(0.01);
        assertThat(parameters.at("/correction").asString()).isEqualTo("benjamini-hochberg");
        // With detain and supervise adverse, the favourable decisions are the releases: ER's selection
        // rate counted here from the CSV text (releases over rows with a recommendation).
        long[] er = count(log, row -> row[2].equals("ER") && !row[5].isEmpty(), row -> row[5].equals("release"));
        JsonNode rate = groupRate(json, "nationality", "decision", "selection_rate", "ER");
        assertThat(rate.get("count").asLong()).isEqualTo(er[1]);
        assertThat(rate.get("total").asLong()).isEqualTo(er[0]);
    }

    @Test
    void aBiometricAuditComparesFalseMatchAndNonMatchRates() throws Exception {
        StringWriter out = new StringWriter();
        BiometricLogGenerator.write(out, 3000, 2);
        byte[] pairs = out.toString().getBytes(StandardCharsets.UTF_8);
        long id = upload("pairs.csv", pairs);
        page(post("/audits/" + id + "/mapping").param("groups", "skin_tone", "sex").param("genuine", "genuine")
                .param("genuineValue", "true").param("score", "score").param("thresholds", "0.5, 0.7"), 302);
        String report = awaitReport(id);
        assertThat(report).contains("false match rate", "false non-match rate", "Demographic differentials", "GARBE");
        JsonNode json = json(id);
        assertThat(json.at("/provenance/parameters/mode").asString()).isEqualTo("biometric");
        assertThat(json.at("/biometric/1/threshold").asDouble()).isEqualTo(0.7);
        // FMR of band V-VI at 0.7: impostor pairs scoring at least 0.7 over impostor pairs, counted from the CSV.
        long[] impostors = count(pairs, row -> row[1].equals("V-VI") && row[3].equals("false"),
                row -> Double.parseDouble(row[4]) >= 0.7);
        JsonNode fmr = groupRate(json, "skin_tone", "threshold:0.7", "fmr", "V-VI");
        assertThat(fmr.get("count").asLong()).isEqualTo(impostors[1]);
        assertThat(fmr.get("total").asLong()).isEqualTo(impostors[0]);
    }

    @Test
    void aDelimiterGivenReadsTheColumnsWithIt() throws Exception {
        StringBuilder csv = new StringBuilder("origin;decision\n");
        for (int i = 0; i < 60; i++) {
            csv.append(i % 2 == 0 ? "a" : "b").append(';').append(i % 3 == 0 ? "yes" : "no").append('\n');
        }
        long id = upload("semicolons.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        // Read with '|', the file has a single column: the chosen ones are missing, and the form now offers that one.
        String page = page(post("/audits/" + id + "/mapping").param("groups", "origin").param("decision", "decision")
                .param("favourable", "yes").param("delimiter", "|"), 422);
        assertThat(page).contains("id=\"groups-error\"", "value=\"origin;decision\"");
        page(post("/audits/" + id + "/mapping").param("groups", "origin").param("decision", "decision")
                .param("favourable", "yes").param("delimiter", ";"), 302);
        awaitReport(id);
        assertThat(groupRate(json(id), "origin", "decision", "selection_rate", "a").get("total").asLong()).isEqualTo(30);
    }

    @Test
    void anAuditSpecFileRunsTheAuditOrShowsItsProblemsWithLineAndColumn() throws Exception {
        long id = upload("spec-run.csv", log);
        String bad = """
                audit: 1
                id: detention-review
                version: 1.0.0
                columns:
                  groups: [nationalty]
                  decision: { column: recommendation, favourable: [release] }
                """;
        String page = page(spec(id, "review.yaml", bad), 422);
        assertThat(page).contains("id=\"spec-error\"", "review.yaml, line 5, column", "nationalty", "did you mean 'nationality'?");
        assertThat(page).contains("aria-describedby=\"spec-hint spec-error\"");
        String schema = bad.replace("  groups: [nationalty]", "  groups: [nationality]\n  colour: red");
        assertThat(page(spec(id, "review.yaml", schema), 422)).contains("review.yaml, line ", "colour");
        assertThat(page(spec(id, "review.yaml", ""), 422)).contains("Choose an audit spec file");
        assertThat(page(spec(id, "huge.yaml", "#".repeat(AuditRuns.MAX_SPEC_BYTES + 1)), 422))
                .contains("huge.yaml is larger than 256 KB");
        assertThat(status(id)).isEqualTo("mapping");

        String good = bad.replace("nationalty", "nationality, sex") + "analysis: { correction: none, minGroup: 25 }\n";
        assertThat(response(spec(id, "review.yaml", good)).getRedirectedUrl()).isEqualTo("/audits/" + id);
        awaitReport(id);
        JsonNode json = json(id);
        assertThat(json.at("/provenance/spec/id").asString()).isEqualTo("detention-review");
        assertThat(json.at("/provenance/spec/file").asString()).isEqualTo("review.yaml");
        assertThat(json.at("/provenance/parameters/correction").asString()).isEqualTo("none");
        assertThat(json.at("/provenance/parameters/minGroup").asInt()).isEqualTo(25);
        assertThat(page(get("/audits/" + id + "/mapping"), 200)).contains("The last run used the audit spec review.yaml");
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

    private MockMultipartHttpServletRequestBuilder spec(long id, String name, String text) {
        return multipart("/audits/" + id + "/spec").file(new MockMultipartFile("spec", name, "application/yaml",
                text.getBytes(StandardCharsets.UTF_8)));
    }

    private JsonNode json(long id) throws Exception {
        return JsonMapper.builder().build().readTree(response(get("/audits/" + id + "/report.json")).getContentAsString());
    }

    /** The rate of one group in one table of the JSON report (marginal analysis of one attribute). */
    private static JsonNode groupRate(JsonNode json, String attribute, String source, String metric, String group) {
        for (JsonNode analysis : json.get("analyses")) {
            if (analysis.get("attributes").size() == 1 && analysis.at("/attributes/0").asString().equals(attribute)) {
                for (JsonNode table : analysis.get("metrics")) {
                    if (table.get("source").asString().equals(source) && table.get("metric").asString().equals(metric)) {
                        for (JsonNode row : table.get("groups")) {
                            if (row.get("group").asString().equals(group)) {
                                return row.get("rate");
                            }
                        }
                    }
                }
            }
        }
        throw new AssertionError("no " + metric + " of " + group + " in " + source);
    }

    /** Over the CSV's data rows (split at commas): how many the filter keeps, and how many of those the event holds for. */
    private static long[] count(byte[] csv, java.util.function.Predicate<String[]> filter,
                                java.util.function.Predicate<String[]> event) {
        long[] counts = new long[2];
        new String(csv, StandardCharsets.UTF_8).lines().skip(1).map(line -> line.split(",", -1)).filter(filter)
                .forEach(row -> {
                    counts[0]++;
                    counts[1] += event.test(row) ? 1 : 0;
                });
        return counts;
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
