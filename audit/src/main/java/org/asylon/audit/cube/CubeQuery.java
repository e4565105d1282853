package org.asylon.audit.cube;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.asylon.audit.input.DataColumns;
import org.asylon.audit.input.DataSource;
import org.asylon.audit.input.SqlText;
import org.asylon.audit.spec.AuditSpec;
import org.asylon.audit.spec.ColumnRef;

/**
 * The single SQL pass that turns a data file into a count cube. CSV values are read as text and
 * typed here (TRY_CAST), so that a score that is not a number or a timestamp that is not a date
 * is counted, not fatal; empty fields are missing values. Typed (Parquet) columns are used as they
 * are, since casting numbers to text for every row would cost more than the grouping.
 */
public record CubeQuery(CubeLayout layout, String sql) {

    public static CubeQuery of(AuditSpec spec, DataSource source, DataColumns columns) {
        List<BigDecimal> thresholds = spec.scoreSpec().map(score -> score.thresholds()).orElse(List.of());
        CubeLayout layout = new CubeLayout(spec.groupNames(), spec.decision() != null,
                spec.label() != null || spec.biometric() != null, thresholds,
                spec.timeSpec().map(time -> time.window().toString()).orElse(null));

        List<String> inner = new ArrayList<>();
        List<String> outer = new ArrayList<>();
        for (int i = 0; i < spec.groups().size(); i++) {
            inner.add(text(spec.groups().get(i), columns) + " AS g" + i);
            outer.add("g" + i);
        }
        if (spec.decision() != null) {
            inner.add(text(spec.decision().column(), columns) + " AS decision");
            outer.add("decision");
        }
        ColumnRef truth = spec.label() != null ? spec.label().column()
                : spec.biometric() != null ? spec.biometric().genuine() : null;
        if (truth != null) {
            inner.add(text(truth, columns) + " AS truth");
            outer.add("truth");
        }
        String measures = "count(*) AS n_rows";
        if (spec.score() != null) {
            String name = spec.score().column().name();
            String raw = SqlText.identifier(name);
            String number = "TRY_CAST(" + raw + " AS DOUBLE)";
            inner.add(present(name, columns) + " AS score_present");
            inner.add("CASE WHEN isfinite(" + number + ") THEN " + number + " END AS score");
            StringBuilder band = new StringBuilder("CASE WHEN score IS NULL THEN " + CellKey.NO_SCORE + " ELSE 0");
            for (BigDecimal threshold : thresholds) {
                band.append(" + (score >= CAST('").append(threshold.toPlainString()).append("' AS DOUBLE))::INTEGER");
            }
            outer.add(band.append(" END AS band").toString());
            measures += ", count(*) FILTER (WHERE score_present AND score IS NULL) AS n_invalid_score"
                    + ", min(score) AS min_score, max(score) AS max_score";
        }
        if (spec.time() != null) {
            String name = spec.time().column().name();
            String raw = SqlText.identifier(name);
            inner.add(present(name, columns) + " AS time_present");
            inner.add("TRY_CAST(" + raw + " AS TIMESTAMP) AS ts");
            outer.add("CAST(time_bucket(" + spec.time().window().sqlInterval() + ", ts) AS DATE) AS time_window");
            measures += ", count(*) FILTER (WHERE time_present AND ts IS NULL) AS n_invalid_time";
        }
        int keys = outer.size();
        String sql = "SELECT " + String.join(", ", outer) + ", " + measures
                + " FROM (SELECT " + String.join(", ", inner) + " FROM " + source.relation() + ")"
                + " GROUP BY " + groupBy(keys);
        return new CubeQuery(layout, sql);
    }

    private static String text(ColumnRef column, DataColumns columns) {
        String raw = SqlText.identifier(column.name());
        return columns.isText(column.name()) ? "NULLIF(" + raw + ", '')" : "CAST(" + raw + " AS VARCHAR)";
    }

    private static String present(String name, DataColumns columns) {
        String raw = SqlText.identifier(name);
        return columns.isText(name) ? "(" + raw + " IS NOT NULL AND " + raw + " <> '')" : raw + " IS NOT NULL";
    }

    private static String groupBy(int keys) {
        List<String> positions = new ArrayList<>();
        for (int i = 1; i <= keys; i++) {
            positions.add(String.valueOf(i));
        }
        return String.join(", ", positions);
    }
}
