package org.asylon.audit.report;

import java.util.List;
import org.asylon.audit.AuditProvenance;
import org.asylon.audit.AuditResult;
import org.asylon.audit.DataSummary;
import org.asylon.audit.biometric.DemographicDifferentials;
import org.asylon.audit.disparity.Comparison;
import org.asylon.audit.disparity.GroupResult;
import org.asylon.audit.disparity.GroupSummary;
import org.asylon.audit.disparity.GroupingResult;
import org.asylon.audit.disparity.MetricResult;
import org.asylon.audit.drift.DriftEvent;
import org.asylon.audit.drift.DriftResult;
import org.asylon.audit.drift.WindowCounts;
import org.asylon.audit.finding.AuditFinding;
import org.asylon.audit.finding.AuditSummary;
import org.asylon.audit.finding.Evidence;
import org.asylon.audit.metric.Rate;
import org.asylon.audit.spec.AuditSpec;
import org.asylon.audit.spec.Settings;
import org.asylon.audit.statistics.Interval;
import org.asylon.audit.statistics.TestResult;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The audit as JSON, in the stable shape documented in {@code docs/audit.md}. Suppressed groups
 * appear with their label and {@code "suppressed": true} and no figure.
 */
public final class JsonAuditReport {

    /** Raised when a field is removed or changes meaning; fields may be added within a format. */
    public static final int FORMAT = 1;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectWriter WRITER = JsonMapper.builder().build().writerWithDefaultPrettyPrinter();

    public String render(AuditResult result) {
        ObjectNode root = NODES.objectNode();
        root.put("format", FORMAT);
        root.put("kind", "asylon-audit");
        root.set("provenance", provenance(result.provenance(), result.spec()));
        root.set("data", data(result.data()));
        root.set("summary", summary(result.summary()));
        ArrayNode findings = root.putArray("findings");
        result.findings().forEach(f -> findings.add(finding(f)));
        ArrayNode analyses = root.putArray("analyses");
        result.groupings().forEach(g -> analyses.add(grouping(g)));
        if (result.drift() != null) {
            root.set("drift", drift(result.drift()));
        }
        if (result.spec().biometricMode()) {
            ArrayNode biometric = root.putArray("biometric");
            result.biometric().forEach(b -> biometric.add(biometric(b)));
        }
        return WRITER.writeValueAsString(root) + "\n";
    }

    private static ObjectNode provenance(AuditProvenance p, AuditSpec spec) {
        ObjectNode node = NODES.objectNode();
        node.put("asylonVersion", p.asylonVersion());
        node.put("generatedAt", p.generatedAt());
        node.put("engine", p.engine());
        ObjectNode input = node.putObject("input");
        input.put("file", p.inputFile());
        input.put("format", p.inputFormat());
        input.put("sha256", p.inputSha256());
        input.put("bytes", p.inputBytes());
        ObjectNode specNode = node.putObject("spec");
        specNode.put("id", p.specId());
        specNode.put("version", p.specVersion());
        specNode.put("file", p.specFile());
        specNode.put("sha256", p.specSha256());
        node.set("parameters", parameters(spec));
        return node;
    }

    private static ObjectNode parameters(AuditSpec spec) {
        Settings s = spec.settings();
        ObjectNode node = NODES.objectNode();
        node.put("mode", spec.biometricMode() ? "biometric" : "decision");
        ArrayNode groups = node.putArray("groups");
        spec.groupNames().forEach(groups::add);
        if (spec.decision() != null) {
            ObjectNode decision = node.putObject("decision");
            decision.put("column", spec.decision().column().name());
            strings(decision.putArray("favourable"), spec.decision().favourable().stream().sorted().toList());
            strings(decision.putArray("adverse"), spec.decision().adverse().stream().sorted().toList());
        }
        if (spec.label() != null) {
            node.put("label", spec.label().column().name());
        }
        if (spec.biometric() != null) {
            node.put("genuine", spec.biometric().genuine().name());
        }
        if (spec.score() != null) {
            ObjectNode score = node.putObject("score");
            score.put("column", spec.score().column().name());
            score.put("favourable", spec.score().favourable().id());
            ArrayNode thresholds = score.putArray("thresholds");
            spec.score().thresholds().forEach(thresholds::add);
        }
        if (spec.time() != null) {
            node.put("time", spec.time().column().name());
            node.put("window", spec.time().window().toString());
        }
        node.put("reference", s.reference().id());
        node.put("minGroup", s.minGroup());
        ArrayNode band = node.putArray("tolerance");
        band.add(s.tolerance().lower());
        band.add(s.tolerance().upper());
        node.put("confidence", s.confidence().level());
        node.put("alpha", s.alpha());
        node.put("correction", s.correction().id());
        node.put("minShift", s.minShift());
        return node;
    }

    private static ObjectNode data(DataSummary d) {
        ObjectNode node = NODES.objectNode();
        node.put("rows", d.rows());
        node.put("cells", d.cells());
        ObjectNode missing = node.putObject("missing");
        missing.put("decision", d.missingDecision());
        missing.put("truth", d.missingTruth());
        missing.put("score", d.missingScore());
        missing.put("time", d.missingTime());
        ObjectNode notRecorded = node.putObject("notRecorded");
        d.notRecorded().forEach((attribute, count) -> {
            if (count == DataSummary.SUPPRESSED) {
                notRecorded.put(attribute, "suppressed");
            } else {
                notRecorded.put(attribute, count);
            }
        });
        if (!Double.isNaN(d.scoreMin())) {
            ArrayNode range = node.putArray("scoreRange");
            range.add(d.scoreMin());
            range.add(d.scoreMax());
        }
        strings(node.putArray("truthPositive"), d.truthPositive());
        return node;
    }

    private static ObjectNode summary(AuditSummary s) {
        ObjectNode node = NODES.objectNode();
        node.put("verdict", s.verdict().id());
        strings(node.putArray("groupsAffected"), s.groupsAffected());
        putBoolean(node, "disparateOutcomes", s.disparateOutcomes());
        putBoolean(node, "differentialAccuracy", s.differentialAccuracy());
        if (s.largest() == null) {
            node.putNull("largestDisparity");
        } else {
            ObjectNode largest = node.putObject("largestDisparity");
            largest.put("analysis", s.largest().analysis());
            largest.put("source", s.largest().source());
            largest.put("group", s.largest().group());
            largest.put("reference", s.largest().reference());
            putNumber(largest, "ratio", s.largest().ratio());
            putInterval(largest, "ratioInterval", s.largest().interval());
            largest.put("verdict", s.largest().verdict().id());
        }
        return node;
    }

    private static ObjectNode finding(AuditFinding f) {
        ObjectNode node = NODES.objectNode();
        node.put("id", f.id());
        node.put("kind", f.kind());
        node.put("severity", f.severity().id());
        node.put("title", f.title());
        node.put("explanation", f.explanation());
        strings(node.putArray("legalBasis"), f.legalBasis());
        node.put("analysis", f.analysis());
        strings(node.putArray("groups"), f.groups());
        ArrayNode evidence = node.putArray("evidence");
        for (Evidence e : f.evidence()) {
            ObjectNode item = evidence.addObject();
            item.put("subject", e.subject());
            putRate(item, "rate", e.rate());
            if (e.reference() != null) {
                putRate(item, "reference", e.reference());
            }
            putNumber(item, "ratio", e.ratio());
            putInterval(item, "ratioInterval", e.ratioInterval());
            putNumber(item, "adjustedPValue", e.adjustedPValue());
        }
        return node;
    }

    private static ObjectNode grouping(GroupingResult g) {
        ObjectNode node = NODES.objectNode();
        strings(node.putArray("attributes"), g.grouping().attributes());
        node.put("intersectional", g.grouping().intersectional());
        node.put("reference", g.reference());
        ArrayNode groups = node.putArray("groups");
        for (GroupSummary summary : g.groups()) {
            ObjectNode group = groups.addObject();
            group.put("group", summary.tally().group().label());
            strings(group.putArray("values"), summary.tally().group().values());
            group.put("suppressed", summary.suppressed());
            if (!summary.suppressed()) {
                group.put("rows", summary.tally().rows());
                group.put("missingDecision", summary.tally().missingDecision());
                group.put("missingTruth", summary.tally().missingTruth());
                ObjectNode categories = group.putObject("categories");
                summary.tally().categories().forEach(categories::put);
            }
        }
        putTest(node, "outcomeHomogeneity", g.outcomeHomogeneity());
        putTest(node, "categoryHomogeneity", g.categoryHomogeneity());
        ArrayNode metrics = node.putArray("metrics");
        g.metrics().forEach(m -> metrics.add(metric(m)));
        return node;
    }

    private static ObjectNode metric(MetricResult m) {
        ObjectNode node = NODES.objectNode();
        node.put("metric", m.metric().id());
        node.put("source", m.source().id());
        node.put("sourceLabel", m.source().label());
        node.put("reference", m.referenceLabel());
        putRate(node, "referenceRate", m.referenceRate());
        putInterval(node, "referenceInterval", m.referenceInterval());
        ArrayNode groups = node.putArray("groups");
        for (GroupResult g : m.groups()) {
            ObjectNode group = groups.addObject();
            group.put("group", g.group().label());
            group.put("standing", g.standing().id());
            if (g.rate() == null) {
                continue;
            }
            putRate(group, "rate", g.rate());
            putInterval(group, "interval", g.interval());
            Comparison c = g.comparison();
            if (c == null) {
                continue;
            }
            if (c.ratio() == null && g.rate().defined() && c.reference().defined()) {
                group.put("ratio", "Infinity");
            } else if (c.ratio() != null) {
                group.put("ratio", c.ratio().doubleValue());
                group.put("ratioExact", c.ratio().getNumerator() + "/" + c.ratio().getDenominator());
            } else {
                group.putNull("ratio");
            }
            putInterval(group, "ratioInterval", c.ratioInterval());
            putNumber(group, "difference", c.difference());
            putInterval(group, "differenceInterval", c.differenceInterval());
            putTest(group, "test", c.test());
            putNumber(group, "adjustedPValue", c.adjustedPValue());
            group.put("verdict", c.verdict().id());
            group.put("reason", c.reason());
        }
        return node;
    }

    private static ObjectNode drift(DriftResult d) {
        ObjectNode node = NODES.objectNode();
        node.put("window", d.window());
        strings(node.putArray("categories"), d.categories());
        strings(node.putArray("sparseWindows"), d.sparse());
        ArrayNode windows = node.putArray("windows");
        for (WindowCounts w : d.windows()) {
            ObjectNode item = windows.addObject();
            item.put("start", w.window());
            item.put("rows", w.rows());
            item.put("missingDecision", w.missingDecision());
            ObjectNode categories = item.putObject("categories");
            w.categories().forEach(categories::put);
        }
        ArrayNode events = node.putArray("events");
        for (DriftEvent e : d.events()) {
            ObjectNode item = events.addObject();
            item.put("kind", e.kind().id());
            item.put("window", e.window());
            item.put("category", e.category());
            if (e.category() != null) {
                putRate(item, "inWindow", e.inWindow());
                putRate(item, "baseline", e.baseline());
            }
            putNumber(item, "distance", e.distance());
            putNumber(item, "pValue", e.pValue());
            putNumber(item, "adjustedPValue", e.adjustedPValue());
        }
        return node;
    }

    private static ObjectNode biometric(DemographicDifferentials b) {
        ObjectNode node = NODES.objectNode();
        node.put("threshold", b.threshold().threshold());
        strings(node.putArray("groups"), b.groups());
        putNumber(node, "fmrMin", b.fmrMin());
        putNumber(node, "fmrMax", b.fmrMax());
        putNumber(node, "fnmrMin", b.fnmrMin());
        putNumber(node, "fnmrMax", b.fnmrMax());
        putNumber(node, "fmrMaxMinRatio", b.fmrMaxMinRatio());
        putNumber(node, "fnmrMaxMinRatio", b.fnmrMaxMinRatio());
        putNumber(node, "fairnessDiscrepancyRate", b.fairnessDiscrepancyRate());
        putNumber(node, "garbe", b.garbe());
        return node;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static void putRate(ObjectNode node, String field, Rate rate) {
        ObjectNode item = node.putObject(field);
        item.put("count", rate.count());
        item.put("total", rate.total());
        putNumber(item, "value", rate.value());
    }

    private static void putInterval(ObjectNode node, String field, Interval interval) {
        if (interval == null) {
            node.putNull(field);
            return;
        }
        ArrayNode array = node.putArray(field);
        addNumber(array, interval.lower());
        addNumber(array, interval.upper());
    }

    private static void putTest(ObjectNode node, String field, TestResult test) {
        if (test == null) {
            node.putNull(field);
            return;
        }
        ObjectNode item = node.putObject(field);
        item.put("method", test.method().id());
        putNumber(item, "statistic", test.statistic());
        putNumber(item, "pValue", test.pValue());
    }

    /** JSON has no NaN or infinity: NaN is null, infinity the string "Infinity". */
    private static void putNumber(ObjectNode node, String field, double value) {
        if (Double.isNaN(value)) {
            node.putNull(field);
        } else if (Double.isInfinite(value)) {
            node.put(field, value > 0 ? "Infinity" : "-Infinity");
        } else {
            node.put(field, value);
        }
    }

    private static void addNumber(ArrayNode array, double value) {
        if (Double.isInfinite(value)) {
            array.add(value > 0 ? "Infinity" : "-Infinity");
        } else {
            array.add(value);
        }
    }

    private static void putBoolean(ObjectNode node, String field, Boolean value) {
        if (value == null) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }
}
