package org.asylon.audit.biometric;

import java.util.ArrayList;
import java.util.List;
import org.asylon.audit.disparity.GroupResult;
import org.asylon.audit.disparity.MetricResult;
import org.asylon.audit.disparity.Standing;
import org.asylon.audit.metric.Metric;
import org.asylon.audit.metric.OutcomeSource;

/**
 * Summaries of how much a biometric comparison's error rates differ between groups at one
 * threshold (the same threshold for every group, as in NIST's demographic studies).
 *
 * @param groups the groups included: not suppressed, with at least the minimum number of genuine
 *     and of impostor pairs
 * @param fmrMaxMinRatio the largest group FMR over the smallest (infinite when the smallest is zero)
 * @param fnmrMaxMinRatio likewise for FNMR
 * @param fairnessDiscrepancyRate FDR(τ) = 1 − (α·A(τ) + (1−α)·B(τ)), α = 0.5
 * @param garbe GARBE(τ) = α·G(FMR) + (1−α)·G(FNMR), α = 0.5, G the sample-corrected Gini coefficient
 */
public record DemographicDifferentials(OutcomeSource threshold, List<String> groups, double fmrMin, double fmrMax,
                                       double fnmrMin, double fnmrMax, double fmrMaxMinRatio, double fnmrMaxMinRatio,
                                       double fairnessDiscrepancyRate, double garbe) {

    public static final double ALPHA = 0.5;

    public DemographicDifferentials {
        groups = List.copyOf(groups);
    }

    /** @return the summary, or {@code null} when fewer than two groups have enough pairs */
    public static DemographicDifferentials of(MetricResult fmr, MetricResult fnmr, int minGroup) {
        if (fmr.metric() != Metric.FMR || fnmr.metric() != Metric.FNMR || !fmr.source().equals(fnmr.source())) {
            throw new IllegalArgumentException("needs the FMR and FNMR of one threshold");
        }
        List<String> groups = new ArrayList<>();
        List<Double> fmrs = new ArrayList<>();
        List<Double> fnmrs = new ArrayList<>();
        for (int i = 0; i < fmr.groups().size(); i++) {
            GroupResult a = fmr.groups().get(i);
            GroupResult b = fnmr.groups().get(i);
            if (a.standing() == Standing.SUPPRESSED || a.rate().total() < minGroup || b.rate().total() < minGroup) {
                continue;
            }
            groups.add(a.group().label());
            fmrs.add(a.rate().value());
            fnmrs.add(b.rate().value());
        }
        if (groups.size() < 2) {
            return null;
        }
        double fmrMin = min(fmrs);
        double fmrMax = max(fmrs);
        double fnmrMin = min(fnmrs);
        double fnmrMax = max(fnmrs);
        return new DemographicDifferentials(fmr.source(), groups, fmrMin, fmrMax, fnmrMin, fnmrMax,
                ratio(fmrMax, fmrMin), ratio(fnmrMax, fnmrMin),
                FairnessDiscrepancyRate.of(fmrs, fnmrs, ALPHA), Garbe.of(fmrs, fnmrs, ALPHA));
    }

    private static double ratio(double max, double min) {
        if (max == 0) {
            return 1;
        }
        return min == 0 ? Double.POSITIVE_INFINITY : max / min;
    }

    private static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    }
}
