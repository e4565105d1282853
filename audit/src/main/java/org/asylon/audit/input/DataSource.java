package org.asylon.audit.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.asylon.audit.spec.CsvOptions;
import org.asylon.core.problem.InvalidInputException;
import org.asylon.core.problem.Problem;

/**
 * A local data file to audit, with its format decided from its content: Parquet files begin
 * with the bytes {@code PAR1}; anything else must be text (CSV with a header row), or CSV
 * compressed with gzip or zstd when the name ends in {@code .gz} or {@code .zst}.
 */
public record DataSource(Path path, DataFormat format, CsvOptions csv, long bytes) {

    private static final byte[] PARQUET_MAGIC = {'P', 'A', 'R', '1'};
    private static final int SNIFF_BYTES = 64 * 1024;

    public static DataSource open(Path path, CsvOptions csv) {
        String name = path.toString();
        for (char c : new char[] {'*', '?', '[', '{'}) {
            if (path.getFileName() != null && path.getFileName().toString().indexOf(c) >= 0) {
                throw new InvalidInputException(Problem.inFile(name,
                        "file names containing '" + c + "' are read as patterns by the query engine; rename the file"));
            }
        }
        if (Files.isDirectory(path)) {
            throw new InvalidInputException(Problem.inFile(name, "is a directory, not a CSV or Parquet file"));
        }
        byte[] head;
        long size;
        try (InputStream in = Files.newInputStream(path)) {
            head = in.readNBytes(SNIFF_BYTES);
            size = Files.size(path);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(Problem.inFile(name, "no such file"));
        } catch (IOException e) {
            throw new InvalidInputException(Problem.inFile(name, "cannot read: " + e.getMessage()));
        }
        if (size == 0) {
            throw new InvalidInputException(Problem.inFile(name, "the file is empty"));
        }
        boolean parquetName = name.toLowerCase(Locale.ROOT).endsWith(".parquet");
        if (head.length >= 4 && Arrays.equals(head, 0, 4, PARQUET_MAGIC, 0, 4)) {
            return new DataSource(path, DataFormat.PARQUET, csv, size);
        }
        if (parquetName) {
            throw new InvalidInputException(Problem.inFile(name, "not a Parquet file (it does not begin with PAR1)"));
        }
        boolean compressed = name.toLowerCase(Locale.ROOT).endsWith(".gz") || name.toLowerCase(Locale.ROOT).endsWith(".zst");
        for (byte b : head) {
            if (b == 0 && !compressed) {
                throw new InvalidInputException(Problem.inFile(name,
                        "not a CSV or Parquet file (it holds binary data); give a CSV file with a header row or a Parquet file"));
            }
        }
        if (!compressed && new String(head, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            throw new InvalidInputException(Problem.inFile(name, "the file is empty (only white space)"));
        }
        return new DataSource(path, DataFormat.CSV, csv, size);
    }

    /** The DuckDB table expression that reads this file. CSV fields are read as text and typed by the audit. */
    public String relation() {
        String literal = SqlText.literal(path.toAbsolutePath().toString());
        if (format == DataFormat.PARQUET) {
            return "read_parquet(" + literal + ")";
        }
        StringBuilder sql = new StringBuilder("read_csv(").append(literal).append(", header = true, all_varchar = true");
        if (csv.delimiter() != null) {
            sql.append(", delim = ").append(SqlText.literal(csv.delimiter()));
        }
        if (csv.quote() != null) {
            sql.append(", quote = ").append(SqlText.literal(csv.quote()));
        }
        return sql.append(')').toString();
    }

    public String name() {
        return path.toString();
    }
}
