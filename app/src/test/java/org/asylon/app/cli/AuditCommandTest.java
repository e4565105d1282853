package org.asylon.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Point2D;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.asylon.core.document.Document;
import org.asylon.core.knowledge.KnowledgeBase;
import org.asylon.core.knowledge.KnowledgeLoader;
import org.asylon.core.profile.Profile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code asylon audit} and {@code asylon sample-data}: exit codes, reports, and nothing half-written. */
class AuditCommandTest {

    @TempDir
    static Path temp;

    static Path log;

    @BeforeAll
    static void sample() {
        log = temp.resolve("log.csv");
        Cli cli = plain("sample-data", "--rows", "20000", "--seed", "3", "--out", log.toString());
        assertThat(cli.exitCode()).as(cli.err()).isZero();
    }

    /** Runs without adding --knowledge (sample-data has no such option). */
    static Cli plain(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = AsylonCli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Cli(code, out.toString(), err.toString());
    }

    static Cli audit(String... extra) {
        String[] base = {"audit", log.toString(), "--group", "nationality,sex", "--decision", "recommendation",
                "--favourable", "release", "--no-progress"};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return Cli.run(args);
    }

    @Test
    void auditPrintsAMemoWithCitedFindings() {
        Cli cli = audit("--time", "decided_at", "--window", "P1M");
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.out()).startsWith("# Disparity audit of log.csv").contains("**Verdict: disparity.**")
                .contains("ICERD art. 1(1)").contains("vanished over time ('release'), from 2025-10-01");
    }

    @Test
    void jsonReportToAFile() throws Exception {
        Path report = temp.resolve("report.json");
        Cli cli = audit("--format", "json", "--out", report.toString(), "--label", "outcome", "--label-favourable",
                "complied", "--score", "risk_score", "--threshold", "0.4,0.6", "--score-favourable", "low");
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        JsonNode root = JsonMapper.builder().build().readTree(Files.readString(report));
        assertThat(root.get("format").asInt()).isEqualTo(1);
        assertThat(root.at("/provenance/parameters/score/thresholds").size()).isEqualTo(2);
        assertThat(root.at("/data/truthPositive/0").asString()).isEqualTo("complied");
    }

    /** The HTML report through the report module's PDF renderer, read back with PDFBox. */
    @Test
    void pdfReportHasTheFindingsTablesAndCharts() throws Exception {
        Path report = temp.resolve("report.pdf");
        Cli cli = audit("--format", "pdf", "--out", report.toString());
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        try (PDDocument document = Loader.loadPDF(report.toFile())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Disparity audit of log.csv").contains("Favourable decisions differ between groups")
                    .contains("By nationality × sex").contains("Selection rate").contains("ER / female");
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            assertThat(curves(document)).as("SVG charts drawn as vector paths").isPositive();
            for (var page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    assertThat(page.getResources().getFont(name).isEmbedded()).isTrue();
                }
            }
        }
    }

    /** Bézier curves drawn on the pages: the charts' dots and glyph outlines; the tables and text have none. */
    private static int curves(PDDocument document) throws java.io.IOException {
        int[] count = {0};
        for (PDPage page : document.getPages()) {
            new PDFGraphicsStreamEngine(page) {
                @Override public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
                    count[0]++;
                }
                @Override public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) { }
                @Override public void drawImage(PDImage image) { }
                @Override public void clip(int windingRule) { }
                @Override public void moveTo(float x, float y) { }
                @Override public void lineTo(float x, float y) { }
                @Override public Point2D getCurrentPoint() {
                    return new Point2D.Float();
                }
                @Override public void closePath() { }
                @Override public void endPath() { }
                @Override public void strokePath() { }
                @Override public void fillPath(int windingRule) { }
                @Override public void fillAndStrokePath(int windingRule) { }
                @Override public void shadingFill(COSName shadingName) { }
            }.processPage(page);
        }
        return count[0];
    }

    /** The launcher makes its class-data archives from this hidden command: both parts must run to the end. */
    @Test
    void warmUpRunsAssessmentsOrAudits() {
        Cli assessments = Cli.run("warm-up", Cli.KNOWLEDGE.resolve("cases/de-bamf-phone-data-extraction.yaml").toString());
        assertThat(assessments.exitCode()).as(assessments.err()).isZero();
        Cli audits = Cli.run("warm-up", "--audits");
        assertThat(audits.exitCode()).as(audits.err()).isZero();
        assertThat(Cli.run("warm-up").exitCode()).isEqualTo(2);
    }

    @Test
    void failOnExitsOneWhenAFindingIsGraveEnough() {
        assertThat(audit("--fail-on", "high").exitCode()).isEqualTo(1);
    }

    @Test
    void aMisspelledColumnIsExitTwoWithNoReportWritten() {
        Path report = temp.resolve("never.md");
        Cli cli = Cli.run("audit", log.toString(), "--group", "nationalty", "--decision", "recommendation",
                "--favourable", "release", "--out", report.toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("--group: no column 'nationalty' (group) in log.csv; did you mean 'nationality'?")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(report).doesNotExist();
    }

    @Test
    void usageMistakesAreExitTwo() {
        assertThat(audit("--format", "pdf").err()).contains("--format pdf needs --out FILE");
        assertThat(Cli.run("audit", log.toString(), "--decision", "recommendation", "--favourable", "release").err())
                .contains("which groups?");
        assertThat(audit("--attach").exitCode()).isEqualTo(2);
        assertThat(audit("--tolerance", "1.5").err()).contains("--tolerance");
    }

    @Test
    void aSpecFileMapsTheColumns() throws Exception {
        Path spec = Files.writeString(temp.resolve("spec.yaml"), """
                audit: 1
                id: sample-review
                version: 1.0.0
                columns:
                  groups: [nationality]
                  decision: { column: recommendation, favourable: [release] }
                analysis:
                  reference: favourable
                """);
        Cli cli = Cli.run("audit", log.toString(), "--spec", spec.toString(), "--format", "json", "--no-progress");
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        JsonNode root = JsonMapper.builder().build().readTree(cli.out());
        assertThat(root.at("/provenance/spec/id").asString()).isEqualTo("sample-review");
        assertThat(root.at("/provenance/parameters/reference").asString()).isEqualTo("favourable");

        Path bad = Files.writeString(temp.resolve("bad-spec.yaml"), """
                audit: 1
                id: sample-review
                version: 1.0.0
                columns:
                  groups: [natinality]
                  decision: { column: recommendation, favourable: [release] }
                """);
        Cli wrong = Cli.run("audit", log.toString(), "--spec", bad.toString());
        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err()).contains(bad + ":5:");
    }

    @Test
    void attachWritesAnAuditedProfileBesideTheOriginal() throws Exception {
        Path profile = temp.resolve("etias.yaml");
        Files.copy(Cli.caseFile("eu-etias"), profile);
        byte[] before = Files.readAllBytes(profile);
        Cli cli = audit("--profile", profile.toString(), "--attach", "--out", temp.resolve("audit.md").toString());
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(Files.readAllBytes(profile)).isEqualTo(before);

        Path audited = temp.resolve("etias.audited.yaml");
        assertThat(audited).exists();
        KnowledgeBase base = KnowledgeLoader.load(Cli.KNOWLEDGE);
        Profile read = base.profileReader().read(Document.read(audited));
        assertThat(read.facts().get("evidence.disparate_outcomes").value()).isEqualTo(true);
        assertThat(((Number) read.facts().get("evidence.disparity_ratio").value()).doubleValue()).isBetween(0.5, 0.8);
        assertThat(read.facts().get("evidence.disparate_outcomes").sources().get(0).ref()).isEqualTo("audit-log");
        assertThat(read.sources()).containsKey("audit-log");
        assertThat(read.facts()).containsKeys("purpose.stated");
    }

    @Test
    void attachNeverOverwritesEvidenceStatedFromOtherSources() throws Exception {
        Path profile = temp.resolve("visa.yaml");
        Files.copy(Cli.caseFile("gb-visa-streaming-algorithm"), profile);
        Cli cli = audit("--profile", profile.toString(), "--attach");
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).containsPattern(java.util.regex.Pattern.quote(profile.toString()) + ":\\d+:\\d+: evidence.disparate_outcomes is already stated");
        assertThat(temp.resolve("visa.audited.yaml")).doesNotExist();
    }

    @Test
    void sampleDataIsDeterministic() {
        Cli one = plain("sample-data", "--rows", "50", "--seed", "9");
        Cli two = plain("sample-data", "--rows", "50", "--seed", "9");
        Cli other = plain("sample-data", "--rows", "50", "--seed", "10");
        assertThat(one.exitCode()).isZero();
        assertThat(one.out()).isEqualTo(two.out()).isNotEqualTo(other.out());
        assertThat(one.out().lines().count()).isEqualTo(51);
        assertThat(plain("sample-data", "--kind", "biometric", "--rows", "5").out()).startsWith("pair_id,skin_tone,sex,genuine,score");
        assertThat(plain("sample-data", "--format", "parquet").exitCode()).isEqualTo(2);
    }
}
