package org.asylon.audit.cube;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.asylon.audit.input.DataColumns;
import org.asylon.audit.input.DataSource;
import org.asylon.audit.spec.AuditSpec;
import org.asylon.audit.spec.ColumnRef;

/**
 * The single SQL pass that turns a data file into a count cube. CSV values are read as text and
 * typed here (TRY_CAST), so that a score that is not a number or a timestamp that is not a date
 * is counted, not fatal; empty fields are missing values. Typed (Parquet) columns are used as they
 * are, since casting numbers to text for every row would cost more than the grouping.
 *
 * <p>The query aggregates twice. The pass over the rows groups by the values as they are read
 * (text as it stands, the score's band, the window's first day), which is as cheap as a plain
 * {@code GROUP BY}; a second aggregation over those few thousand groups then turns them into the
 * cube's cells: empty text becomes missing, windows become text, and cells that differ only in
 * what the first grouping kept apart (an empty field and a missing one) are added up.
 */
public record CubeQuery(CubeLayout layout, String sql) {

    /** The band of a row whose score is present but not a finite number; such rows fall in {@link CellKey#NO_SCORE}. */
    private static final int INVALID_SCORE = -2;

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

        List<String> values = new ArrayList<>();
        List<String> rowKeys = new ArrayList<>();
        List<String> rowMeasures = new ArrayList<>(List.of("count(*) AS cell_rows"));
        List<String> cellKeys = new ArrayList<>();
        List<String> cellMeasures = new ArrayList<>(List.of("CAST(sum(cell_rows) AS BIGINT) AS n_rows"));
        Map<String, String> textColumns = new LinkedHashMap<>();
        for (int i = 0; i < spec.groups().size(); i++) {
            textColumns.put("g" + i, spec.groups().get(i).name());
        }
        if (spec.decision() != null) {
            textColumns.put("decision", spec.decision().column().name());
        }
        ColumnRef truth = spec.label() != null ? spec.label().column()
                : spec.biometric() != null ? spec.biometric().genuine() : null;
        if (truth != null) {
            textColumns.put("truth", truth.name());
        }
        textColumns.forEach((alias, column) -> {
            values.add(sql.value(column) + " AS " + alias);
            rowKeys.add(alias);
            cellKeys.add(sql.emptyAsMissing(column, alias) + " AS " + alias);
        });
        if (spec.score() != null) {
            String name = spec.score().column().name();
            values.add(sql.present(name) + " AS score_present");
            values.add(dialect.finiteOrNull("TRY_CAST(" + dialect.identifier(name) + " AS DOUBLE)") + " AS score");
            StringBuilder band = new StringBuilder("CASE WHEN score IS NOT NULL THEN 0");
            for (BigDecimal threshold : thresholds) {
                band.append(" + CAST(score >= CAST('").append(threshold.toPlainString()).append("' AS DOUBLE) AS INTEGER)");
            }
            rowKeys.add(band.append(" WHEN score_present THEN ").append(INVALID_SCORE).append(" ELSE ")
                    .append(CellKey.NO_SCORE).append(" END AS score_band").toString());
            rowMeasures.add("min(score) AS low");
            rowMeasures.add("max(score) AS high");
            cellKeys.add("CASE WHEN score_band < 0 THEN " + CellKey.NO_SCORE + " ELSE score_band END AS band");
            cellMeasures.add(count("score_band = " + INVALID_SCORE) + " AS n_invalid_score");
            cellMeasures.add("min(low) AS min_score");
            cellMeasures.add("max(high) AS max_score");
        }
        if (spec.time() != null) {
            String name = spec.time().column().name();
            values.add(sql.present(name) + " AS time_present");
            values.add(dialect.timestamp(dialect.identifier(name)) + " AS ts");
            rowKeys.add(dialect.windowStart("ts", spec.time().window()) + " AS window_start");
            rowKeys.add("(time_present AND ts IS NULL) AS time_invalid");
            cellKeys.add("CAST(window_start AS " + dialect.textType() + ") AS time_window");
            cellMeasures.add(count("time_invalid") + " AS n_invalid_time");
        }
        String rows = "SELECT " + String.join(", ", values) + " FROM " + relation;
        String firstGrouping = "SELECT " + String.join(", ", rowKeys) + ", " + String.join(", ", rowMeasures)
                + " FROM (" + rows + ") GROUP BY " + positions(rowKeys.size());
        return new CubeQuery(layout, "SELECT " + String.join(", ", cellKeys) + ", " + String.join(", ", cellMeasures)
                + " FROM (" + firstGrouping + ") GROUP BY " + positions(cellKeys.size()));
    }

    /** The rows of the first grouping's groups that meet the condition, as a count (0 when none). */
    private static String count(String condition) {
        return "CAST(coalesce(sum(cell_rows) FILTER (WHERE " + condition + "), 0) AS BIGINT)";
    }

    /**
     * Text columns are grouped as they are read and made missing when empty only in the second
     * aggregation; typed columns are cast to text for every row, since values that compare equal
     * can read differently as text (0.0 and -0.0).
     */
    private record Sql(DataColumns columns, CubeDialect dialect) {

        String value(String name) {
            String raw = dialect.identifier(name);
            return columns.isText(name) ? raw : "CAST(" + raw + " AS " + dialect.textType() + ")";
        }

        String emptyAsMissing(String name, String alias) {
            return columns.isText(name) ? "NULLIF(" + alias + ", '')" : alias;
        }

        String present(String name) {
            String raw = dialect.identifier(name);
            return columns.isText(name) ? "(" + raw + " IS NOT NULL AND " + raw + " <> '')" : raw + " IS NOT NULL";
        }
    }

    private static String positions(int keys) {
        List<String> positions = new ArrayList<>();
        for (int i = 1; i <= keys; i++) {
            positions.add(String.valueOf(i));
        }
        return String.join(", ", positions);
    }
}
