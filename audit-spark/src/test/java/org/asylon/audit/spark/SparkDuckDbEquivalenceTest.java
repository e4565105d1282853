package org.asylon.audit.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.SparkSession;
import org.asylon.audit.Audit;
import org.asylon.audit.AuditResult;
import org.asylon.audit.cube.CellKey;
import org.asylon.audit.cube.CountCube;
import org.asylon.audit.cube.CubeBuilder;
import org.asylon.audit.cube.CubeQuery;
import org.asylon.audit.cube.ProgressListener;
import org.asylon.audit.input.DataColumns;
import org.asylon.audit.input.DataFormat;
import org.asylon.audit.input.DataSource;
import org.asylon.audit.input.DuckDb;
import org.asylon.audit.report.JsonAuditReport;
import org.asylon.audit.sample.SampleData;
import org.asylon.audit.sample.SampleKind;
import org.asylon.audit.spec.AuditSpec;
import org.asylon.audit.spec.AuditSpecReader;
import org.asylon.core.problem.InvalidInputException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The same spec on the same data gives the same count cube in Spark and in DuckDB, cell by cell,
 * and so the same report apart from the provenance's engine. The DuckDB engine is the reference:
 * its cube is checked against hand-computed values by the audit module's golden tests. The data
 * (the deterministic sample generator) has missing group values and decisions, intersectional
 * groups, scores and several months of decisions.
 */
class SparkDuckDbEquivalenceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC);
    private static final String DECISION_SPEC = """
            audit: 1
            id: equivalence
            version: 1.0.0
            columns:
              groups: [nationality, sex]
              decision: { column: recommendation, favourable: [release] }
              label: { column: outcome, favourable: [complied] }
              score: { column: risk_score, thresholds: [0.4, 0.6], favourable: low }
              time: { column: decided_at, window: %s }
            """;

    @TempDir
    static Path directory;
    static Path csv;
    static Path parquet;
    static SparkSession spark;

    @BeforeAll
    static void data() throws IOException {
        csv = directory.resolve("decisions.csv");
        parquet = directory.resolve("decisions.parquet");
        SampleData.write(SampleKind.DECISIONS, 30_000, 7, csv, DataFormat.CSV);
        SampleData.write(SampleKind.DECISIONS, 30_000, 7, parquet, DataFormat.PARQUET);
        spark = SparkSessions.local();
    }

    @Test
    void decisionAuditGivesTheSameCubeAndReport() throws IOException {
        AuditSpec spec = spec(DECISION_SPEC.formatted("P1M"));

        CountCube duck = duckDbCube(spec, csv);
        CountCube sparkCube = sparkCube(spec, csv);
        assertThat(sparkCube.cells()).isEqualTo(duck.cells());
        assertThat(sparkCube).isEqualTo(duck);
        assertThat(duck.rows()).isEqualTo(30_000);
        assertThat(duck.cells().keySet()).anyMatch(key -> key.groups().contains(CellKey.NOT_RECORDED))
                .anyMatch(key -> key.decision() == null);
        assertThat(windows(duck)).hasSizeGreaterThan(6);

        AuditResult byDuckDb = new Audit(CLOCK).run(spec, csv, ProgressListener.NONE);
        AuditResult bySpark = new SparkAudit(spark, CLOCK).run(spec, csv.toString());
        assertThat(bySpark.provenance().engine()).startsWith("Spark 4.");
        assertThat(byDuckDb.provenance().engine()).startsWith("DuckDB");
        assertThat(withoutEngine(new JsonAuditReport().render(bySpark)))
                .isEqualTo(withoutEngine(new JsonAuditReport().render(byDuckDb)));
        assertThat(SparkAuditMain.render(bySpark, "md").replace(bySpark.provenance().engine(), "ENGINE"))
                .isEqualTo(SparkAuditMain.render(byDuckDb, "md").replace(byDuckDb.provenance().engine(), "ENGINE"));
        assertThat(bySpark.findings()).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"P10D", "P2W", "P3M", "P1Y"})
    void timeWindowsAlignAsInDuckDb(String window) {
        AuditSpec spec = spec(DECISION_SPEC.formatted(window));
        CountCube duck = duckDbCube(spec, csv);
        assertThat(windows(duck)).hasSizeGreaterThan(window.equals("P1Y") ? 0 : 1);
        assertThat(sparkCube(spec, csv)).isEqualTo(duck);
    }

    @Test
    void parquetGivesTheSameCubeAsDuckDbAndAsTheCsv() {
        AuditSpec spec = spec(DECISION_SPEC.formatted("P1M"));
        CountCube duck = duckDbCube(spec, parquet);
        assertThat(sparkCube(spec, parquet)).isEqualTo(duck);
        assertThat(duck.rows()).isEqualTo(30_000);
    }

    @Test
    void biometricAuditGivesTheSameReport() throws IOException {
        Path pairs = directory.resolve("pairs.csv");
        SampleData.write(SampleKind.BIOMETRIC, 20_000, 3, pairs, DataFormat.CSV);
        AuditSpec spec = spec("""
                audit: 1
                id: pairs
                version: 1.0.0
                columns:
                  groups: [skin_tone, sex]
                  genuine: { column: genuine, value: "true" }
                  score: { column: score, thresholds: [0.5, 0.7] }
                """);
        AuditResult byDuckDb = new Audit(CLOCK).run(spec, pairs, ProgressListener.NONE);
        AuditResult bySpark = new SparkAudit(spark, CLOCK).run(spec, pairs.toString());
        assertThat(bySpark.biometric()).isNotEmpty();
        assertThat(withoutEngine(new JsonAuditReport().render(bySpark)))
                .isEqualTo(withoutEngine(new JsonAuditReport().render(byDuckDb)));
    }

    @Test
    void aMisspelledColumnIsTheSameErrorAsWithDuckDb() {
        AuditSpec spec = spec(DECISION_SPEC.formatted("P1M").replace("[nationality, sex]", "[nationalty, sex]"));
        InvalidInputException duck = catchInvalid(() -> new Audit(CLOCK).run(spec, csv, ProgressListener.NONE));
        InvalidInputException sparkError = catchInvalid(() -> new SparkAudit(spark, CLOCK).run(spec, csv.toString()));
        assertThat(sparkError.problems()).isEqualTo(duck.problems());
        assertThat(sparkError.getMessage()).contains("did you mean 'nationality'");
    }

    @Test
    void theMainClassWritesTheReportOrExitsTwoOnBadInput() throws IOException {
        Path specFile = directory.resolve("spec.yaml");
        Files.writeString(specFile, DECISION_SPEC.formatted("P1M"));
        Path out = directory.resolve("report.json");

        assertThat(main("--spec", specFile.toString(), "--out", out.toString(), csv.toString()).exit).isZero();
        assertThat(Files.readString(out)).contains("\"kind\" : \"asylon-audit\"").contains("\"engine\" : \"Spark 4.");

        Path notCsv = directory.resolve("image.csv");
        Files.write(notCsv, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        Path absent = directory.resolve("absent.json");
        Outcome bad = main("--spec", specFile.toString(), "--out", absent.toString(), notCsv.toString());
        assertThat(bad.exit).isEqualTo(SparkAuditMain.EXIT_BAD_INPUT);
        assertThat(bad.err).contains("not a CSV or Parquet file");
        assertThat(absent).doesNotExist();

        assertThat(main(csv.toString()).err).contains("--spec FILE is required");
    }

    private record Outcome(int exit, String err) {
    }

    private static Outcome main(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = SparkAuditMain.run(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(exit, err.toString(StandardCharsets.UTF_8));
    }

    private static InvalidInputException catchInvalid(Runnable audit) {
        assertThatThrownBy(audit::run).isInstanceOf(InvalidInputException.class);
        try {
            audit.run();
            throw new AssertionError("unreachable");
        } catch (InvalidInputException e) {
            return e;
        }
    }

    private static AuditSpec spec(String yaml) {
        try {
            Path file = Files.createTempFile(directory, "spec", ".yaml");
            Files.writeString(file, yaml);
            return new AuditSpecReader(SparkAuditMain.schemas()).read(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CountCube duckDbCube(AuditSpec spec, Path data) {
        DataSource source = DataSource.open(data, spec.csv());
        try (Connection connection = DuckDb.open()) {
            DataColumns columns = source.format() == DataFormat.PARQUET ? DataColumns.of(connection, source)
                    : DataColumns.assumed(spec);
            return CubeBuilder.build(connection, CubeQuery.of(spec, source, columns), source, ProgressListener.NONE);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CountCube sparkCube(AuditSpec spec, Path data) {
        return new SparkAudit(spark, CLOCK).cube(spec, SparkInput.open(spark, data.toString(), spec.csv()));
    }

    private static Set<String> windows(CountCube cube) {
        return cube.cells().keySet().stream().map(CellKey::window).filter(w -> w != null).collect(Collectors.toSet());
    }

    private static String withoutEngine(String json) {
        return json.replaceAll("\"engine\" : \"[^\"]*\"", "\"engine\" : \"\"");
    }
}
