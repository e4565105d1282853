package org.asylon.audit.metric;

import org.apache.commons.numbers.fraction.BigFraction;

/**
 * A count of people out of a total (favourable decisions out of decisions, say). Kept as two
 * integers so that comparisons against thresholds are exact; {@link #value()} is for display and
 * for the approximate statistics only.
 */
public record Rate(long count, long total) {

    public Rate {
        if (count < 0 || total < 0 || count > total) {
            throw new IllegalArgumentException("a rate needs 0 <= count <= total, got " + count + "/" + total);
        }
    }

    /** A rate over nobody has no value. */
    public boolean defined() {
        return total > 0;
    }

    public double value() {
        return total == 0 ? Double.NaN : (double) count / total;
    }

    public BigFraction fraction() {
        if (total == 0) {
            throw new IllegalStateException("a rate over nobody has no value");
        }
        return BigFraction.of(count, total);
    }

    /** This rate with the people of {@code part} taken out (the rest of a population). */
    public Rate minus(Rate part) {
        return new Rate(count - part.count, total - part.total);
    }

    @Override
    public String toString() {
        return count + "/" + total;
    }
}
