package org.asylon.audit.statistics;

import org.apache.commons.statistics.inference.ChiSquareTest;
import org.apache.commons.statistics.inference.FisherExactTest;
import org.asylon.audit.metric.Rate;

/**
 * Tests whether two independent proportions differ (two-sided). Fisher's exact test when any
 * expected cell count of the 2×2 table is below 5 (Cochran's rule), Pearson's chi-square test
 * without continuity correction otherwise.
 */
public final class TwoProportionTest {

    static final double SMALL_EXPECTED_COUNT = 5;

    private TwoProportionTest() {
    }

    public static TestResult test(Rate group, Rate reference) {
        long a = group.count();
        long b = group.total() - group.count();
        long c = reference.count();
        long d = reference.total() - reference.count();
        long n = a + b + c + d;
        long counted = a + c;
        long notCounted = b + d;
        if (group.total() == 0 || reference.total() == 0 || counted == 0 || notCounted == 0) {
            // Every person in both groups fell on the same side: the table holds no evidence of a difference.
            return new TestResult(TestMethod.NONE, 0, 1);
        }
        // The smallest expected count is the smaller row total times the smaller column total over n.
        double smallest = (double) Math.min(group.total(), reference.total()) * Math.min(counted, notCounted) / n;
        boolean fitsInt = n <= Integer.MAX_VALUE;
        if (smallest < SMALL_EXPECTED_COUNT && fitsInt) {
            var result = FisherExactTest.withDefaults().test(new int[][] {{(int) a, (int) b}, {(int) c, (int) d}});
            return new TestResult(TestMethod.FISHER_EXACT, result.getStatistic(), result.getPValue());
        }
        var result = ChiSquareTest.withDefaults().test(new long[][] {{a, b}, {c, d}});
        return new TestResult(TestMethod.CHI_SQUARE, result.getStatistic(), result.getPValue());
    }
}
