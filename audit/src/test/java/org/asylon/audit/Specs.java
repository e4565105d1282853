package org.asylon.audit;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Set;
import org.asylon.audit.spec.AuditSpec;
import org.asylon.audit.spec.BiometricSpec;
import org.asylon.audit.spec.ColumnRef;
import org.asylon.audit.spec.DecisionSpec;
import org.asylon.audit.spec.LabelSpec;
import org.asylon.audit.spec.ScoreDirection;
import org.asylon.audit.spec.ScoreSpec;
import org.asylon.audit.spec.TimeSpec;
import org.asylon.audit.spec.Window;

/** Audit specs for tests, built as the command line builds them. */
final class Specs {

    private Specs() {
    }

    static ColumnRef column(String name, String role) {
        return ColumnRef.fromOption(name, role, "--" + role);
    }

    static AuditSpec.Builder decisions(String groups, String decision, String... favourable) {
        AuditSpec.Builder spec = new AuditSpec.Builder();
        spec.groups = Arrays.stream(groups.split(",")).map(g -> column(g, "group")).toList();
        spec.decision = new DecisionSpec(column(decision, "decision"), Set.of(favourable), Set.of());
        return spec;
    }

    static AuditSpec.Builder withLabel(AuditSpec.Builder spec, String label, String favourable) {
        spec.label = new LabelSpec(column(label, "label"), favourable == null ? Set.of() : Set.of(favourable));
        return spec;
    }

    static AuditSpec.Builder withTime(AuditSpec.Builder spec, String time, String window) {
        spec.time = new TimeSpec(column(time, "time"), Window.parse(window));
        return spec;
    }

    static AuditSpec.Builder withScore(AuditSpec.Builder spec, String score, ScoreDirection direction, String... thresholds) {
        spec.score = new ScoreSpec(column(score, "score"), Arrays.stream(thresholds).map(BigDecimal::new).toList(), direction);
        return spec;
    }

    static AuditSpec.Builder biometric(String groups, String genuine, String score, String... thresholds) {
        AuditSpec.Builder spec = new AuditSpec.Builder();
        spec.groups = Arrays.stream(groups.split(",")).map(g -> column(g, "group")).toList();
        spec.biometric = new BiometricSpec(column(genuine, "genuine"), null);
        spec.score = new ScoreSpec(column(score, "score"), Arrays.stream(thresholds).map(BigDecimal::new).toList(),
                ScoreDirection.HIGH);
        return spec;
    }
}
