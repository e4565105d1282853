package org.asylon.audit.spec;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.asylon.audit.statistics.ConfidenceLevel;
import org.asylon.audit.statistics.Correction;
import org.asylon.core.document.Document;
import org.asylon.core.document.Location;
import org.asylon.core.document.SchemaSet;
import org.asylon.core.problem.Problems;
import tools.jackson.databind.JsonNode;

/** Reads an audit spec (YAML or JSON), validated against {@code audit-spec.schema.json}. */
public final class AuditSpecReader {

    public static final String SCHEMA = "audit-spec.schema.json";

    private final SchemaSet schemas;

    public AuditSpecReader(SchemaSet schemas) {
        this.schemas = schemas;
    }

    public AuditSpec read(Path file) {
        return read(Document.read(file));
    }

    public AuditSpec read(Document document) {
        Problems problems = new Problems();
        problems.addAll(schemas.validate(document, SCHEMA));
        problems.throwIfAny();
        JsonNode root = document.root();
        JsonNode columns = root.get("columns");

        AuditSpec.Builder spec = new AuditSpec.Builder();
        spec.id = root.get("id").asString();
        spec.version = root.get("version").asString();
        spec.title = root.has("title") ? root.get("title").asString() : null;
        spec.file = document.name();
        spec.digest = document.digest();
        JsonNode csv = root.path("csv");
        spec.csv = new CsvOptions(text(csv, "delimiter"), text(csv, "quote"));

        List<ColumnRef> groups = new ArrayList<>();
        JsonNode groupNodes = columns.get("groups");
        for (int i = 0; i < groupNodes.size(); i++) {
            groups.add(column(document, "/columns/groups/" + i, "group"));
        }
        spec.groups = groups;
        if (columns.has("decision")) {
            JsonNode decision = columns.get("decision");
            spec.decision = new DecisionSpec(column(document, "/columns/decision/column", "decision"),
                    values(decision.get("favourable")), values(decision.get("adverse")));
        }
        if (columns.has("label")) {
            spec.label = new LabelSpec(column(document, "/columns/label/column", "label"),
                    values(columns.get("label").get("favourable")));
        }
        if (columns.has("score")) {
            JsonNode score = columns.get("score");
            List<BigDecimal> thresholds = new ArrayList<>();
            score.get("thresholds").forEach(node -> thresholds.add(node.decimalValue()));
            ScoreDirection direction = score.has("favourable")
                    ? ScoreDirection.fromId(score.get("favourable").asString()) : ScoreDirection.HIGH;
            spec.score = new ScoreSpec(column(document, "/columns/score/column", "score"), thresholds, direction);
        }
        if (columns.has("time")) {
            spec.time = new TimeSpec(column(document, "/columns/time/column", "time"),
                    Window.parse(columns.get("time").get("window").asString()));
        }
        if (columns.has("genuine")) {
            spec.biometric = new BiometricSpec(column(document, "/columns/genuine/column", "genuine pair"),
                    text(columns.get("genuine"), "value"));
        }
        spec.settings = settings(document, root.path("analysis"), problems);
        problems.throwIfAny();
        return spec.build();
    }

    private static Settings settings(Document document, JsonNode analysis, Problems problems) {
        Settings settings = Settings.DEFAULTS;
        if (analysis.has("reference")) {
            JsonNode reference = analysis.get("reference");
            settings = settings.withReference(reference.isObject()
                    ? new ReferencePolicy.Named(reference.get("group").asString())
                    : ReferencePolicy.parse(reference.asString()));
        }
        if (analysis.has("minGroup")) {
            settings = settings.withMinGroup(analysis.get("minGroup").asInt());
        }
        if (analysis.has("tolerance")) {
            JsonNode band = analysis.get("tolerance");
            try {
                settings = settings.withTolerance(new ToleranceBand(band.get(0).decimalValue(), band.get(1).decimalValue()));
            } catch (IllegalArgumentException e) {
                problems.add(document.problem("/analysis/tolerance", e.getMessage()));
            }
        }
        if (analysis.has("confidence")) {
            settings = settings.withConfidence(new ConfidenceLevel(analysis.get("confidence").asDouble()));
        }
        if (analysis.has("alpha")) {
            settings = settings.withAlpha(analysis.get("alpha").asDouble());
        }
        if (analysis.has("correction")) {
            settings = settings.withCorrection(Correction.fromId(analysis.get("correction").asString()));
        }
        if (analysis.has("minShift")) {
            settings = new Settings(settings.reference(), settings.minGroup(), settings.tolerance(),
                    settings.confidence(), settings.alpha(), settings.correction(), analysis.get("minShift").asDouble());
        }
        return settings;
    }

    private static ColumnRef column(Document document, String pointer, String role) {
        Location at = document.locate(pointer);
        return new ColumnRef(document.root().at(pointer).asString(), role,
                ColumnRef.Origin.spec(document.name(), at.line(), at.column()));
    }

    private static Set<String> values(JsonNode node) {
        Set<String> values = new LinkedHashSet<>();
        if (node != null) {
            node.forEach(value -> values.add(value.isNumber() ? value.decimalValue().toPlainString() : value.asString()));
        }
        return values;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
