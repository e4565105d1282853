package org.asylon.audit.disparity;

import java.util.List;
import org.asylon.audit.metric.Grouping;
import org.asylon.audit.statistics.TestResult;

/**
 * The disparity analysis of one grouping (one attribute, or all of them intersected).
 *
 * @param categories the decision categories, sorted (empty in biometric mode)
 * @param outcomeHomogeneity chi-square test of favourable decisions across the unsuppressed groups, or {@code null}
 * @param categoryHomogeneity chi-square test of decision categories across the unsuppressed groups, or {@code null}
 */
public record GroupingResult(Grouping grouping, String reference, List<GroupSummary> groups, List<String> categories,
                             List<MetricResult> metrics, TestResult outcomeHomogeneity,
                             TestResult categoryHomogeneity) {

    public GroupingResult {
        groups = List.copyOf(groups);
        categories = List.copyOf(categories);
        metrics = List.copyOf(metrics);
    }

    public long suppressedCount() {
        return groups.stream().filter(GroupSummary::suppressed).count();
    }

    public long reportedCount() {
        return groups.size() - suppressedCount();
    }
}
