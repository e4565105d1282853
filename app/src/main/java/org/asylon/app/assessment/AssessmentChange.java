package org.asylon.app.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What changed between two stored results of one instrument (their JSON, see
 * {@code docs/json-output.md}): findings added, removed, or changed in severity or status;
 * classifications; legal-test outcomes and the outcome of each step.
 */
public record AssessmentChange(List<FindingChange> findings, List<ValueChange> classifications, List<ValueChange> tests,
                               List<ValueChange> steps) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public enum Kind { ADDED, REMOVED, CHANGED }

    /** A finding that appeared, disappeared, or changed; before or after is null when it did not exist. */
    public record FindingChange(Kind kind, String id, String title, String statusBefore, String statusAfter,
                                String severityBefore, String severityAfter) {
        public String kindId() {
            return kind.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Something with an outcome or value before and after (null: undetermined or absent). */
    public record ValueChange(String title, String before, String after) {
    }

    public AssessmentChange {
        findings = List.copyOf(findings);
        classifications = List.copyOf(classifications);
        tests = List.copyOf(tests);
        steps = List.copyOf(steps);
    }

    public boolean isEmpty() {
        return findings.isEmpty() && classifications.isEmpty() && tests.isEmpty() && steps.isEmpty();
    }

    public static AssessmentChange between(String previousJson, String latestJson) {
        JsonNode before = JSON.readTree(previousJson);
        JsonNode after = JSON.readTree(latestJson);
        return new AssessmentChange(findings(before, after), classifications(before, after), tests(before, after),
                steps(before, after));
    }

    private static List<FindingChange> findings(JsonNode before, JsonNode after) {
        Map<String, JsonNode> old = byId(before.path("findings"));
        Map<String, JsonNode> now = byId(after.path("findings"));
        List<FindingChange> changes = new ArrayList<>();
        now.forEach((id, finding) -> {
            JsonNode was = old.get(id);
            if (was == null) {
                changes.add(new FindingChange(Kind.ADDED, id, text(finding, "title"), null, text(finding, "status"), null,
                        text(finding, "severity")));
            } else if (!Objects.equals(text(was, "status"), text(finding, "status"))
                    || !Objects.equals(text(was, "severity"), text(finding, "severity"))) {
                changes.add(new FindingChange(Kind.CHANGED, id, text(finding, "title"), text(was, "status"), text(finding, "status"),
                        text(was, "severity"), text(finding, "severity")));
            }
        });
        old.forEach((id, finding) -> {
            if (!now.containsKey(id)) {
                changes.add(new FindingChange(Kind.REMOVED, id, text(finding, "title"), text(finding, "status"), null,
                        text(finding, "severity"), null));
            }
        });
        return changes;
    }

    private static List<ValueChange> classifications(JsonNode before, JsonNode after) {
        List<ValueChange> changes = new ArrayList<>();
        JsonNode old = before.path("classifications");
        for (var entry : after.path("classifications").properties()) {
            String was = verdict(old.path(entry.getKey()));
            String now = verdict(entry.getValue());
            if (!Objects.equals(was, now)) {
                changes.add(new ValueChange(text(entry.getValue(), "title"), was, now));
            }
        }
        return changes;
    }

    private static String verdict(JsonNode classification) {
        String label = text(classification, "label");
        return label != null ? label : text(classification, "value");
    }

    private static List<ValueChange> tests(JsonNode before, JsonNode after) {
        Map<String, JsonNode> old = byId(before.path("tests"));
        List<ValueChange> changes = new ArrayList<>();
        byId(after.path("tests")).forEach((id, test) -> {
            String was = old.containsKey(id) ? text(old.get(id), "outcome") : null;
            if (!Objects.equals(was, text(test, "outcome"))) {
                changes.add(new ValueChange(text(test, "title"), was, text(test, "outcome")));
            }
        });
        return changes;
    }

    private static List<ValueChange> steps(JsonNode before, JsonNode after) {
        Map<String, JsonNode> old = byId(before.path("tests"));
        List<ValueChange> changes = new ArrayList<>();
        byId(after.path("tests")).forEach((id, test) -> {
            Map<String, JsonNode> oldSteps = old.containsKey(id) ? byId(old.get(id).path("steps")) : Map.of();
            byId(test.path("steps")).forEach((stepId, step) -> {
                String was = oldSteps.containsKey(stepId) ? text(oldSteps.get(stepId), "outcome") : null;
                if (!Objects.equals(was, text(step, "outcome"))) {
                    changes.add(new ValueChange(text(test, "title") + " — " + text(step, "title"), was, text(step, "outcome")));
                }
            });
        });
        return changes;
    }

    private static Map<String, JsonNode> byId(JsonNode array) {
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        array.forEach(item -> byId.put(text(item, "id"), item));
        return byId;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asString();
    }
}
