package org.asylon.app.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.asylon.audit.spec.AuditSpec;
import org.asylon.audit.spec.BiometricSpec;
import org.asylon.audit.spec.CsvOptions;
import org.asylon.audit.spec.ColumnRef;
import org.asylon.audit.spec.DecisionSpec;
import org.asylon.audit.spec.LabelSpec;
import org.asylon.audit.spec.ReferencePolicy;
import org.asylon.audit.spec.ScoreDirection;
import org.asylon.audit.spec.ScoreSpec;
import org.asylon.audit.spec.Settings;
import org.asylon.audit.spec.TimeSpec;
import org.asylon.audit.spec.ToleranceBand;
import org.asylon.audit.spec.Window;
import org.asylon.audit.statistics.ConfidenceLevel;
import org.asylon.audit.statistics.Correction;
import org.asylon.core.problem.Problem;
import org.asylon.core.problem.Suggestions;

/**
 * The column mapping form, exactly as typed (so nothing is lost when it is shown again with its
 * problems), and its translation into an audit spec. Lists of values are comma-separated.
 */
public record AuditMapping(List<String> groups, String decision, String favourable, String label,
                           String labelFavourable, String score, String thresholds, String scoreFavourable,
                           String time, String window, String reference, String referenceGroup, String minGroup,
                           String tolerance, String adverse, String genuine, String genuineValue, String confidence,
                           String alpha, String correction, String delimiter) {

    public static final List<String> REFERENCES = List.of("largest", "favourable", "overall", "named");
    public static final List<String> CORRECTIONS = Arrays.stream(Correction.values()).map(Correction::id).toList();

    public AuditMapping {
        groups = groups == null ? List.of() : groups.stream().filter(g -> g != null && !g.isBlank()).toList();
        decision = trim(decision);
        favourable = trim(favourable);
        label = trim(label);
        labelFavourable = trim(labelFavourable);
        score = trim(score);
        thresholds = trim(thresholds);
        scoreFavourable = trim(scoreFavourable).isEmpty() ? "high" : trim(scoreFavourable);
        time = trim(time);
        window = trim(window).isEmpty() ? "P1M" : trim(window);
        reference = trim(reference).isEmpty() ? "largest" : trim(reference);
        referenceGroup = trim(referenceGroup);
        minGroup = trim(minGroup).isEmpty() ? String.valueOf(Settings.DEFAULT_MIN_GROUP) : trim(minGroup);
        tolerance = trim(tolerance).isEmpty() ? "0.8" : trim(tolerance);
        adverse = trim(adverse);
        genuine = trim(genuine);
        genuineValue = trim(genuineValue);
        confidence = orDefault(confidence, String.valueOf(Settings.DEFAULTS.confidence().level()));
        alpha = orDefault(alpha, String.valueOf(Settings.DEFAULTS.alpha()));
        correction = orDefault(correction, Settings.DEFAULTS.correction().id());
        // A delimiter made only of white space (a space, a tab) is kept as it is.
        delimiter = delimiter == null ? "" : delimiter.isBlank() ? delimiter : delimiter.strip();
    }

    /** The form as first shown: the documented defaults, no column chosen yet. */
    public static AuditMapping defaults() {
        return new AuditMapping(List.of(), "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
                "");
    }

    /** A problem with one field of the form: a message key and its arguments, and any located problems under it. */
    public record FieldError(String key, List<Object> args, List<Problem> details) {

        public FieldError {
            args = List.copyOf(args);
            details = List.copyOf(details);
        }

        public FieldError(String key, List<Object> args) {
            this(key, args, List.of());
        }
    }

    /** The spec, or the problems of each field (never both). */
    public record Checked(AuditSpec spec, Map<String, FieldError> errors) {
    }

    public boolean selected(String group) {
        return groups.contains(group);
    }

    /** Chosen group columns the file does not have (kept, to be shown with their problem). */
    public List<String> unknownGroups(List<String> columns) {
        return groups.stream().filter(g -> !columns.contains(g)).toList();
    }

    public Checked check(List<String> columns, String specId) {
        Map<String, FieldError> errors = new LinkedHashMap<>();
        AuditSpec.Builder spec = new AuditSpec.Builder();
        spec.id = specId;
        if (groups.isEmpty()) {
            errors.put("groups", error("audit.error.groupRequired"));
        }
        List<ColumnRef> groupRefs = new ArrayList<>();
        for (String group : groups) {
            column("groups", group, columns, errors);
            groupRefs.add(ref(group, "group"));
        }
        spec.groups = groupRefs;
        if (!genuine.isEmpty()) {
            checkBiometric(columns, errors, spec);
        } else if (decision.isEmpty()) {
            errors.put("decision", error("audit.error.decisionRequired"));
        } else if (column("decision", decision, columns, errors)) {
            checkDecisionValues(errors, spec);
        }
        if (decision.isEmpty() && (!favourable.isEmpty() || !adverse.isEmpty())) {
            errors.putIfAbsent(favourable.isEmpty() ? "adverse" : "favourable", error("audit.error.needsDecision"));
        }
        if (genuine.isEmpty() && !genuineValue.isEmpty()) {
            errors.put("genuineValue", error("audit.error.needsGenuine"));
        }
        if (!label.isEmpty() && column("label", label, columns, errors)) {
            spec.label = new LabelSpec(ref(label, "label"), values(labelFavourable));
        } else if (label.isEmpty() && !labelFavourable.isEmpty()) {
            errors.put("labelFavourable", error("audit.error.needsLabel"));
        }
        checkScore(columns, errors, spec);
        if (!time.isEmpty() && column("time", time, columns, errors)) {
            try {
                spec.time = new TimeSpec(ref(time, "time"), Window.parse(window));
            } catch (IllegalArgumentException e) {
                errors.put("window", error("audit.error.window", window));
            }
        }
        spec.settings = settings(errors);
        spec.csv = csv(errors);
        if (!errors.isEmpty()) {
            return new Checked(null, errors);
        }
        return new Checked(spec.build(), Map.of());
    }

    /** Biometric mode: comparison pairs, a genuine-pair flag and a score; no decision column. */
    private void checkBiometric(List<String> columns, Map<String, FieldError> errors, AuditSpec.Builder spec) {
        if (!decision.isEmpty()) {
            errors.put("genuine", error("audit.error.decisionOrGenuine"));
        } else if (column("genuine", genuine, columns, errors)) {
            spec.biometric = new BiometricSpec(ref(genuine, "genuine pair"), genuineValue.isEmpty() ? null : genuineValue);
        }
        if (score.isEmpty()) {
            errors.put("score", error("audit.error.biometricScore"));
        }
    }

    /** The favourable values, or else the adverse ones (every other value is then favourable); not both. */
    private void checkDecisionValues(Map<String, FieldError> errors, AuditSpec.Builder spec) {
        Set<String> good = values(favourable);
        Set<String> bad = values(adverse);
        if (good.isEmpty() && bad.isEmpty()) {
            errors.put("favourable", error("audit.error.favourableRequired"));
        } else if (!good.isEmpty() && !bad.isEmpty()) {
            errors.put("adverse", error("audit.error.favourableOrAdverse"));
        } else {
            spec.decision = new DecisionSpec(ref(decision, "decision"), good, bad);
        }
    }

    /** How to read a CSV file: the delimiter typed (one to four characters, or {@code tab}), else detected. */
    public CsvOptions csvOptions() {
        if (delimiter.isEmpty()) {
            return CsvOptions.DETECT;
        }
        String value = delimiter.equalsIgnoreCase("tab") || delimiter.equals("\\t") ? "\t" : delimiter;
        return value.length() <= 4 ? new CsvOptions(value, null) : null;
    }

    private CsvOptions csv(Map<String, FieldError> errors) {
        CsvOptions csv = csvOptions();
        if (csv == null) {
            errors.put("delimiter", error("audit.error.delimiter", delimiter));
            return CsvOptions.DETECT;
        }
        return csv;
    }

    private void checkScore(List<String> columns, Map<String, FieldError> errors, AuditSpec.Builder spec) {
        if (score.isEmpty()) {
            if (!thresholds.isEmpty()) {
                errors.put("thresholds", error("audit.error.needsScore"));
            }
            return;
        }
        if (!column("score", score, columns, errors)) {
            return;
        }
        List<BigDecimal> cuts = new ArrayList<>();
        for (String value : values(thresholds)) {
            try {
                cuts.add(new BigDecimal(value));
            } catch (NumberFormatException e) {
                errors.put("thresholds", error("audit.error.number", value));
                return;
            }
        }
        if (cuts.isEmpty()) {
            errors.put("thresholds", error("audit.error.thresholdRequired"));
            return;
        }
        ScoreDirection direction = switch (scoreFavourable.toLowerCase(Locale.ROOT)) {
            case "low" -> ScoreDirection.LOW;
            case "high" -> ScoreDirection.HIGH;
            default -> null;
        };
        if (direction == null) {
            errors.put("scoreFavourable", error("audit.error.choice", scoreFavourable));
            return;
        }
        spec.score = new ScoreSpec(ref(score, "score"), cuts, direction);
    }

    private Settings settings(Map<String, FieldError> errors) {
        Settings settings = Settings.DEFAULTS;
        switch (reference) {
            case "largest" -> settings = settings.withReference(new ReferencePolicy.Largest());
            case "favourable" -> settings = settings.withReference(new ReferencePolicy.MostFavourable());
            case "overall" -> settings = settings.withReference(new ReferencePolicy.Overall());
            case "named" -> {
                if (referenceGroup.isEmpty()) {
                    errors.put("referenceGroup", error("audit.error.referenceGroupRequired"));
                } else {
                    settings = settings.withReference(new ReferencePolicy.Named(referenceGroup));
                }
            }
            default -> errors.put("reference", error("audit.error.choice", reference));
        }
        try {
            int n = Integer.parseInt(minGroup);
            if (n < 1) {
                throw new NumberFormatException();
            }
            settings = settings.withMinGroup(n);
        } catch (NumberFormatException e) {
            errors.put("minGroup", error("audit.error.minGroup", minGroup));
        }
        try {
            settings = settings.withTolerance(ToleranceBand.of(new BigDecimal(tolerance)));
        } catch (IllegalArgumentException e) {
            errors.put("tolerance", error("audit.error.tolerance", tolerance));
        }
        Double level = fraction("confidence", confidence, errors);
        if (level != null) {
            settings = settings.withConfidence(new ConfidenceLevel(level));
        }
        Double significance = fraction("alpha", alpha, errors);
        if (significance != null) {
            settings = settings.withAlpha(significance);
        }
        try {
            settings = settings.withCorrection(Correction.fromId(correction));
        } catch (IllegalArgumentException e) {
            errors.put("correction", error("audit.error.choice", correction));
        }
        return settings;
    }

    /** A number strictly between 0 and 1, or {@code null} with the field's problem. */
    private static Double fraction(String field, String text, Map<String, FieldError> errors) {
        try {
            double value = Double.parseDouble(text);
            if (value > 0 && value < 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.put(field, error("audit.error.fraction", text));
        return null;
    }

    /** Whether the column exists; if not, the field's problem names the closest column. */
    private static boolean column(String field, String name, List<String> columns,
                                  Map<String, FieldError> errors) {
        if (columns.contains(name)) {
            return true;
        }
        errors.putIfAbsent(field, Suggestions.closest(name, columns)
                .map(closest -> error("audit.error.noColumnSuggest", name, closest))
                .orElseGet(() -> error("audit.error.noColumn", name)));
        return false;
    }

    private static ColumnRef ref(String name, String role) {
        return ColumnRef.fromOption(name, role, role);
    }

    private static Set<String> values(String text) {
        Set<String> values = new LinkedHashSet<>();
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                values.add(part.strip());
            }
        }
        return values;
    }

    private static FieldError error(String key, Object... args) {
        return new FieldError(key, List.of(args));
    }

    private static String trim(String value) {
        return value == null ? "" : value.strip();
    }

    private static String orDefault(String value, String fallback) {
        return trim(value).isEmpty() ? fallback : trim(value);
    }
}
