package org.asylon.audit.disparity;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.asylon.audit.metric.GroupTally;
import org.asylon.audit.metric.Metric;
import org.asylon.audit.metric.OutcomeSource;
import org.asylon.audit.metric.Rate;
import org.asylon.audit.spec.Settings;
import org.asylon.audit.statistics.Interval;
import org.asylon.audit.statistics.KatzRatioInterval;
import org.asylon.audit.statistics.NewcombeDifferenceInterval;
import org.asylon.audit.statistics.TestResult;
import org.asylon.audit.statistics.TwoProportionTest;
import org.asylon.audit.statistics.WilsonInterval;

/**
 * Compares every group's rate of one metric with the reference rate: ratio and difference with
 * their intervals, a test, a correction across the groups compared, and the verdict.
 *
 * <p>Against a reference group the two samples are independent and the intervals are Katz's and
 * Newcombe's. Against the whole population they are not (the group is part of it), so the group
 * is compared with everyone else: with w the group's share of the population and ρ the ratio of
 * the group's rate to the others', the ratio to the overall rate is ρ / (wρ + 1 − w), increasing
 * in ρ, so the bounds of ρ's interval map to bounds of the ratio; the difference to the overall
 * rate is (1 − w) times the difference to the others.
 */
public final class MetricComparer {

    private final Settings settings;

    public MetricComparer(Settings settings) {
        this.settings = settings;
    }

    public MetricResult compare(Metric metric, int sourceIndex, OutcomeSource source, List<GroupTally> tallies,
                                Reference reference) {
        Rate referenceRate = metric.rate(reference.tally().counts(sourceIndex));
        int minGroup = settings.minGroup();
        List<Pending> pending = new ArrayList<>();
        for (GroupTally tally : tallies) {
            if (tally.rows() < minGroup) {
                pending.add(new Pending(tally, null, null, null, false));
                continue;
            }
            Rate rate = metric.rate(tally.counts(sourceIndex));
            if (!reference.overall() && tally.group().equals(reference.group().group())) {
                pending.add(new Pending(tally, rate, null, null, true));
                continue;
            }
            Rate contrast = reference.overall() ? referenceRate.minus(rate) : referenceRate;
            boolean enough = rate.total() >= minGroup && referenceRate.total() >= minGroup && contrast.total() > 0;
            TestResult test = enough ? TwoProportionTest.test(rate, contrast) : null;
            pending.add(new Pending(tally, rate, contrast, test, false));
        }

        double[] pValues = pending.stream().filter(p -> p.test != null).mapToDouble(p -> p.test.pValue()).toArray();
        double[] adjusted = settings.correction().adjust(pValues);
        List<GroupResult> results = new ArrayList<>();
        int next = 0;
        for (Pending p : pending) {
            if (p.rate == null) {
                results.add(GroupResult.suppressed(p.tally.group()));
                continue;
            }
            Interval interval = WilsonInterval.of(p.rate, settings.confidence());
            if (p.reference) {
                results.add(new GroupResult(p.tally.group(), Standing.REFERENCE, p.rate, interval, null));
                continue;
            }
            double adjustedP = p.test == null ? Double.NaN : adjusted[next++];
            results.add(new GroupResult(p.tally.group(), Standing.COMPARED, p.rate, interval,
                    comparison(p.rate, referenceRate, p.contrast, reference.overall(), p.test, adjustedP)));
        }
        return new MetricResult(metric, source, reference.label(), referenceRate,
                WilsonInterval.of(referenceRate, settings.confidence()), results);
    }

    private Comparison comparison(Rate rate, Rate referenceRate, Rate contrast, boolean overall, TestResult test,
                                  double adjustedP) {
        BigFraction ratio = ratio(rate, referenceRate);
        if (!referenceRate.defined() || !rate.defined() || contrast.total() == 0) {
            return new Comparison(referenceRate, ratio, null, Double.NaN, null, null, Double.NaN,
                    Verdict.INSUFFICIENT_DATA, "no one to compare");
        }
        double difference = rate.value() - referenceRate.value();
        Interval ratioInterval;
        Interval differenceInterval;
        if (overall) {
            double w = (double) rate.total() / referenceRate.total();
            Interval rho = KatzRatioInterval.of(rate, contrast, settings.confidence());
            ratioInterval = new Interval(toOverall(rho.lower(), w), toOverall(rho.upper(), w));
            Interval d = NewcombeDifferenceInterval.of(rate, contrast, settings.confidence());
            differenceInterval = new Interval((1 - w) * d.lower(), (1 - w) * d.upper());
        } else {
            ratioInterval = KatzRatioInterval.of(rate, referenceRate, settings.confidence());
            differenceInterval = NewcombeDifferenceInterval.of(rate, referenceRate, settings.confidence());
        }
        Verdict verdict;
        String reason;
        if (test == null) {
            verdict = Verdict.INSUFFICIENT_DATA;
            reason = "fewer than " + settings.minGroup() + " people in the rate's denominator";
        } else if (ratio != null && settings.tolerance().contains(ratio)) {
            verdict = Verdict.NO_EVIDENCE_OF_DISPARITY;
            reason = "ratio within " + settings.tolerance();
        } else if (adjustedP < settings.alpha()) {
            verdict = Verdict.DISPARITY;
            reason = "ratio outside " + settings.tolerance() + ", corrected p < " + settings.alpha();
        } else {
            verdict = Verdict.INSUFFICIENT_DATA;
            reason = "ratio outside " + settings.tolerance() + " but not significant (corrected p >= "
                    + settings.alpha() + "): the interval is too wide to tell";
        }
        return new Comparison(referenceRate, ratio, ratioInterval, difference, differenceInterval, test, adjustedP,
                verdict, reason);
    }

    /** The exact ratio of two rates; both zero count as equal, a zero reference alone as infinite (null). */
    static BigFraction ratio(Rate rate, Rate reference) {
        if (!rate.defined() || !reference.defined()) {
            return null;
        }
        if (reference.count() == 0) {
            return rate.count() == 0 ? BigFraction.ONE : null;
        }
        return rate.fraction().divide(reference.fraction());
    }

    private static double toOverall(double rho, double w) {
        return Double.isInfinite(rho) ? 1 / w : rho / (w * rho + 1 - w);
    }

    private record Pending(GroupTally tally, Rate rate, Rate contrast, TestResult test, boolean reference) {
    }
}
