package org.asylon.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The command line's contract: exit codes, located messages, and nothing half-written. */
class CliTest {

    @TempDir
    Path temp;

    private Path write(String name, String text) throws Exception {
        Path file = temp.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void assessPrintsAMemoAndExitsZero() {
        Cli cli = Cli.run("assess", Cli.caseFile("de-bamf-phone-data-extraction").toString());
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.out()).startsWith("# ").contains("## ").contains("[^1]:");
    }

    @Test
    void jsonOutputHasTheDocumentedShape() throws Exception {
        Cli cli = Cli.run("assess", "--format", "json", Cli.caseFile("de-bamf-phone-data-extraction").toString());
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        JsonNode root = JsonMapper.builder().build().readTree(cli.out());
        assertThat(root.get("format").asInt()).isEqualTo(1);
        JsonNode result = root.get("results").get(0);
        assertThat(result.at("/profile/id").asString()).isEqualTo("de-bamf-phone-data-extraction");
        for (String field : new String[] {"instrument", "findings", "classifications", "provenance", "application"}) {
            assertThat(result.has(field)).as(field).isTrue();
        }
        assertThat(result.at("/instrument/version").asString()).matches("\\d+\\.\\d+\\.\\d+");
        for (JsonNode finding : result.get("findings")) {
            assertThat(finding.get("status").asString()).isIn("fired", "undetermined");
            for (String field : new String[] {"id", "severity", "title", "legalBasis", "facts"}) {
                assertThat(finding.has(field)).as(field).isTrue();
            }
            if (finding.get("status").asString().equals("undetermined")) {
                assertThat(finding.get("missing").size()).isPositive();
            }
        }
        assertThat(result.at("/provenance/knowledgeHash").asString()).hasSize(64);
    }

    @Test
    void malformedProfileIsExitTwoWithFileLineColumnAndNoOutputFile() throws Exception {
        Path profile = write("bad.yaml", "id: x\nname: [unclosed\n");
        Path report = temp.resolve("report.md");
        Cli cli = Cli.run("assess", "--out", report.toString(), profile.toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains(profile + ":").containsPattern(":\\d+:\\d+: not valid YAML");
        assertThat(cli.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(report).doesNotExist();
    }

    @Test
    void everyProblemOfEveryProfileIsReportedAtOnce() throws Exception {
        Path one = write("one.yaml", "id: one\nname: One\nfacts:\n  processing:\n    profilng: true\n");
        Path two = write("two.yaml", "id: two\nname: Two\njurisdictions: [ZZ]\n");
        Cli cli = Cli.run("assess", one.toString(), two.toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains(one + ":5:5: unknown fact 'processing.profilng'; did you mean 'processing.profiling'?")
                .contains(two + ":3:17: 'ZZ' is not an ISO 3166-1 alpha-2 country code (or EU)")
                .contains("2 problems");
    }

    @Test
    void unknownInstrumentAndBadSeverityAreUsageErrors() {
        Cli unknown = Cli.run("assess", "--instrument", "nope", Cli.caseFile("de-bamf-phone-data-extraction").toString());
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown instrument 'nope'");
        Cli severity = Cli.run("assess", "--fail-on", "awful", Cli.caseFile("de-bamf-phone-data-extraction").toString());
        assertThat(severity.exitCode()).isEqualTo(2);
        assertThat(severity.err()).contains("'awful' is not a severity");
    }

    @Test
    void unknownOptionIsExitTwo() {
        Cli cli = Cli.run("assess", "--colour", "x.yaml");
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("Unknown option");
    }

    @Test
    void missingProfileFileIsExitTwo() {
        Cli cli = Cli.run("assess", temp.resolve("absent.yaml").toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("absent.yaml: no such file");
    }

    @Test
    void failOnTurnsGraveFindingsIntoExitOne() throws Exception {
        Path report = temp.resolve("out/report.json");
        Cli cli = Cli.run("assess", "--format", "json", "--out", report.toString(), "--fail-on", "info",
                Cli.caseFile("de-bamf-phone-data-extraction").toString());
        assertThat(cli.exitCode()).isEqualTo(1);
        assertThat(report).exists();
        assertThat(Files.readString(report)).contains("\"results\"");
        assertThat(temp.resolve("out")).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void pdfNeedsAnOutputFileAndIsWrittenWhole() throws Exception {
        Cli toTerminal = Cli.run("assess", "--format", "pdf", Cli.caseFile("us-cbp-one").toString());
        assertThat(toTerminal.exitCode()).isEqualTo(2);
        assertThat(toTerminal.err()).contains("--format pdf writes a binary file");
        Path report = temp.resolve("cbp-one.pdf");
        Cli cli = Cli.run("assess", "--format", "pdf", "--out", report.toString(), Cli.caseFile("us-cbp-one").toString());
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        byte[] bytes = Files.readAllBytes(report);
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void validateAcceptsTheShippedKnowledge() {
        Cli cli = Cli.run("validate", Cli.KNOWLEDGE.toString());
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.out()).startsWith("valid: ");
    }

    @Test
    void validateReportsABrokenInstrumentOutsideTheKnowledgeBase() throws Exception {
        Path instrument = write("broken.yaml", """
                id: broken
                version: 1.0.0
                title: Broken
                changelog: [{ version: 1.0.0, date: 2026-11-27, changes: [First.] }]
                rules:
                  - { id: a, when: 'processing.profiling &&', severity: high, title: T, explanation: E, legalBasis: [echr-99] }
                """);
        Cli cli = Cli.run("validate", instrument.toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains(instrument + ":6:").contains("unknown provision 'echr-99'");
    }

    @Test
    void summaryHasOneLinePerProfileAndInstrument() {
        Cli cli = Cli.run("assess", "--summary", Cli.caseFile("de-bamf-phone-data-extraction").toString(),
                Cli.caseFile("us-cbp-one").toString());
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        long instruments = Cli.run("instruments").out().lines().filter(l -> !l.startsWith("knowledge digest")).count();
        // A header, a rule line, then a line per profile and instrument.
        assertThat(cli.out().lines().count()).isEqualTo(2 + 2 * instruments);
    }
}
