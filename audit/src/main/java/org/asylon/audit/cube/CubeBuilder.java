package org.asylon.audit.cube;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.asylon.audit.input.DataSource;
import org.asylon.audit.input.DuckDb;
import org.asylon.core.problem.InvalidInputException;
import org.asylon.core.problem.Problem;
import org.duckdb.DuckDBPreparedStatement;

/** Runs a {@link CubeQuery} in DuckDB and streams its result into a {@link CountCube}. */
public final class CubeBuilder {

    private static final long PROGRESS_INTERVAL_MILLIS = 250;

    private CubeBuilder() {
    }

    public static CountCube build(Connection connection, CubeQuery query, DataSource source, ProgressListener progress) {
        CubeLayout layout = query.layout();
        CountCube.Builder cube = CountCube.builder(layout);
        int groups = layout.groupAttributes().size();
        try (DuckDBPreparedStatement statement = connection.prepareStatement(query.sql()).unwrap(DuckDBPreparedStatement.class)) {
            progress.started();
            Thread poller = progress.wantsProgress() ? startPolling(statement, progress) : null;
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    List<String> values = new ArrayList<>(groups);
                    for (int i = 1; i <= groups; i++) {
                        String value = rows.getString(i);
                        values.add(value == null ? CellKey.NOT_RECORDED : value);
                    }
                    String decision = layout.decision() ? rows.getString("decision") : null;
                    String truth = layout.truth() ? rows.getString("truth") : null;
                    int band = layout.scored() ? rows.getInt("band") : CellKey.NO_SCORE;
                    String window = layout.windowed() ? rows.getString("time_window") : null;
                    long count = rows.getLong("n_rows");
                    long invalidScores = layout.scored() ? rows.getLong("n_invalid_score") : 0;
                    long invalidTimes = layout.windowed() ? rows.getLong("n_invalid_time") : 0;
                    double min = layout.scored() ? doubleOrNaN(rows, "min_score") : Double.NaN;
                    double max = layout.scored() ? doubleOrNaN(rows, "max_score") : Double.NaN;
                    cube.add(new CellKey(values, decision, truth, band, window),
                            new CellCounts(count, invalidScores, invalidTimes, min, max));
                }
            } finally {
                if (poller != null) {
                    poller.interrupt();
                    joinQuietly(poller);
                }
                progress.done();
            }
        } catch (SQLException e) {
            throw new InvalidInputException(Problem.inFile(source.name(),
                    "cannot read as " + source.format().id().toUpperCase(Locale.ROOT) + ": " + DuckDb.message(e)));
        }
        return cube.build();
    }

    private static void joinQuietly(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static double doubleOrNaN(ResultSet rows, String column) throws SQLException {
        double value = rows.getDouble(column);
        return rows.wasNull() ? Double.NaN : value;
    }

    private static Thread startPolling(DuckDBPreparedStatement statement, ProgressListener progress) {
        Thread poller = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    Thread.sleep(PROGRESS_INTERVAL_MILLIS);
                    double percent = statement.getQueryProgress().getPercentage();
                    if (percent >= 0) {
                        progress.progress(Math.min(100, percent));
                    }
                }
            } catch (InterruptedException | SQLException finished) {
                // the query ended; nothing more to report
            }
        }, "audit-progress");
        poller.setDaemon(true);
        poller.start();
        return poller;
    }
}
