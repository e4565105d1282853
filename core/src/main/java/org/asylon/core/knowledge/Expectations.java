package org.asylon.core.knowledge;

import static org.asylon.core.document.Nodes.text;
import static org.asylon.core.document.Nodes.texts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.asylon.core.document.Document;
import org.asylon.core.instrument.Classification;
import org.asylon.core.instrument.Instrument;
import org.asylon.core.instrument.Outcome;
import org.asylon.core.instrument.Rule;
import org.asylon.core.problem.Problem;
import tools.jackson.databind.JsonNode;

/** Reads and checks expectation files ({@code knowledge/expectations}). */
public final class Expectations {

    private Expectations() {
    }

    /** Every problem with an expectation file: schema, unknown case, instrument, classification or rule. */
    public static List<Problem> check(Document document, KnowledgeBase base, Path casesDirectory) {
        List<Problem> problems = new ArrayList<>(base.schemas().validate(document, "expectation.schema.json"));
        if (!problems.isEmpty()) {
            return problems;
        }
        String caseId = text(document.root(), "case");
        if (!Files.exists(casesDirectory.resolve(caseId + ".yaml"))) {
            problems.add(document.problem("/case", "no case '" + caseId + "' in " + casesDirectory));
        }
        for (var entry : document.root().get("instruments").properties()) {
            String pointer = "/instruments/" + entry.getKey();
            Instrument instrument = base.instrument(entry.getKey()).orElse(null);
            if (instrument == null) {
                problems.add(document.keyProblem(pointer, "unknown instrument '" + entry.getKey() + "'"));
                continue;
            }
            JsonNode expected = entry.getValue();
            for (var classification : expected.path("classifications").properties()) {
                String classPointer = pointer + "/classifications/" + classification.getKey();
                Classification declared = instrument.classifications().stream()
                        .filter(c -> c.id().equals(classification.getKey())).findFirst().orElse(null);
                if (declared == null) {
                    problems.add(document.keyProblem(classPointer, instrument.id() + " has no classification '"
                            + classification.getKey() + "'"));
                } else if (declared.outcomes().stream().noneMatch(o -> o.value().equals(classification.getValue().asString()))) {
                    problems.add(document.problem(classPointer, "'" + classification.getValue().asString() + "' is not an outcome of "
                            + declared.id() + " (" + declared.outcomes().stream().map(Outcome::value).collect(Collectors.joining(", ")) + ")"));
                }
            }
            Set<String> rules = instrument.rules().stream().map(Rule::id).collect(Collectors.toSet());
            for (String list : List.of("fired", "undetermined")) {
                List<String> ids = texts(expected, list);
                for (int i = 0; i < ids.size(); i++) {
                    if (!rules.contains(ids.get(i))) {
                        problems.add(document.problem(pointer + "/" + list + "/" + i, instrument.id() + " has no rule '" + ids.get(i) + "'"));
                    }
                }
            }
        }
        return problems;
    }

    public static Expectation read(Document document) {
        Map<String, Expectation.InstrumentExpectation> instruments = new LinkedHashMap<>();
        for (var entry : document.root().get("instruments").properties()) {
            JsonNode node = entry.getValue();
            Map<String, String> classifications = new LinkedHashMap<>();
            node.path("classifications").properties().forEach(c -> classifications.put(c.getKey(), c.getValue().asString()));
            instruments.put(entry.getKey(), new Expectation.InstrumentExpectation(text(node, "worstSeverity"),
                    classifications, text(node, "application"), texts(node, "fired"), texts(node, "undetermined"),
                    text(node, "why")));
        }
        return new Expectation(text(document.root(), "case"), instruments);
    }
}
