package org.asylon.audit.statistics;

/** A two-sided confidence interval; bounds may be infinite (a ratio over a zero rate). */
public record Interval(double lower, double upper) {

    public Interval {
        if (Double.isNaN(lower) || Double.isNaN(upper) || lower > upper) {
            throw new IllegalArgumentException("not an interval: [" + lower + ", " + upper + "]");
        }
    }

    public boolean contains(double value) {
        return lower <= value && value <= upper;
    }

    public double width() {
        return upper - lower;
    }
}
