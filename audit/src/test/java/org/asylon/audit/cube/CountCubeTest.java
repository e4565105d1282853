package org.asylon.audit.cube;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
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
