package org.asylon.audit.disparity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.asylon.audit.metric.ConfusionCounts;
import org.asylon.audit.metric.GroupTally;
import org.asylon.audit.metric.Grouping;
import org.asylon.audit.metric.Metric;
import org.asylon.audit.metric.OutcomeSource;
import org.asylon.audit.spec.Settings;
import org.asylon.audit.statistics.HomogeneityTest;

/** Runs every metric of every outcome source for one grouping against its reference. */
public final class GroupingAnalysis {

    private final Settings settings;
    private final List<Metric> metrics;
    private final boolean decisions;

    /** @param decisions whether the first outcome source is a decision (not a biometric threshold) */
    public GroupingAnalysis(Settings settings, List<Metric> metrics, boolean decisions) {
        this.settings = settings;
        this.metrics = List.copyOf(metrics);
        this.decisions = decisions;
    }

    public GroupingResult analyse(Grouping grouping, List<GroupTally> tallies, Reference reference,
                                  List<OutcomeSource> sources) {
        MetricComparer comparer = new MetricComparer(settings);
        List<MetricResult> results = new ArrayList<>();
        for (int s = 0; s < sources.size(); s++) {
            for (Metric metric : metrics) {
                results.add(comparer.compare(metric, s, sources.get(s), tallies, reference));
            }
        }
        List<GroupSummary> groups = new ArrayList<>();
        List<GroupTally> shown = new ArrayList<>();
        Set<String> categories = new LinkedHashSet<>();
        for (GroupTally tally : tallies) {
            boolean suppressed = tally.rows() < settings.minGroup();
            groups.add(new GroupSummary(tally, suppressed));
            categories.addAll(tally.categories().keySet());
            if (!suppressed) {
                shown.add(tally);
            }
        }
        List<String> categoryList = categories.stream().sorted().toList();
        long[][] outcomes = new long[shown.size()][2];
        long[][] byCategory = new long[shown.size()][categoryList.size()];
        for (int i = 0; i < shown.size(); i++) {
            ConfusionCounts counts = shown.get(i).counts(0);
            outcomes[i][0] = counts.favourable();
            outcomes[i][1] = counts.decided() - counts.favourable();
            for (int j = 0; j < categoryList.size(); j++) {
                byCategory[i][j] = shown.get(i).categories().getOrDefault(categoryList.get(j), 0L);
            }
        }
        return new GroupingResult(grouping, reference.label(), groups, categoryList, results,
                decisions && !sources.isEmpty() ? HomogeneityTest.test(outcomes) : null,
                categoryList.size() > 2 ? HomogeneityTest.test(byCategory) : null);
    }
}
