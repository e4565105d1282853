package org.asylon.audit.profile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.asylon.audit.AuditResult;
import org.asylon.audit.finding.AuditSummary;
import org.asylon.audit.finding.LargestDisparity;
import org.asylon.audit.metric.Figures;
import org.asylon.core.document.Document;
import org.asylon.core.document.Location;
import org.asylon.core.problem.InvalidInputException;
import org.asylon.core.problem.Problem;
import org.asylon.core.problem.Problems;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Carries an audit's summary into a deployment profile as evidence, without touching the
 * profile itself: the result is a new profile text (written next to the original by the caller)
 * with the audit added as a profile-local source and the evidence facts it can settle set from
 * that source, with confidence, date and a note giving the interval and the groups affected.
 *
 * <p>A fact the profile already states from other sources is never overwritten: that is a
 * problem located at the fact, and nothing is written. A fact set by an earlier audit (its only
 * source is an audit source) is replaced.
 */
public final class ProfileAttachment {

    public static final String SOURCE_PREFIX = "audit-";
    static final List<String> FACTS = List.of("disparate_outcomes", "disparity_ratio", "differential_accuracy");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ProfileAttachment() {
    }

    /** The evidence facts an audit settles, by key within the {@code evidence} section. */
    public static Map<String, ObjectNode> facts(AuditResult result, String sourceId, LocalDate asOf) {
        AuditSummary summary = result.summary();
        Map<String, ObjectNode> facts = new LinkedHashMap<>();
        String note = note(result);
        if (summary.disparateOutcomes() != null) {
            facts.put("disparate_outcomes", fact(summary.disparateOutcomes(),
                    summary.disparateOutcomes() ? "high" : "medium", sourceId, "selection rates by group", asOf, note));
        }
        LargestDisparity largest = summary.largest();
        if (largest != null && Double.isFinite(largest.ratio())) {
            ObjectNode ratio = fact(null, largest.interval() != null && largest.interval().width() < 0.1 ? "high" : "medium",
                    sourceId, "selection rate of " + largest.group() + " against " + largest.reference() + " by "
                            + largest.analysis(), asOf, note);
            ratio.put("value", BigDecimal.valueOf(largest.ratio()).setScale(4, RoundingMode.HALF_EVEN));
            facts.put("disparity_ratio", reorder(ratio));
        }
        if (summary.differentialAccuracy() != null) {
            facts.put("differential_accuracy", fact(summary.differentialAccuracy(),
                    summary.differentialAccuracy() ? "high" : "medium", sourceId,
                    result.spec().biometricMode() ? "FMR and FNMR by group" : "error rates by group", asOf, note));
        }
        return facts;
    }

    /**
     * The profile with the audit attached, as YAML text.
     *
     * @param reportName the file name of the audit report, recorded in the source's note, or {@code null}
     */
    public static String attach(Document profile, AuditResult result, String reportName, LocalDate asOf) {
        String sourceId = sourceId(result);
        Map<String, ObjectNode> facts = facts(result, sourceId, asOf);
        if (facts.isEmpty()) {
            throw new InvalidInputException(Problem.inFile(profile.name(), "the audit settles no evidence fact (verdict: "
                    + result.summary().verdict().label() + "), so there is nothing to attach; the profile is unchanged"));
        }
        Problems problems = new Problems();
        JsonNode evidence = profile.root().path("facts").path("evidence");
        for (String key : facts.keySet()) {
            JsonNode existing = evidence.get(key);
            if (existing != null && !fromAuditOnly(existing)) {
                Location at = profile.locateKey("/facts/evidence/" + key);
                problems.add(new Problem(profile.name(), at.line(), at.column(), "evidence." + key
                        + " is already stated from other sources; an audit does not overwrite it (remove it, or keep it"
                        + " and read the audit report beside it)"));
            }
        }
        problems.throwIfAny();

        ObjectNode root = (ObjectNode) profile.root().deepCopy();
        ArrayNode sources = root.has("sources") ? (ArrayNode) root.get("sources") : root.putArray("sources");
        for (int i = sources.size() - 1; i >= 0; i--) {
            if (sourceId.equals(sources.get(i).path("id").asString())) {
                sources.remove(i);
            }
        }
        sources.add(source(result, sourceId, reportName, asOf));
        ObjectNode factsNode = root.has("facts") ? (ObjectNode) root.get("facts") : root.putObject("facts");
        ObjectNode evidenceNode = factsNode.has("evidence") ? (ObjectNode) factsNode.get("evidence")
                : factsNode.putObject("evidence");
        facts.forEach(evidenceNode::set);
        String header = "# Generated by 'asylon audit --attach' from " + Path.of(profile.name()).getFileName()
                + ": the audit is added as source '" + sourceId + "' and sets " + String.join(", ", facts.keySet().stream()
                .map(k -> "evidence." + k).toList()) + ".\n# Comments of the original file are not carried over;"
                + " the original is unchanged.\n";
        YAMLMapper yaml = YAMLMapper.builder()
                .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
                .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
                .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
                .build();
        return header + yaml.writeValueAsString(root);
    }

    /** The id of the audit's source: the spec's id, else the data file's name, made an id. */
    public static String sourceId(AuditResult result) {
        String base = result.spec().id() != null ? result.spec().id()
                : Path.of(result.provenance().inputFile()).getFileName().toString().replaceFirst("\\.[^.]*$", "");
        String id = (SOURCE_PREFIX + base).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("-+$", "");
        return id;
    }

    private static boolean fromAuditOnly(JsonNode fact) {
        JsonNode sources = fact.path("sources");
        if (!sources.isArray() || sources.isEmpty()) {
            return false;
        }
        for (JsonNode source : sources) {
            String ref = source.isObject() ? source.path("ref").asString() : source.asString();
            if (!ref.startsWith(SOURCE_PREFIX)) {
                return false;
            }
        }
        return true;
    }

    private static ObjectNode source(AuditResult result, String sourceId, String reportName, LocalDate asOf) {
        ObjectNode source = NODES.objectNode();
        source.put("id", sourceId);
        source.put("type", "other");
        source.put("title", "Disparity audit of " + Path.of(result.provenance().inputFile()).getFileName());
        source.put("date", asOf.toString());
        List<String> note = new ArrayList<>();
        note.add("Asylon " + result.provenance().asylonVersion() + " audit");
        note.add("input SHA-256 " + result.provenance().inputSha256());
        if (result.provenance().specId() != null) {
            note.add("spec " + result.provenance().specId() + " " + result.provenance().specVersion());
        }
        if (reportName != null) {
            note.add("report " + reportName);
        }
        source.put("note", String.join("; ", note));
        return source;
    }

    private static ObjectNode fact(Boolean value, String confidence, String sourceId, String locator, LocalDate asOf,
                                   String note) {
        ObjectNode fact = NODES.objectNode();
        if (value != null) {
            fact.put("value", value);
        }
        fact.put("confidence", confidence);
        ArrayNode sources = fact.putArray("sources");
        sources.addObject().put("ref", sourceId).put("locator", locator);
        fact.put("asOf", asOf.toString());
        fact.put("note", note);
        return fact;
    }

    private static ObjectNode reorder(ObjectNode fact) {
        ObjectNode ordered = NODES.objectNode();
        ordered.set("value", fact.get("value"));
        fact.properties().forEach(e -> {
            if (!e.getKey().equals("value")) {
                ordered.set(e.getKey(), e.getValue());
            }
        });
        return ordered;
    }

    private static String note(AuditResult result) {
        AuditSummary summary = result.summary();
        StringBuilder note = new StringBuilder("Audit verdict: ").append(summary.verdict().label()).append('.');
        if (summary.largest() != null) {
            LargestDisparity l = summary.largest();
            note.append(" Smallest favourable-decision ratio: ").append(l.group()).append(" against ").append(l.reference())
                    .append(" by ").append(l.analysis()).append(", ").append(Figures.ratio(l.ratio())).append(" (")
                    .append(Figures.percent(result.spec().settings().confidence().level())).append(" CI ")
                    .append(Figures.interval(l.interval())).append(").");
        }
        if (!summary.groupsAffected().isEmpty()) {
            note.append(" Groups affected: ").append(String.join(", ", summary.groupsAffected())).append('.');
        }
        return note.toString();
    }
}
