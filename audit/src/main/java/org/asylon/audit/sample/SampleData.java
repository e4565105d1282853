package org.asylon.audit.sample;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.asylon.audit.input.DataFormat;
import org.asylon.audit.input.DuckDb;
import org.asylon.audit.input.SqlText;

/** Writes sample data to a file, all at once: a temporary file moved into place when complete. */
public final class SampleData {

    private SampleData() {
    }

    public static void write(SampleKind kind, long rows, long seed, Path target, DataFormat format) throws IOException {
        Path absolute = target.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path csv = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".csv.tmp");
        Path parquet = null;
        try {
            try (Writer out = new BufferedWriter(Files.newBufferedWriter(csv, StandardCharsets.UTF_8), 1 << 16)) {
                writeCsv(kind, rows, seed, out);
            }
            Path finished = csv;
            if (format == DataFormat.PARQUET) {
                parquet = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".parquet.tmp");
                toParquet(csv, parquet);
                finished = parquet;
            }
            try {
                Files.move(finished, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(finished, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(csv);
            if (parquet != null) {
                Files.deleteIfExists(parquet);
            }
        }
    }

    public static void writeCsv(SampleKind kind, long rows, long seed, Writer out) throws IOException {
        switch (kind) {
            case DECISIONS -> DecisionLogGenerator.write(out, rows, seed);
            case BIOMETRIC -> BiometricLogGenerator.write(out, rows, seed);
        }
    }

    private static void toParquet(Path csv, Path parquet) throws IOException {
        try (Connection connection = DuckDb.open(); Statement statement = connection.createStatement()) {
            // Typed as DuckDB detects them: scores as numbers, dates as dates, as a Parquet export would be.
            statement.execute("COPY (SELECT * FROM read_csv(" + SqlText.literal(csv.toString())
                    + ", header = true, sample_size = -1)) TO " + SqlText.literal(parquet.toString())
                    + " (FORMAT parquet, OVERWRITE_OR_IGNORE true)");
        } catch (SQLException e) {
            throw new IOException("cannot write Parquet: " + DuckDb.message(e), e);
        }
    }
}
