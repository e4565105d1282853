package org.asylon.audit.disparity;

import org.apache.commons.numbers.fraction.BigFraction;
import org.asylon.audit.metric.Rate;
import org.asylon.audit.statistics.Interval;
import org.asylon.audit.statistics.TestResult;

/**
 * A group's rate against the reference rate.
 *
 * @param ratio the exact ratio of the two rates; {@code null} when the reference rate is zero and
 *     the group's is not (an infinite ratio)
 * @param test the test of the group against the reference (against everyone else, when the
 *     reference is the whole population); {@code null} when too few people were compared
 * @param adjustedPValue the p-value after correction for the number of groups compared, or NaN
 * @param reason why the verdict is what it is, in words
 */
public record Comparison(Rate reference, BigFraction ratio, Interval ratioInterval, double difference,
                         Interval differenceInterval, TestResult test, double adjustedPValue, Verdict verdict,
                         String reason) {

    public double ratioValue() {
        return ratio == null ? Double.POSITIVE_INFINITY : ratio.doubleValue();
    }
}
