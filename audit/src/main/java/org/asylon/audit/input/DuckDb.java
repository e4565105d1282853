package org.asylon.audit.input;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** An in-memory DuckDB database for one audit. */
public final class DuckDb {

    private DuckDb() {
    }

    public static Connection open() {
        try {
            Connection connection = DriverManager.getConnection("jdbc:duckdb:");
            try (Statement statement = connection.createStatement()) {
                // Spill files, if a very large cube ever needs them, go to the system's temporary directory.
                Path spill = Path.of(System.getProperty("java.io.tmpdir"), "asylon-duckdb");
                statement.execute("SET temp_directory = " + SqlText.literal(spill.toString()));
                statement.execute("SET preserve_insertion_order = false");
                statement.execute("SET enable_progress_bar = true");
                statement.execute("SET enable_progress_bar_print = false");
            }
            return connection;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot start DuckDB: " + e.getMessage(), e);
        }
    }

    /** The first line of a DuckDB error message, which names the problem without its internals. */
    public static String message(SQLException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        message = message.replaceFirst("^[A-Za-z ]+ Error: ", "");
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).trim();
    }
}
