package org.asylon.audit.statistics;

import org.asylon.audit.metric.Rate;

/**
 * The Katz log interval for the ratio of two independent proportions,
 * {@code exp(ln(p1/p2) ± z·sqrt(1/x1 − 1/n1 + 1/x2 − 1/n2))}. When a count is zero (or equals its
 * total) the log is undefined; then 0.5 is added to every cell (Haldane–Anscombe), for the
 * interval only.
 */
public final class KatzRatioInterval {

    private KatzRatioInterval() {
    }

    public static Interval of(Rate group, Rate reference, ConfidenceLevel confidence) {
        double x1 = group.count();
        double n1 = group.total();
        double x2 = reference.count();
        double n2 = reference.total();
        if (x1 == 0 || x2 == 0 || x1 == n1 || x2 == n2) {
            x1 += 0.5;
            x2 += 0.5;
            n1 += 1;
            n2 += 1;
        }
        double logRatio = Math.log((x1 / n1) / (x2 / n2));
        double se = Math.sqrt(1 / x1 - 1 / n1 + 1 / x2 - 1 / n2);
        double z = confidence.z();
        return new Interval(Math.exp(logRatio - z * se), Math.exp(logRatio + z * se));
    }
}
