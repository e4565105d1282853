package org.asylon.audit.statistics;

import org.apache.commons.statistics.distribution.NormalDistribution;

/** A two-sided confidence level such as 0.95, with its standard normal quantile z. */
public record ConfidenceLevel(double level) {

    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    public static final ConfidenceLevel NINETY_FIVE = new ConfidenceLevel(0.95);

    public ConfidenceLevel {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("a confidence level lies strictly between 0 and 1, got " + level);
        }
    }

    /** The quantile z with P(|Z| <= z) = level. */
    public double z() {
        return STANDARD_NORMAL.inverseCumulativeProbability(1 - (1 - level) / 2);
    }
}
