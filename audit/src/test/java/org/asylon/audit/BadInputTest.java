package org.asylon.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.asylon.audit.cube.ProgressListener;
import org.asylon.audit.spec.AuditSpec;
import org.asylon.audit.spec.ScoreDirection;
import org.asylon.core.problem.InvalidInputException;
import org.asylon.core.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input is reported with the column, the row or the number of rows, never as a stack trace. */
class BadInputTest {

    @TempDir
    Path temp;

    private List<Problem> problems(AuditSpec spec, Path data) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                () -> new Audit(GoldenAuditTest.CLOCK).run(spec, data, ProgressListener.NONE));
        assertThat(thrown).isInstanceOf(InvalidInputException.class);
        return ((InvalidInputException) thrown).problems();
    }

    private Path small() throws Exception {
        return DecisionLog.header("nationality,decision,outcome,score")
                .rows(30, "A,grant,yes,0.7").rows(30, "A,refuse,no,0.2")
                .rows(30, "B,grant,yes,0.6").rows(30, "B,refuse,no,0.3")
                .write(temp, "small.csv");
    }

    @Test
    void aMisspelledColumnIsNamedWithASuggestion() throws Exception {
        List<Problem> problems = problems(Specs.decisions("natinality", "decision", "grant").build(), small());
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message())
                .contains("--group").contains("no column 'natinality'").contains("did you mean 'nationality'?"));
    }

    @Test
    void everyMissingColumnIsReportedAtOnce() throws Exception {
        AuditSpec spec = Specs.withLabel(Specs.decisions("nationality", "decison", "grant"), "outcom", null).build();
        assertThat(problems(spec, small())).hasSize(2);
    }

    @Test
    void aLabelWithThreeValuesIsNotBinary() throws Exception {
        Path data = DecisionLog.header("g,decision,outcome")
                .rows(30, "A,grant,yes").rows(30, "A,refuse,no").rows(2, "A,refuse,maybe").write(temp, "three.csv");
        assertThat(problems(Specs.withLabel(Specs.decisions("g", "decision", "grant"), "outcome", null).build(), data))
                .singleElement().satisfies(p -> assertThat(p.message())
                        .contains("label column 'outcome' is not binary").contains("'maybe' 2 rows"));
    }

    @Test
    void aMisspelledFavourableValueIsReportedWithTheValuesPresent() throws Exception {
        assertThat(problems(Specs.decisions("nationality", "decision", "granted").build(), small()))
                .singleElement().satisfies(p -> assertThat(p.message())
                        .contains("'granted' never occurs in column 'decision'").contains("'grant' 60"));
    }

    @Test
    void anEmptyFileAndAHeaderOnlyFile() throws Exception {
        Path empty = Files.writeString(temp.resolve("empty.csv"), "");
        assertThat(problems(Specs.decisions("g", "d", "y").build(), empty))
                .singleElement().satisfies(p -> assertThat(p.message()).isEqualTo("the file is empty"));
        Path header = Files.writeString(temp.resolve("header.csv"), "g,d\n");
        assertThat(problems(Specs.decisions("g", "d", "y").build(), header))
                .singleElement().satisfies(p -> assertThat(p.message()).contains("no data rows"));
    }

    @Test
    void aBinaryFileIsNeitherCsvNorParquet() throws Exception {
        Path binary = Files.write(temp.resolve("data.bin"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 1, 2});
        assertThat(problems(Specs.decisions("g", "d", "y").build(), binary))
                .singleElement().satisfies(p -> assertThat(p.message()).contains("not a CSV or Parquet file"));
        Path fake = Files.writeString(temp.resolve("data.parquet"), "g,d\nA,y\n");
        assertThat(problems(Specs.decisions("g", "d", "y").build(), fake))
                .singleElement().satisfies(p -> assertThat(p.message()).contains("not a Parquet file"));
    }

    @Test
    void nanAndTextInAScoreAreLocatedByRow() throws Exception {
        Path data = DecisionLog.header("g,decision,score")
                .rows(25, "A,grant,0.5").rows(1, "A,grant,NaN").rows(25, "A,refuse,0.2").rows(1, "A,refuse,high")
                .write(temp, "nan.csv");
        AuditSpec spec = Specs.withScore(Specs.decisions("g", "decision", "grant"), "score", ScoreDirection.HIGH, "0.3").build();
        assertThat(problems(spec, data)).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("column 'score' (score): 2 values are not a finite number")
                    .contains("first at row 26: 'NaN'").contains("then rows 52");
            assertThat(p.line()).isEqualTo(27);
        });
    }

    @Test
    void aThresholdOutsideTheScoresRange() throws Exception {
        AuditSpec spec = Specs.withScore(Specs.decisions("nationality", "decision", "grant"), "score",
                ScoreDirection.HIGH, "0.5", "1.5").build();
        assertThat(problems(spec, small())).singleElement().satisfies(p -> assertThat(p.message())
                .contains("threshold 1.5 is outside the range of score column 'score' (0.2 to 0.7)"));
    }

    @Test
    void allGroupsSuppressed() throws Exception {
        Path data = DecisionLog.header("g,d").rows(5, "A,y").rows(5, "B,n").write(temp, "few.csv");
        assertThat(problems(Specs.decisions("g", "d", "y").build(), data)).singleElement().satisfies(p ->
                assertThat(p.message()).contains("every group has fewer than 20 rows").contains("largest has 5 rows"));
    }

    @Test
    void anUnparseableTimestamp() throws Exception {
        Path data = DecisionLog.header("g,d,t").rows(30, "A,y,2025-01-03").rows(1, "A,n,yesterday").write(temp, "time.csv");
        assertThat(problems(Specs.withTime(Specs.decisions("g", "d", "y"), "t", "P1M").build(), data))
                .singleElement().satisfies(p -> assertThat(p.message()).contains("column 't' (time): 1 value is not a timestamp")
                        .contains("row 31: 'yesterday'"));
    }

    @Test
    void aColumnCannotPlayTwoRoles() throws Exception {
        assertThatThrownBy(() -> new Audit(GoldenAuditTest.CLOCK).run(Specs.decisions("decision", "decision", "grant").build(),
                small(), ProgressListener.NONE)).isInstanceOf(InvalidInputException.class).hasMessageContaining("two roles");
    }

    @Test
    void aNamedReferenceThatDoesNotExist() throws Exception {
        AuditSpec.Builder spec = Specs.decisions("nationality", "decision", "grant");
        spec.settings = spec.settings.withReference(new org.asylon.audit.spec.ReferencePolicy.Named("C"));
        assertThat(problems(spec.build(), small())).singleElement().satisfies(p -> assertThat(p.message())
                .contains("no group 'C'").contains("groups: A, B"));
    }
}
