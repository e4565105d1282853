package org.asylon.audit.input;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/** An in-memory DuckDB database for one audit. */
public final class DuckDb {

    private static final AtomicReference<CompletableFuture<Connection>> AHEAD = new AtomicReference<>();

    private DuckDb() {
    }

    /**
     * Starts opening a database on a background thread, for a process that is sure to need one
     * (the audit command): DuckDB's first connection unpacks and loads its native library, which
     * takes a few hundred milliseconds that can pass while the command line is still being read.
     * The next {@link #open()} takes this connection.
     */
    public static void openAhead() {
        CompletableFuture<Connection> ahead = new CompletableFuture<>();
        if (AHEAD.compareAndSet(null, ahead)) {
            Thread opener = new Thread(() -> {
                try {
                    ahead.complete(connect());
                } catch (RuntimeException | Error e) {
                    ahead.completeExceptionally(e);
                }
            }, "duckdb-open");
            opener.setDaemon(true);
            opener.start();
        }
    }

    public static Connection open() {
        CompletableFuture<Connection> ahead = AHEAD.getAndSet(null);
        if (ahead != null) {
            try {
                return ahead.join();
            } catch (RuntimeException e) {
                // opened here instead, so that the failure is reported as it would have been
            }
        }
        return connect();
    }

    private static Connection connect() {
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
