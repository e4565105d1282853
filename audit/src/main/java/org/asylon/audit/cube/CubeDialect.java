package org.asylon.audit.cube;

import org.asylon.audit.input.SqlText;
import org.asylon.audit.spec.Window;

/**
 * What differs between the SQL engines that build a count cube; everything else in
 * {@link CubeQuery} is SQL both DuckDB and Spark read alike. An engine's dialect must give the
 * same values for the same data, so that its cube equals DuckDB's.
 */
public interface CubeDialect {

    /** DuckDB, the engine of {@code asylon audit}. */
    CubeDialect DUCKDB = new CubeDialect() {
        @Override
        public String identifier(String name) {
            return SqlText.identifier(name);
        }

        @Override
        public String textType() {
            return "VARCHAR";
        }

        @Override
        public String finiteOrNull(String number) {
            return "CASE WHEN isfinite(" + number + ") THEN " + number + " END";
        }

        @Override
        public String timestamp(String raw) {
            return "TRY_CAST(" + raw + " AS TIMESTAMP)";
        }

        @Override
        public String windowStart(String timestamp, Window window) {
            return "CAST(time_bucket(" + window.sqlInterval() + ", " + timestamp + ") AS DATE)";
        }
    };

    String identifier(String name);

    /** The name of the text type in casts. */
    String textType();

    /** The number if it is finite, else SQL NULL. */
    String finiteOrNull(String number);

    /** Text or a date read as a timestamp without time zone, NULL when it cannot be read. */
    String timestamp(String raw);

    /**
     * The first day of the timestamp's window, as a date: months and years counted from January
     * 2000, days and weeks from Monday 3 January 2000 (DuckDB's {@code time_bucket} origins).
     */
    String windowStart(String timestamp, Window window);
}
