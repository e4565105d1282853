package org.asylon.audit.cube;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.asylon.audit.input.DataColumns;
import org.asylon.audit.input.DataSource;
import org.asylon.audit.input.DuckDb;
import org.asylon.audit.sample.SampleData;
import org.asylon.audit.sample.SampleKind;
import org.asylon.audit.spec.AuditSpec;
import org.asylon.audit.spec.ColumnRef;
import org.asylon.audit.spec.CsvOptions;
import org.asylon.audit.spec.DecisionSpec;
import org.asylon.audit.spec.ScoreDirection;
import org.asylon.audit.spec.ScoreSpec;
import org.asylon.audit.spec.TimeSpec;
import org.asylon.audit.spec.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CountCubeTest {

    @TempDir
    Path temp;

    private static AuditSpec spec() {
        AuditSpec.Builder spec = new AuditSpec.Builder();
        spec.groups = List.of(ColumnRef.fromOption("nationality", "group", "--group"),
                ColumnRef.fromOption("sex", "group", "--group"));
        spec.decision = new DecisionSpec(ColumnRef.fromOption("recommendation", "decision", "--decision"),
                Set.of("release"), Set.of());
        return spec.build();
    }

    private static CountCube cube(Path file) throws Exception {
        DataSource source = DataSource.open(file, CsvOptions.DETECT);
        try (Connection connection = DuckDb.open()) {
            return CubeBuilder.build(connection, CubeQuery.of(spec(), source, DataColumns.of(connection, source)), source,
                    ProgressListener.NONE);
        }
    }

    @Test
    void theCubeHoldsTheSameCountsAsAPlainReadOfTheFile() throws Exception {
        StringWriter csv = new StringWriter();
        SampleData.writeCsv(SampleKind.DECISIONS, 5000, 7, csv);
        Path file = Files.writeString(temp.resolve("log.csv"), csv.toString());

        // The independent path: split each line and count by (nationality, sex, recommendation).
        Map<List<String>, Long> expected = new HashMap<>();
        List<String> lines = csv.toString().lines().toList();
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(",", -1);
            List<String> key = new ArrayList<>();
            key.add(fields[2].isEmpty() ? CellKey.NOT_RECORDED : fields[2]);
            key.add(fields[3]);
            key.add(fields[5].isEmpty() ? null : fields[5]);
            expected.merge(key, 1L, Long::sum);
        }
        Map<List<String>, Long> actual = new HashMap<>();
        cube(file).forEach((key, counts) -> {
            List<String> k = new ArrayList<>(key.groups());
            k.add(key.decision());
            actual.merge(k, counts.rows(), Long::sum);
        });
        assertThat(actual).isEqualTo(expected);
        assertThat(expected.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(5000);
    }

    @Test
    void cubesOfChunksMergeIntoTheCubeOfTheWhole() throws Exception {
        StringWriter csv = new StringWriter();
        SampleData.writeCsv(SampleKind.DECISIONS, 3000, 11, csv);
        List<String> lines = csv.toString().lines().toList();
        String header = lines.get(0);
        Path whole = Files.writeString(temp.resolve("whole.csv"), csv.toString());
        Path first = Files.writeString(temp.resolve("first.csv"), header + "\n" + String.join("\n", lines.subList(1, 1201)) + "\n");
        Path second = Files.writeString(temp.resolve("second.csv"), header + "\n"
                + String.join("\n", lines.subList(1201, lines.size())) + "\n");

        assertThat(cube(first).merge(cube(second))).isEqualTo(cube(whole));
        assertThat(cube(whole).rows()).isEqualTo(3000);
    }

    /**
     * The pass groups by the values as read and a second aggregation makes the cells: an empty
     * text and a missing value must end in the same cell, with their counts, score range and
     * unreadable values added up. Parquet, since a CSV reader already reads "" as missing.
     * Expected cells worked out by hand from the five rows.
     */
    @Test
    void emptyAndMissingValuesFallInOneCell() throws Exception {
        Path file = temp.resolve("log.parquet");
        try (Connection connection = DuckDb.open(); java.sql.Statement statement = connection.createStatement()) {
            statement.execute("""
                    COPY (SELECT * FROM (VALUES
                        ('A', 'f', 'release', 0.2, '2024-01-05'),
                        (NULL, 'f', 'release', 0.7, '2024-01-20'),
                        ('', 'f', 'release', 0.9, '2024-01-21'),
                        ('A', '', 'detain', 'NaN'::DOUBLE, '2024-02-01'),
                        ('A', NULL, 'detain', NULL, 'not a date'))
                      AS t(nationality, sex, recommendation, risk_score, decided_at))
                    TO '%s' (FORMAT parquet)""".formatted(file.toString().replace("'", "''")));
        }
        AuditSpec.Builder builder = spec().toBuilder();
        builder.score = new ScoreSpec(ColumnRef.fromOption("risk_score", "score", "--score"),
                List.of(new BigDecimal("0.5")), ScoreDirection.HIGH);
        builder.time = new TimeSpec(ColumnRef.fromOption("decided_at", "time", "--time"), Window.parse("P1M"));
        AuditSpec spec = builder.build();
        DataSource source = DataSource.open(file, CsvOptions.DETECT);
        CountCube cube;
        try (Connection connection = DuckDb.open()) {
            cube = CubeBuilder.build(connection, CubeQuery.of(spec, source, DataColumns.of(connection, source)), source,
                    ProgressListener.NONE);
        }
        String none = CellKey.NOT_RECORDED;
        assertThat(cube.cells()).containsOnly(
                Map.entry(new CellKey(List.of("A", "f"), "release", null, 0, "2024-01-01"),
                        new CellCounts(1, 0, 0, 0.2, 0.2)),
                Map.entry(new CellKey(List.of(none, "f"), "release", null, 1, "2024-01-01"),
                        new CellCounts(2, 0, 0, 0.7, 0.9)),
                Map.entry(new CellKey(List.of("A", none), "detain", null, CellKey.NO_SCORE, "2024-02-01"),
                        new CellCounts(1, 1, 0, Double.NaN, Double.NaN)),
                Map.entry(new CellKey(List.of("A", none), "detain", null, CellKey.NO_SCORE, null),
                        new CellCounts(1, 0, 1, Double.NaN, Double.NaN)));
    }

    @Test
    void parquetGivesTheSameCubeAsCsv() throws Exception {
        Path csv = temp.resolve("log.csv");
        Path parquet = temp.resolve("log.parquet");
        SampleData.write(SampleKind.DECISIONS, 2000, 3, csv, org.asylon.audit.input.DataFormat.CSV);
        SampleData.write(SampleKind.DECISIONS, 2000, 3, parquet, org.asylon.audit.input.DataFormat.PARQUET);
        assertThat(DataSource.open(parquet, CsvOptions.DETECT).format()).isEqualTo(org.asylon.audit.input.DataFormat.PARQUET);
        assertThat(cube(parquet)).isEqualTo(cube(csv));
    }
}
