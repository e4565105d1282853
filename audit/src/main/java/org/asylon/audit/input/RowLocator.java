package org.asylon.audit.input;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the first rows whose value in a column is bad, to name them in an error message. Runs only
 * when something is wrong, on one thread so that row numbers follow the file's order.
 */
public final class RowLocator {

    /** A bad value and its data row (1-based, header not counted). */
    public record BadValue(long row, String value) {
    }

    private RowLocator() {
    }

    /** @param invalid a SQL condition on the text value {@code raw} that is true for bad values */
    public static List<BadValue> first(DataSource source, String column, String invalid, int limit) {
        String sql = "SELECT rn, raw FROM (SELECT row_number() OVER () AS rn, CAST(" + SqlText.identifier(column)
                + " AS VARCHAR) AS raw FROM " + source.relation() + ") WHERE raw IS NOT NULL AND raw <> '' AND ("
                + invalid + ") ORDER BY rn LIMIT " + limit;
        List<BadValue> found = new ArrayList<>();
        try (Connection connection = DuckDb.open(); Statement statement = connection.createStatement()) {
            statement.execute("SET threads = 1");
            statement.execute("SET preserve_insertion_order = true");
            try (ResultSet rows = statement.executeQuery(sql)) {
                while (rows.next()) {
                    found.add(new BadValue(rows.getLong(1), rows.getString(2)));
                }
            }
        } catch (SQLException e) {
            return List.of();
        }
        return found;
    }

    public static final String NOT_A_NUMBER = "NOT coalesce(isfinite(TRY_CAST(raw AS DOUBLE)), false)";
    public static final String NOT_A_TIMESTAMP = "TRY_CAST(raw AS TIMESTAMP) IS NULL";
}
