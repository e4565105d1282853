package org.asylon.audit.statistics;

import org.asylon.audit.metric.Rate;

/**
 * Newcombe's hybrid score interval (his method 10) for the difference of two independent
 * proportions, built from the two Wilson intervals: with d = p1 − p2,
 * {@code [d − sqrt((p1−l1)² + (u2−p2)²), d + sqrt((u1−p1)² + (p2−l2)²)]}.
 */
public final class NewcombeDifferenceInterval {

    private NewcombeDifferenceInterval() {
    }

    public static Interval of(Rate group, Rate reference, ConfidenceLevel confidence) {
        double p1 = group.value();
        double p2 = reference.value();
        Interval w1 = WilsonInterval.of(group, confidence);
        Interval w2 = WilsonInterval.of(reference, confidence);
        double d = p1 - p2;
        double lower = d - Math.sqrt(square(p1 - w1.lower()) + square(w2.upper() - p2));
        double upper = d + Math.sqrt(square(w1.upper() - p1) + square(p2 - w2.lower()));
        return new Interval(lower, upper);
    }

    private static double square(double x) {
        return x * x;
    }
}
