package org.asylon.audit.statistics;

import org.asylon.audit.metric.Rate;

/**
 * Wilson's score interval for a proportion: unlike the textbook (Wald) interval it stays inside
 * [0, 1] and keeps its coverage for small groups and for rates near 0 or 1.
 */
public final class WilsonInterval {

    private WilsonInterval() {
    }

    public static Interval of(Rate rate, ConfidenceLevel confidence) {
        if (!rate.defined()) {
            return new Interval(0, 1);
        }
        double z = confidence.z();
        double n = rate.total();
        double p = rate.value();
        double z2 = z * z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        // At 0 and n the bounds are exactly 0 and 1; computed, they can round to just inside.
        double lower = rate.count() == 0 ? 0 : Math.max(0, centre - half);
        double upper = rate.count() == rate.total() ? 1 : Math.min(1, centre + half);
        return new Interval(lower, upper);
    }
}
