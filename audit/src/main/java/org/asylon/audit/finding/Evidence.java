package org.asylon.audit.finding;

import org.asylon.audit.metric.Rate;
import org.asylon.audit.statistics.Interval;

/**
 * A count behind a finding: a group's (or window's) rate against its reference, with the ratio,
 * its interval and the corrected p-value when they apply.
 *
 * @param subject the group label or time window
 * @param reference the reference rate, or {@code null}
 * @param ratio the ratio to the reference, or NaN
 * @param ratioInterval its interval, or {@code null}
 * @param adjustedPValue the corrected p-value, or NaN
 */
public record Evidence(String subject, Rate rate, Rate reference, double ratio, Interval ratioInterval,
                       double adjustedPValue) {

    public static Evidence count(String subject, Rate rate) {
        return new Evidence(subject, rate, null, Double.NaN, null, Double.NaN);
    }
}
