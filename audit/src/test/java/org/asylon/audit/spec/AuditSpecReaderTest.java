package org.asylon.audit.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.asylon.audit.statistics.Correction;
import org.asylon.core.document.Document;
import org.asylon.core.document.SchemaSet;
import org.asylon.core.problem.InvalidInputException;
import org.junit.jupiter.api.Test;

class AuditSpecReaderTest {

    private static final AuditSpecReader READER = new AuditSpecReader(SchemaSet.load(Path.of("..", "knowledge", "schema")));

    private static AuditSpec read(String yaml) {
        return READER.read(Document.parse("spec.yaml", yaml, Document.Format.YAML));
    }

    @Test
    void readsEveryRoleAndSetting() {
        AuditSpec spec = read("""
                audit: 1
                id: detention-review
                version: 1.2.0
                title: Detention review recommendations
                csv: { delimiter: ";" }
                columns:
                  groups: [nationality, sex]
                  decision: { column: recommendation, favourable: [release] }
                  label: { column: outcome, favourable: [complied] }
                  score: { column: risk, thresholds: [0.7, 0.5], favourable: low }
                  time: { column: decided_at, window: P3M }
                analysis:
                  reference: { group: "SY / female" }
                  minGroup: 30
                  tolerance: [0.9, 1.1]
                  correction: benjamini-hochberg
                """);
        assertThat(spec.id()).isEqualTo("detention-review");
        assertThat(spec.version()).isEqualTo("1.2.0");
        assertThat(spec.csv().delimiter()).isEqualTo(";");
        assertThat(spec.groupNames()).containsExactly("nationality", "sex");
        assertThat(spec.groups().get(1).origin().line()).isEqualTo(7);
        assertThat(spec.decision().favourable()).containsExactly("release");
        assertThat(spec.label().favourable()).containsExactly("complied");
        assertThat(spec.score().thresholds()).containsExactly(new BigDecimal("0.5"), new BigDecimal("0.7"));
        assertThat(spec.score().favourable()).isEqualTo(ScoreDirection.LOW);
        assertThat(spec.time().window()).isEqualTo(new Window(3, Window.Unit.MONTH));
        assertThat(spec.settings().reference()).isEqualTo(new ReferencePolicy.Named("SY / female"));
        assertThat(spec.settings().minGroup()).isEqualTo(30);
        assertThat(spec.settings().tolerance().upper()).isEqualByComparingTo("1.1");
        assertThat(spec.settings().correction()).isEqualTo(Correction.BENJAMINI_HOCHBERG);
        assertThat(spec.digest()).hasSize(64);
    }

    @Test
    void schemaErrorsAreLocated() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> read("""
                audit: 1
                id: x
                version: 1.0.0
                columns:
                  groups: [nationality]
                  decision: { column: d, favourite: [yes] }
                """));
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("spec.yaml");
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.message()).contains("favourite");
        });
    }

    @Test
    void aBiometricSpecNeedsAScore() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> read("""
                audit: 1
                id: x
                version: 1.0.0
                columns:
                  groups: [tone]
                  genuine: { column: mated }
                """));
        assertThat(e.problems()).isNotEmpty();
    }
}
