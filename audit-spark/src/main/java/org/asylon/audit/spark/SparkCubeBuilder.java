package org.asylon.audit.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.asylon.audit.cube.CellCounts;
import org.asylon.audit.cube.CellKey;
import org.asylon.audit.cube.CountCube;
import org.asylon.audit.cube.CubeLayout;
import org.asylon.audit.cube.CubeQuery;
import org.asylon.core.problem.InvalidInputException;
import org.asylon.core.problem.Problem;

/** Runs a {@link CubeQuery} in Spark SQL and collects its cells (few: one per combination of values) on the driver. */
final class SparkCubeBuilder {

    private SparkCubeBuilder() {
    }

    static CountCube build(SparkSession spark, CubeQuery query, SparkInput input) {
        List<Row> rows;
        try {
            rows = spark.sql(query.sql()).collectAsList();
        } catch (RuntimeException e) {
            throw new InvalidInputException(Problem.inFile(input.source().name(),
                    "cannot read as " + input.source().format().id().toUpperCase(java.util.Locale.ROOT) + ": " + firstLine(e)));
        }
        CubeLayout layout = query.layout();
        CountCube.Builder cube = CountCube.builder(layout);
        int groups = layout.groupAttributes().size();
        for (Row row : rows) {
            List<String> values = new ArrayList<>(groups);
            for (int i = 0; i < groups; i++) {
                values.add(row.isNullAt(i) ? CellKey.NOT_RECORDED : row.getString(i));
            }
            String decision = layout.decision() ? row.getAs("decision") : null;
            String truth = layout.truth() ? row.getAs("truth") : null;
            int band = layout.scored() ? row.<Integer>getAs("band") : CellKey.NO_SCORE;
            String window = layout.windowed() ? row.getAs("time_window") : null;
            long count = row.<Long>getAs("n_rows");
            long invalidScores = layout.scored() ? row.<Long>getAs("n_invalid_score") : 0;
            long invalidTimes = layout.windowed() ? row.<Long>getAs("n_invalid_time") : 0;
            double min = layout.scored() ? doubleOrNaN(row, "min_score") : Double.NaN;
            double max = layout.scored() ? doubleOrNaN(row, "max_score") : Double.NaN;
            cube.add(new CellKey(values, decision, truth, band, window),
                    new CellCounts(count, invalidScores, invalidTimes, min, max));
        }
        return cube.build();
    }

    private static double doubleOrNaN(Row row, String column) {
        Double value = row.getAs(column);
        return value == null ? Double.NaN : value;
    }

    /** The first line of an engine error, without the cause chain's stack traces that Spark puts in messages. */
    static String firstLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() != null ? root.getMessage() : e.getMessage();
        message = message == null ? root.getClass().getSimpleName() : message;
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
