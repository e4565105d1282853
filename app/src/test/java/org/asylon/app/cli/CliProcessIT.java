package org.asylon.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.asylon.core.knowledge.Expectation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The packaged jar, run as its own process as a user would run it. */
class CliProcessIT {

    static final Path JAR = Path.of(System.getProperty("asylon.jar", "target/asylon.jar"));

    record Run(int exitCode, String out, String err) {
    }

    static Run java(String... args) throws IOException, InterruptedException {
        return java(List.of(), args);
    }

    static Run java(List<String> options, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(options);
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void twoDocumentedCasesThroughThePackagedCommand() throws Exception {
        for (String caseId : List.of("de-bamf-phone-data-extraction", "us-cbp-one")) {
            Expectation expectation = GoldenCases.all().stream().filter(e -> e.caseId().equals(caseId)).findFirst().orElseThrow();
            Run run = java("assess", "--format", "json", "--knowledge", Cli.KNOWLEDGE.toString(), Cli.caseFile(caseId).toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
            for (JsonNode result : GoldenCases.parse(run.out()).get("results")) {
                Expectation.InstrumentExpectation expected = expectation.instruments().get(result.at("/instrument/id").asString());
                if (expected != null) {
                    GoldenCases.check(caseId, expected, result);
                }
            }
        }
    }

    /** As the launcher runs it: the second run restores the knowledge base the first one kept, with the same results. */
    @Test
    void aKeptSnapshotGivesTheSameAssessment(@TempDir Path temp) throws Exception {
        List<String> options = List.of("-Dasylon.snapshots=" + temp.resolve("snapshots"));
        String[] args = {"assess", "--format", "json", "--knowledge", Cli.KNOWLEDGE.toString(), Cli.caseFile("us-cbp-one").toString()};
        Run first = java(options, args);
        assertThat(first.exitCode()).as(first.err()).isZero();
        try (java.util.stream.Stream<Path> kept = Files.list(temp.resolve("snapshots"))) {
            assertThat(kept.map(file -> file.getFileName().toString()).toList()).singleElement()
                    .satisfies(name -> assertThat(name).matches("knowledge-[0-9a-f]{32}\\.json"));
        }
        Run second = java(options, args);
        assertThat(second.exitCode()).as(second.err()).isZero();
        JsonNode before = GoldenCases.parse(first.out()).get("results");
        JsonNode after = GoldenCases.parse(second.out()).get("results");
        assertThat(after.size()).isEqualTo(before.size()).isPositive();
        for (int i = 0; i < before.size(); i++) {
            for (String part : List.of("instrument", "findings", "classifications", "tests", "scores")) {
                assertThat(after.get(i).get(part)).as(part).isEqualTo(before.get(i).get(part));
            }
            assertThat(after.get(i).at("/provenance/knowledgeHash")).isEqualTo(before.get(i).at("/provenance/knowledgeHash"));
        }
    }

    @Test
    void badInputExitsTwoWithoutAStackTrace(@TempDir Path temp) throws Exception {
        Path profile = temp.resolve("bad.yaml");
        Files.writeString(profile, "id: x\nname: X\nfacts:\n  processing:\n    profiling: maybe\n");
        Run run = java("assess", "--knowledge", Cli.KNOWLEDGE.toString(), profile.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(profile + ":5:").doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
    }
}
