package org.asylon.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.asylon.core.document.Document;
import org.asylon.core.knowledge.Expectation;
import org.asylon.core.knowledge.Expectations;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The documented cases' expected outcomes (knowledge/expectations), written from the primer's
 * account of each deployment and not from Asylon's output, compared with what the command line
 * prints as JSON.
 */
final class GoldenCases {

    private GoldenCases() {
    }

    static List<Expectation> all() {
        try (Stream<Path> files = Files.list(Cli.KNOWLEDGE.resolve("expectations"))) {
            List<Expectation> out = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                out.add(Expectations.read(Document.read(file)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks one result (a JSON object of the documented output) against its expectation. */
    static void check(String caseId, Expectation.InstrumentExpectation expected, JsonNode result) {
        String instrument = result.at("/instrument/id").asString();
        String what = caseId + " × " + instrument + " — expected because: " + expected.why();
        if (expected.worstSeverity() != null) {
            JsonNode worst = result.get("worstSeverity");
            assertThat(worst.isNull() ? "none" : worst.asString()).as(what).isEqualTo(expected.worstSeverity());
        }
        for (Map.Entry<String, String> classification : expected.classifications().entrySet()) {
            JsonNode value = result.at("/classifications/" + classification.getKey() + "/value");
            assertThat(value.isMissingNode() || value.isNull() ? "undetermined" : value.asString())
                    .as(what + " [classification " + classification.getKey() + "]").isEqualTo(classification.getValue());
        }
        if (expected.application() != null) {
            assertThat(result.get("application").asString()).as(what).isEqualTo(expected.application());
        }
        List<String> fired = new ArrayList<>();
        List<String> undetermined = new ArrayList<>();
        for (JsonNode finding : result.get("findings")) {
            (finding.get("status").asString().equals("fired") ? fired : undetermined).add(finding.get("id").asString());
        }
        assertThat(fired).as(what + " [fired]").containsAll(expected.fired());
        assertThat(undetermined).as(what + " [undetermined]").containsAll(expected.undetermined());
    }

    static JsonNode parse(String json) {
        return JsonMapper.builder().build().readTree(json);
    }
}
