package org.asylon.audit.input;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.asylon.audit.cube.CellCounts;
import org.asylon.audit.cube.CellKey;
import org.asylon.audit.cube.CountCube;
import org.asylon.audit.metric.TruthValues;
import org.asylon.audit.spec.AuditSpec;
import org.asylon.audit.spec.ColumnRef;
import org.asylon.core.problem.Problem;
import org.asylon.core.problem.Problems;

/**
 * Checks what the single pass found against what the audit needs: rows at all, numbers where a
 * score is expected, timestamps where a time is expected, the named favourable values, a binary
 * label, thresholds inside the score's range. Every problem is collected before any is reported.
 */
public final class InputChecks {

    private final AuditSpec spec;
    private final DataSource source;

    public InputChecks(AuditSpec spec, DataSource source) {
        this.spec = spec;
        this.source = source;
    }

    /** @return the positive values of the truth column (or {@code null} without one), once all checks pass */
    public TruthValues check(CountCube cube) {
        Problems problems = new Problems();
        if (cube.rows() == 0) {
            problems.add(Problem.inFile(source.name(), "no data rows (the file has a header only)"));
            problems.throwIfAny();
        }
        long invalidScores = 0;
        long invalidTimes = 0;
        double min = Double.NaN;
        double max = Double.NaN;
        Map<String, Long> decisions = new TreeMap<>();
        Map<String, Long> truths = new TreeMap<>();
        for (Map.Entry<CellKey, CellCounts> cell : cube.cells().entrySet()) {
            CellCounts counts = cell.getValue();
            invalidScores += counts.invalidScores();
            invalidTimes += counts.invalidTimes();
            if (!Double.isNaN(counts.minScore())) {
                min = Double.isNaN(min) ? counts.minScore() : Math.min(min, counts.minScore());
                max = Double.isNaN(max) ? counts.maxScore() : Math.max(max, counts.maxScore());
            }
            if (cell.getKey().decision() != null) {
                decisions.merge(cell.getKey().decision(), counts.rows(), Long::sum);
            }
            if (cell.getKey().truth() != null) {
                truths.merge(cell.getKey().truth(), counts.rows(), Long::sum);
            }
        }
        if (invalidScores > 0) {
            problems.add(badValues(spec.score().column(), invalidScores, RowLocator.NOT_A_NUMBER,
                    "not a finite number (NaN, infinite and text values cannot be scores)"));
        }
        if (invalidTimes > 0) {
            problems.add(badValues(spec.time().column(), invalidTimes, RowLocator.NOT_A_TIMESTAMP,
                    "not a timestamp (write YYYY-MM-DD or YYYY-MM-DD HH:MM:SS)"));
        }
        if (spec.decision() != null) {
            checkDecision(decisions, problems);
        }
        if (spec.score() != null && invalidScores == 0) {
            checkThresholds(min, max, problems);
        }
        TruthValues truth = null;
        ColumnRef truthColumn = spec.label() != null ? spec.label().column()
                : spec.biometric() != null ? spec.biometric().genuine() : null;
        if (truthColumn != null) {
            Set<String> named = spec.label() != null ? spec.label().favourable()
                    : spec.biometric().genuineValue() == null ? Set.of() : Set.of(spec.biometric().genuineValue());
            Set<String> hints = spec.label() != null && spec.decision() != null ? spec.decision().favourable() : Set.of();
            TruthValues.Resolution resolution = TruthValues.resolve(named, hints, truths);
            if (resolution.problem() != null) {
                String naming = spec.label() != null ? "--label-favourable VALUE, or columns.label.favourable in a spec"
                        : "--genuine-value VALUE, or columns.genuine.value in a spec";
                problems.add(truthColumn.origin().problem(source.name(), truthColumn.role() + " column '"
                        + truthColumn.name() + "' " + resolution.problem() + " (" + naming + ")"));
            }
            truth = resolution.values();
        }
        problems.throwIfAny();
        return truth;
    }

    private Problem badValues(ColumnRef column, long count, String condition, String what) {
        List<RowLocator.BadValue> first = RowLocator.first(source, column.name(), condition, 3);
        StringBuilder message = new StringBuilder("column '").append(column.name()).append("' (").append(column.role())
                .append("): ").append(count).append(count == 1 ? " value is " : " values are ").append(what);
        if (!first.isEmpty()) {
            message.append("; first at row ").append(first.get(0).row()).append(": '").append(first.get(0).value()).append('\'');
            if (first.size() > 1) {
                message.append(", then rows ");
                for (int i = 1; i < first.size(); i++) {
                    message.append(i > 1 ? ", " : "").append(first.get(i).row());
                }
            }
            long line = source.format() == DataFormat.CSV ? first.get(0).row() + 1 : 0;
            return new Problem(source.name(), (int) Math.min(line, Integer.MAX_VALUE), 0, message.toString());
        }
        return Problem.inFile(source.name(), message.toString());
    }

    private void checkDecision(Map<String, Long> decisions, Problems problems) {
        ColumnRef column = spec.decision().column();
        if (decisions.isEmpty()) {
            problems.add(column.origin().problem(source.name(), "decision column '" + column.name() + "' has no values"));
            return;
        }
        Map<String, Set<String>> named = new LinkedHashMap<>();
        named.put("favourable", spec.decision().favourable());
        named.put("adverse", spec.decision().adverse());
        named.forEach((side, values) -> {
            for (String value : values) {
                if (!decisions.containsKey(value)) {
                    problems.add(column.origin().problem(source.name(), "the " + side + " decision '" + value
                            + "' never occurs in column '" + column.name() + "' (its values: " + describe(decisions) + ")"));
                }
            }
        });
    }

    private void checkThresholds(double min, double max, Problems problems) {
        ColumnRef column = spec.score().column();
        if (Double.isNaN(min)) {
            problems.add(column.origin().problem(source.name(), "score column '" + column.name() + "' has no values"));
            return;
        }
        for (BigDecimal threshold : spec.score().thresholds()) {
            double t = threshold.doubleValue();
            if (t < min || t > max) {
                problems.add(column.origin().problem(source.name(), "threshold " + threshold.toPlainString()
                        + " is outside the range of score column '" + column.name() + "' (" + min + " to " + max + ")"));
            }
        }
    }

    private static String describe(Map<String, Long> counts) {
        StringBuilder out = new StringBuilder();
        int shown = 0;
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            if (shown++ == 12) {
                out.append(", ...");
                break;
            }
            out.append(out.isEmpty() ? "" : ", ").append('\'').append(e.getKey()).append("' ").append(e.getValue());
        }
        return out.toString();
    }
}
