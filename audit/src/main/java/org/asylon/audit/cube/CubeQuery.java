package org.asylon.audit.cube;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.asylon.audit.input.DataColumns;
import org.asylon.audit.input.DataSource;
import org.asylon.audit.spec.AuditSpec;
import org.asylon.audit.spec.ColumnRef;

/**
 * The single SQL pass that turns a data file into a count cube. CSV values are read as text and
 * typed here (TRY_CAST), so that a score that is not a number or a timestamp that is not a date
 * is counted, not fatal; empty fields are missing values. Typed (Parquet) columns are used as they
 * are, since casting numbers to text for every row would cost more than the grouping.
 */
public record CubeQuery(CubeLayout layout, String sql) {

    /** The query for DuckDB. */
    public static CubeQuery of(AuditSpec spec, DataSource source, DataColumns columns) {
        return of(spec, source.relation(), columns, CubeDialect.DUCKDB);
    }

    /** @param relation the table expression that reads the data, in the dialect's SQL */
    public static CubeQuery of(AuditSpec spec, String relation, DataColumns columns, CubeDialect dialect) {
        Sql sql = new Sql(columns, dialect);
        List<BigDecimal> thresholds = spec.scoreSpec().map(score -> score.thresholds()).orElse(List.of());
        CubeLayout layout = new CubeLayout(spec.groupNames(), spec.decision() != null,
                spec.label() != null || spec.biometric() != null, thresholds,
                spec.timeSpec().map(time -> time.window().toString()).orElse(null));

        List<String> inner = new ArrayList<>();
        List<String> outer = new ArrayList<>();
        for (int i = 0; i < spec.groups().size(); i++) {
            inner.add(sql.text(spec.groups().get(i).name()) + " AS g" + i);
            outer.add("g" + i);
        }
        if (spec.decision() != null) {
            inner.add(sql.text(spec.decision().column().name()) + " AS decision");
            outer.add("decision");
        }
        ColumnRef truth = spec.label() != null ? spec.label().column()
                : spec.biometric() != null ? spec.biometric().genuine() : null;
        if (truth != null) {
            inner.add(sql.text(truth.name()) + " AS truth");
            outer.add("truth");
        }
        String measures = "count(*) AS n_rows";
        if (spec.score() != null) {
            String name = spec.score().column().name();
            inner.add(sql.present(name) + " AS score_present");
            inner.add(dialect.finiteOrNull("TRY_CAST(" + dialect.identifier(name) + " AS DOUBLE)") + " AS score");
            StringBuilder band = new StringBuilder("CASE WHEN score IS NULL THEN " + CellKey.NO_SCORE + " ELSE 0");
            for (BigDecimal threshold : thresholds) {
                band.append(" + CAST(score >= CAST('").append(threshold.toPlainString()).append("' AS DOUBLE) AS INTEGER)");
            }
            outer.add(band.append(" END AS band").toString());
            measures += ", count(*) FILTER (WHERE score_present AND score IS NULL) AS n_invalid_score"
                    + ", min(score) AS min_score, max(score) AS max_score";
        }
        if (spec.time() != null) {
            String name = spec.time().column().name();
            inner.add(sql.present(name) + " AS time_present");
            inner.add(dialect.timestamp(dialect.identifier(name)) + " AS ts");
            outer.add("CAST(" + dialect.windowStart("ts", spec.time().window()) + " AS " + dialect.textType()
                    + ") AS time_window");
            measures += ", count(*) FILTER (WHERE time_present AND ts IS NULL) AS n_invalid_time";
        }
        int keys = outer.size();
        return new CubeQuery(layout, "SELECT " + String.join(", ", outer) + ", " + measures
                + " FROM (SELECT " + String.join(", ", inner) + " FROM " + relation + ")"
                + " GROUP BY " + groupBy(keys));
    }

    /** Text columns are read as they are, empty meaning missing; typed columns are cast to text. */
    private record Sql(DataColumns columns, CubeDialect dialect) {

        String text(String name) {
            String raw = dialect.identifier(name);
            return columns.isText(name) ? "NULLIF(" + raw + ", '')" : "CAST(" + raw + " AS " + dialect.textType() + ")";
        }

        String present(String name) {
            String raw = dialect.identifier(name);
            return columns.isText(name) ? "(" + raw + " IS NOT NULL AND " + raw + " <> '')" : raw + " IS NOT NULL";
        }
    }

    private static String groupBy(int keys) {
        List<String> positions = new ArrayList<>();
        for (int i = 1; i <= keys; i++) {
            positions.add(String.valueOf(i));
        }
        return String.join(", ", positions);
    }
}
