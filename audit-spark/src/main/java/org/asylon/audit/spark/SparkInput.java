package org.asylon.audit.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;
import org.asylon.audit.input.DataColumns;
import org.asylon.audit.input.DataFormat;
import org.asylon.audit.input.DataSource;
import org.asylon.audit.spec.CsvOptions;
import org.asylon.core.document.Digests;
import org.asylon.core.problem.InvalidInputException;
import org.asylon.core.problem.Problem;

/**
 * A data file as Spark reads it: a local path or any file system Spark knows (hdfs://, s3a://...).
 * A local file is checked exactly as the DuckDB engine checks it; a remote one by its size and
 * first bytes. CSV fields are read as text, as the DuckDB engine reads them.
 */
record SparkInput(DataSource source, String location, Dataset<Row> rows, DataColumns columns) {

    static final String VIEW = "asylon_audit_input";
    private static final byte[] PARQUET_MAGIC = {'P', 'A', 'R', '1'};
    private static final String[] DELIMITERS = {",", ";", "\t", "|"};

    static SparkInput open(SparkSession spark, String location, CsvOptions csv) {
        org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(location);
        String scheme = path.toUri().getScheme();
        DataSource source = scheme == null || scheme.equals("file")
                ? DataSource.open(Path.of(path.toUri().getPath()), csv)
                : remote(spark, path, location, csv);
        Dataset<Row> rows;
        try {
            rows = source.format() == DataFormat.PARQUET ? spark.read().parquet(location) : csvReader(spark, source, location)
                    .csv(location);
        } catch (RuntimeException e) {
            throw new InvalidInputException(Problem.inFile(location, "cannot read as " + source.format().id() + ": "
                    + SparkCubeBuilder.firstLine(e)));
        }
        rows.createOrReplaceTempView(VIEW);
        List<String> names = new ArrayList<>();
        List<String> types = new ArrayList<>();
        for (StructField field : rows.schema().fields()) {
            names.add(field.name());
            types.add(field.dataType() instanceof StringType ? "VARCHAR" : field.dataType().simpleString());
        }
        return new SparkInput(source, location, rows, new DataColumns(names, types));
    }

    private static DataFrameReader csvReader(SparkSession spark, DataSource source, String location) {
        String delimiter = source.csv().delimiter() != null ? source.csv().delimiter() : delimiter(spark, location);
        DataFrameReader reader = spark.read().option("header", "true").option("inferSchema", "false")
                .option("sep", delimiter).option("mode", "FAILFAST");
        return source.csv().quote() != null ? reader.option("quote", source.csv().quote()) : reader;
    }

    /** The delimiter of the header line: the candidate that occurs most often outside quotes (a comma if none does). */
    static String delimiter(SparkSession spark, String location) {
        String header = header(spark, location);
        String best = ",";
        int most = 0;
        for (String candidate : DELIMITERS) {
            int count = 0;
            boolean quoted = false;
            for (char c : header.toCharArray()) {
                quoted ^= c == '"';
                count += !quoted && c == candidate.charAt(0) ? 1 : 0;
            }
            if (count > most) {
                best = candidate;
                most = count;
            }
        }
        return best;
    }

    private static String header(SparkSession spark, String location) {
        org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(location);
        try (InputStream in = fileSystem(spark, path).open(path)) {
            byte[] head = in.readNBytes(64 * 1024);
            String text = new String(head, StandardCharsets.UTF_8);
            int end = text.indexOf('\n');
            return end < 0 ? text : text.substring(0, end);
        } catch (IOException e) {
            throw new InvalidInputException(Problem.inFile(location, "cannot read: " + e.getMessage()));
        }
    }

    private static DataSource remote(SparkSession spark, org.apache.hadoop.fs.Path path, String location, CsvOptions csv) {
        try {
            FileSystem fs = fileSystem(spark, path);
            FileStatus status = fs.getFileStatus(path);
            if (status.isDirectory()) {
                throw new InvalidInputException(Problem.inFile(location, "is a directory, not a CSV or Parquet file"));
            }
            if (status.getLen() == 0) {
                throw new InvalidInputException(Problem.inFile(location, "the file is empty"));
            }
            byte[] magic = new byte[4];
            try (FSDataInputStream in = fs.open(path)) {
                int read = in.readNBytes(magic, 0, 4);
                boolean parquet = read == 4 && Arrays.equals(magic, PARQUET_MAGIC);
                return new DataSource(Path.of(location), parquet ? DataFormat.PARQUET : DataFormat.CSV, csv, status.getLen());
            }
        } catch (FileNotFoundException e) {
            throw new InvalidInputException(Problem.inFile(location, "no such file"));
        } catch (IOException e) {
            throw new InvalidInputException(Problem.inFile(location, "cannot read: " + e.getMessage()));
        }
    }

    /** The SHA-256 of the file's bytes, read through Spark's file system (recorded in the provenance). */
    String sha256(SparkSession spark) {
        org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(location);
        try (InputStream in = fileSystem(spark, path).open(path)) {
            return Digests.sha256(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FileSystem fileSystem(SparkSession spark, org.apache.hadoop.fs.Path path) throws IOException {
        return path.getFileSystem(spark.sparkContext().hadoopConfiguration());
    }
}
