package org.asylon.audit.metric;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything counted for one group: its rows, the rows it is missing values in, the share of each
 * decision category (in value order, whatever order the engine returned the cells in), and its
 * confusion counts per outcome source (in the order of the sources).
 */
public record GroupTally(Group group, long rows, long missingDecision, long missingTruth, long missingScore,
                         Map<String, Long> categories, List<ConfusionCounts> bySource) {

    public GroupTally {
        categories = Collections.unmodifiableMap(new TreeMap<>(categories));
        bySource = List.copyOf(bySource);
    }

    public ConfusionCounts counts(int source) {
        return bySource.get(source);
    }
}
