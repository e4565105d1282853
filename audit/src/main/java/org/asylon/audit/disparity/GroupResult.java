package org.asylon.audit.disparity;

import org.asylon.audit.metric.Group;
import org.asylon.audit.metric.Rate;
import org.asylon.audit.statistics.Interval;

/**
 * One group's line in a metric's table. A suppressed group has no rate, interval or comparison;
 * the reference group has a rate but no comparison.
 */
public record GroupResult(Group group, Standing standing, Rate rate, Interval interval, Comparison comparison) {

    public static GroupResult suppressed(Group group) {
        return new GroupResult(group, Standing.SUPPRESSED, null, null, null);
    }

    public boolean verdictIs(Verdict verdict) {
        return comparison != null && comparison.verdict() == verdict;
    }
}
