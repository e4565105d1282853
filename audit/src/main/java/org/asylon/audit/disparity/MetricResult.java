package org.asylon.audit.disparity;

import java.util.List;
import org.asylon.audit.metric.Metric;
import org.asylon.audit.metric.OutcomeSource;
import org.asylon.audit.metric.Rate;
import org.asylon.audit.statistics.Interval;

/**
 * One metric of one outcome source across the groups of an analysis, each against the reference.
 *
 * @param referenceLabel the reference group's label, or "everyone" for the whole population
 */
public record MetricResult(Metric metric, OutcomeSource source, String referenceLabel, Rate referenceRate,
                           Interval referenceInterval, List<GroupResult> groups) {

    public MetricResult {
        groups = List.copyOf(groups);
    }

    public List<GroupResult> withVerdict(Verdict verdict) {
        return groups.stream().filter(g -> g.verdictIs(verdict)).toList();
    }
}
