package org.asylon.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;
import org.asylon.audit.cube.ProgressListener;
import org.asylon.audit.disparity.GroupResult;
import org.asylon.audit.disparity.GroupingResult;
import org.asylon.audit.disparity.MetricResult;
import org.asylon.audit.disparity.Standing;
import org.asylon.audit.disparity.Verdict;
import org.asylon.audit.finding.AuditFinding;
import org.asylon.audit.metric.Metric;
import org.asylon.audit.spec.AuditSpec;
import org.asylon.audit.spec.ReferencePolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End-to-end audits of small logs whose expected figures are worked out here by hand: the rows are
 * written in blocks whose counts are the arithmetic.
 */
class GoldenAuditTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC);
    private static final double Z = 1.959963984540054;

    @TempDir
    Path temp;

    static AuditResult audit(AuditSpec spec, Path data) {
        return new Audit(CLOCK).run(spec, data, ProgressListener.NONE);
    }

    static GroupingResult grouping(AuditResult result, String label) {
        return result.groupings().stream().filter(g -> g.grouping().label().equals(label)).findFirst().orElseThrow();
    }

    static MetricResult metric(GroupingResult grouping, Metric metric, String source) {
        return grouping.metrics().stream().filter(m -> m.metric() == metric && m.source().id().equals(source))
                .findFirst().orElseThrow();
    }

    static GroupResult group(MetricResult metric, String label) {
        return metric.groups().stream().filter(g -> g.group().label().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void aRatioOfExactlyFourFifthsIsNoDisparityAndJustBelowIs() throws Exception {
        // A: 40000 of 100000 favourable (0.4); B: 32000 of 100000 (ratio exactly 4/5, though 0.32/0.4 < 0.8 in
        // floating point); C: 31900 of 100000 (ratio 319/400 = 0.7975).
        Path data = DecisionLog.header("group,decision")
                .rows(40000, "A,grant").rows(60000, "A,refuse")
                .rows(32000, "B,grant").rows(68000, "B,refuse")
                .rows(31900, "C,grant").rows(68100, "C,refuse")
                .write(temp, "boundary.csv");
        AuditSpec.Builder spec = Specs.decisions("group", "decision", "grant");
        spec.settings = spec.settings.withReference(new ReferencePolicy.Named("A"));
        AuditResult result = audit(spec.build(), data);

        MetricResult selection = metric(grouping(result, "group"), Metric.SELECTION_RATE, "decision");
        assertThat(selection.referenceLabel()).isEqualTo("A");
        GroupResult b = group(selection, "B");
        assertThat(b.comparison().ratio()).isEqualTo(BigFraction.of(4, 5));
        assertThat(b.comparison().verdict()).isEqualTo(Verdict.NO_EVIDENCE_OF_DISPARITY);
        assertThat(b.comparison().difference()).isCloseTo(0.32 - 0.40, within(1e-12));
        GroupResult c = group(selection, "C");
        assertThat(c.comparison().ratio()).isEqualTo(BigFraction.of(319, 400));
        assertThat(c.comparison().verdict()).isEqualTo(Verdict.DISPARITY);

        // Wilson for B, 32000/100000, by hand.
        double p = 0.32;
        double n = 100000;
        double centre = (p + Z * Z / (2 * n)) / (1 + Z * Z / n);
        double half = Z / (1 + Z * Z / n) * Math.sqrt(p * (1 - p) / n + Z * Z / (4 * n * n));
        assertThat(b.interval().lower()).isCloseTo(centre - half, within(1e-12));
        assertThat(b.interval().upper()).isCloseTo(centre + half, within(1e-12));

        assertThat(result.summary().verdict()).isEqualTo(Verdict.DISPARITY);
        assertThat(result.summary().groupsAffected()).containsExactly("C");
        assertThat(result.summary().largest().group()).isEqualTo("C");
        assertThat(result.summary().largest().ratio()).isCloseTo(0.7975, within(1e-12));
    }

    @Test
    void intersectionsDifferWhereMarginalGroupsLookEqual() throws Exception {
        // Each intersection has 200 people; X/f and Y/m 160 favourable, X/m and Y/f 40. Every nationality and
        // every sex then has 200 of 400 favourable, while the intersections are at 0.8 and 0.2.
        Path data = DecisionLog.header("nationality,sex,decision")
                .rows(160, "X,f,release").rows(40, "X,f,detain")
                .rows(40, "X,m,release").rows(160, "X,m,detain")
                .rows(40, "Y,f,release").rows(160, "Y,f,detain")
                .rows(160, "Y,m,release").rows(40, "Y,m,detain")
                .write(temp, "intersections.csv");
        AuditResult result = audit(Specs.decisions("nationality,sex", "decision", "release").build(), data);

        for (String marginal : List.of("nationality", "sex")) {
            MetricResult selection = metric(grouping(result, marginal), Metric.SELECTION_RATE, "decision");
            for (GroupResult group : selection.groups()) {
                if (group.standing() == Standing.COMPARED) {
                    assertThat(group.comparison().ratio()).as(marginal).isEqualTo(BigFraction.ONE);
                    assertThat(group.comparison().verdict()).isEqualTo(Verdict.NO_EVIDENCE_OF_DISPARITY);
                }
            }
        }
        MetricResult intersection = metric(grouping(result, "nationality × sex"), Metric.SELECTION_RATE, "decision");
        // Largest group: all four tie at 200; the first label, X / f (0.8), is the reference.
        assertThat(intersection.referenceLabel()).isEqualTo("X / f");
        assertThat(group(intersection, "X / m").comparison().ratio()).isEqualTo(BigFraction.of(1, 4));
        assertThat(group(intersection, "X / m").comparison().verdict()).isEqualTo(Verdict.DISPARITY);
        assertThat(group(intersection, "Y / f").comparison().verdict()).isEqualTo(Verdict.DISPARITY);
        assertThat(group(intersection, "Y / m").comparison().verdict()).isEqualTo(Verdict.NO_EVIDENCE_OF_DISPARITY);

        List<AuditFinding> disparities = result.findings().stream()
                .filter(f -> f.kind().equals("disparate-outcomes")).toList();
        assertThat(disparities).singleElement().satisfies(f -> {
            assertThat(f.analysis()).isEqualTo("nationality × sex");
            assertThat(f.groups()).containsExactly("X / m", "Y / f");
            assertThat(f.legalBasis()).contains("icerd-1-1", "iccpr-26", "echr-14", "charter-21", "gdpr-5-1-a",
                    "ai-act-10-2-f", "ai-act-10-2-g");
        });
    }

    @Test
    void aTinyGroupIsSuppressedEverywhereButNeverDropped() throws Exception {
        Path data = DecisionLog.header("group,decision")
                .rows(60, "A,yes").rows(40, "A,no")
                .rows(30, "B,yes").rows(30, "B,no")
                .rows(3, "Z,yes").rows(2, "Z,no")
                .write(temp, "tiny.csv");
        AuditResult result = audit(Specs.decisions("group", "decision", "yes").build(), data);

        GroupingResult grouping = grouping(result, "group");
        assertThat(grouping.groups()).extracting(g -> g.tally().group().label()).containsExactly("A", "B", "Z");
        assertThat(grouping.groups().get(2).suppressed()).isTrue();
        GroupResult z = group(metric(grouping, Metric.SELECTION_RATE, "decision"), "Z");
        assertThat(z.standing()).isEqualTo(Standing.SUPPRESSED);
        assertThat(z.rate()).isNull();
        assertThat(result.findings()).anySatisfy(f -> {
            assertThat(f.kind()).isEqualTo("suppressed-groups");
            assertThat(f.groups()).containsExactly("Z");
        });
    }

    @Test
    void aVanishedCategoryIsFoundInTheWindowWhereItVanished() throws Exception {
        // January to June: 40 of 100 released each month; July to September: none of 100.
        DecisionLog log = DecisionLog.header("group,decided_at,decision");
        for (int month = 1; month <= 9; month++) {
            String date = String.format("2025-%02d-15", month);
            int released = month <= 6 ? 40 : 0;
            log.rows(released, "A," + date + ",release").rows(100 - released, "A," + date + ",detain");
        }
        Path data = log.write(temp, "vanished.csv");
        AuditResult result = audit(Specs.withTime(Specs.decisions("group", "decision",
                "release"), "decided_at", "P1M").build(), data);

        assertThat(result.drift().windows()).hasSize(9);
        AuditFinding vanished = result.findings().stream().filter(f -> f.kind().equals("vanished-outcome"))
                .findFirst().orElseThrow();
        assertThat(vanished.groups()).containsExactly("2025-07-01", "2025-08-01", "2025-09-01");
        assertThat(vanished.title()).contains("'release'").contains("2025-07-01");
        // In July the baseline is 240 released of 600; the chance of 0 of 100 at a share of 0.4 is 0.6^100.
        assertThat(vanished.evidence().get(0).reference().count()).isEqualTo(240);
        assertThat(vanished.evidence().get(0).reference().total()).isEqualTo(600);
        assertThat(result.drift().events().get(0).pValue()).isCloseTo(Math.pow(0.6, 100), within(1e-30));
    }

    @Test
    void biometricDifferentialsAtOneGlobalThreshold() throws Exception {
        // At threshold 0.5: G1 misses 5 of 100 genuine pairs and matches 4 of 400 impostors;
        // G2 misses 20 of 100 and matches 20 of 400.
        Path data = DecisionLog.header("group,genuine,score")
                .rows(95, "G1,true,0.9").rows(5, "G1,true,0.4").rows(396, "G1,false,0.1").rows(4, "G1,false,0.7")
                .rows(80, "G2,true,0.9").rows(20, "G2,true,0.4").rows(380, "G2,false,0.1").rows(20, "G2,false,0.7")
                .write(temp, "pairs.csv");
        AuditResult result = audit(Specs.biometric("group", "genuine", "score", "0.5").build(), data);

        MetricResult fnmr = metric(grouping(result, "group"), Metric.FNMR, "threshold:0.5");
        assertThat(group(fnmr, "G1").rate().count()).isEqualTo(5);
        assertThat(group(fnmr, "G2").rate().count()).isEqualTo(20);
        assertThat(group(fnmr, "G2").comparison().verdict()).isEqualTo(Verdict.DISPARITY);
        MetricResult fmr = metric(grouping(result, "group"), Metric.FMR, "threshold:0.5");
        assertThat(group(fmr, "G2").rate()).isEqualTo(new org.asylon.audit.metric.Rate(20, 400));

        var summary = result.biometric().get(0);
        assertThat(summary.fnmrMaxMinRatio()).isCloseTo(0.20 / 0.05, within(1e-12));
        assertThat(summary.fmrMaxMinRatio()).isCloseTo(0.05 / 0.01, within(1e-12));
        // FDR = 1 − (0.5·|0.01 − 0.05| + 0.5·|0.05 − 0.20|) = 1 − (0.02 + 0.075).
        assertThat(summary.fairnessDiscrepancyRate()).isCloseTo(0.905, within(1e-12));
        // Two groups: G = 2/1 · (2|a − b|) / (2 · 4 · mean) = |a − b| / (2 · mean).
        double giniFmr = 0.04 / (2 * 0.03);
        double giniFnmr = 0.15 / (2 * 0.125);
        assertThat(summary.garbe()).isCloseTo(0.5 * giniFmr + 0.5 * giniFnmr, within(1e-12));
        assertThat(result.summary().differentialAccuracy()).isTrue();
        assertThat(result.findings()).anySatisfy(f -> assertThat(f.kind()).isEqualTo("differential-biometric-accuracy"));
    }

    @Test
    void labelsGiveErrorRatesFromTheConfusionCounts() throws Exception {
        // Positive = favourable for the person. Group A: TP 40, FN 10, FP 5, TN 45. Group B: TP 20, FN 30, FP 5, TN 45.
        Path data = DecisionLog.header("group,decision,eligible")
                .rows(40, "A,grant,yes").rows(10, "A,refuse,yes").rows(5, "A,grant,no").rows(45, "A,refuse,no")
                .rows(20, "B,grant,yes").rows(30, "B,refuse,yes").rows(5, "B,grant,no").rows(45, "B,refuse,no")
                .write(temp, "labels.csv");
        AuditSpec.Builder spec = Specs.withLabel(Specs.decisions("group", "decision", "grant"), "eligible", null);
        spec.settings = spec.settings.withReference(new ReferencePolicy.Named("A"));
        AuditResult result = audit(spec.build(), data);
        GroupingResult grouping = grouping(result, "group");

        assertThat(result.data().truthPositive()).containsExactly("yes");
        assertThat(group(metric(grouping, Metric.TPR, "decision"), "B").rate()).isEqualTo(new org.asylon.audit.metric.Rate(20, 50));
        assertThat(group(metric(grouping, Metric.FNR, "decision"), "B").rate()).isEqualTo(new org.asylon.audit.metric.Rate(30, 50));
        assertThat(group(metric(grouping, Metric.FPR, "decision"), "B").rate()).isEqualTo(new org.asylon.audit.metric.Rate(5, 50));
        assertThat(group(metric(grouping, Metric.PPV, "decision"), "B").rate()).isEqualTo(new org.asylon.audit.metric.Rate(20, 25));
        assertThat(group(metric(grouping, Metric.FOR, "decision"), "B").rate()).isEqualTo(new org.asylon.audit.metric.Rate(30, 75));
        assertThat(group(metric(grouping, Metric.PREVALENCE, "decision"), "B").rate()).isEqualTo(new org.asylon.audit.metric.Rate(50, 100));
        // FNR 30/50 against 10/50: ratio 3, chi² on [[30, 20], [10, 40]] is large.
        GroupResult fnr = group(metric(grouping, Metric.FNR, "decision"), "B");
        assertThat(fnr.comparison().ratio()).isEqualTo(BigFraction.of(3));
        assertThat(fnr.comparison().verdict()).isEqualTo(Verdict.DISPARITY);
        assertThat(result.summary().differentialAccuracy()).isTrue();
    }

    @Test
    void missingGroupValuesFormTheirOwnGroupAndMissingDecisionsAreCounted() throws Exception {
        Path data = DecisionLog.header("group,decision")
                .rows(50, "A,yes").rows(50, "A,no")
                .rows(15, ",yes").rows(15, ",no")
                .rows(7, "A,")
                .write(temp, "missing.csv");
        AuditResult result = audit(Specs.decisions("group", "decision", "yes").build(), data);

        assertThat(result.data().rows()).isEqualTo(137);
        assertThat(result.data().missingDecision()).isEqualTo(7);
        assertThat(result.data().notRecorded()).containsEntry("group", 30L);
        MetricResult selection = metric(grouping(result, "group"), Metric.SELECTION_RATE, "decision");
        assertThat(group(selection, "(not recorded)").rate()).isEqualTo(new org.asylon.audit.metric.Rate(15, 30));
        assertThat(group(selection, "A").rate()).isEqualTo(new org.asylon.audit.metric.Rate(50, 100));
        assertThat(result.findings()).anySatisfy(f -> assertThat(f.kind()).isEqualTo("missing-values"));
    }

    @Test
    void theOverallReferenceComparesEachGroupWithEveryoneElse() throws Exception {
        // A 60/100, B 20/100: overall 80/200 = 0.4. B against the rest (A): ρ = 0.2/0.6 = 1/3; w = 0.5;
        // ratio to overall = ρ/(wρ + 1 − w) = (1/3)/(1/6 + 1/2) = 0.5 = 0.2/0.4.
        Path data = DecisionLog.header("group,decision")
                .rows(60, "A,yes").rows(40, "A,no").rows(20, "B,yes").rows(80, "B,no")
                .write(temp, "overall.csv");
        AuditSpec.Builder spec = Specs.decisions("group", "decision", "yes");
        spec.settings = spec.settings.withReference(new ReferencePolicy.Overall());
        AuditResult result = audit(spec.build(), data);
        GroupResult b = group(metric(grouping(result, "group"), Metric.SELECTION_RATE, "decision"), "B");
        assertThat(b.comparison().ratio()).isEqualTo(BigFraction.of(1, 2));
        // The Katz bounds of ρ (B against A), mapped through ρ/(0.5ρ + 0.5).
        double se = Math.sqrt(1.0 / 20 - 1.0 / 100 + 1.0 / 60 - 1.0 / 100);
        double rhoLow = (1.0 / 3) * Math.exp(-Z * se);
        assertThat(b.comparison().ratioInterval().lower()).isCloseTo(rhoLow / (0.5 * rhoLow + 0.5), within(1e-12));
        // Difference to overall = (1 − w)·(0.2 − 0.6) = −0.2.
        assertThat(b.comparison().difference()).isCloseTo(-0.2, within(1e-12));
        assertThat(b.comparison().test()).isNotNull();
        assertThat(Optional.ofNullable(b.comparison().verdict())).contains(Verdict.DISPARITY);
    }

    @Test
    void anyDelimiterAndQuotedFieldsAreRead() throws Exception {
        // Semicolons inside quotes belong to the value: "A; north" is one group of 30, B one of 40.
        Path data = DecisionLog.header("region;decision")
                .rows(20, "\"A; north\";yes").rows(10, "\"A; north\";no")
                .rows(10, "B;yes").rows(30, "B;no")
                .write(temp, "semicolons.csv");
        AuditResult result = audit(Specs.decisions("region", "decision", "yes").build(), data);
        MetricResult selection = metric(grouping(result, "region"), Metric.SELECTION_RATE, "decision");
        assertThat(group(selection, "A; north").rate()).isEqualTo(new org.asylon.audit.metric.Rate(20, 30));
        assertThat(group(selection, "B").rate()).isEqualTo(new org.asylon.audit.metric.Rate(10, 40));
        // B is the largest group (40), so it is the reference: (20/30) / (10/40) = 8/3.
        assertThat(group(selection, "A; north").comparison().ratio()).isEqualTo(BigFraction.of(8, 3));
    }
}
