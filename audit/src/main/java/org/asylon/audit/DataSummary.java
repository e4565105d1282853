package org.asylon.audit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What was in the data, before any analysis: rows, missing values by role, the group values
 * not recorded per attribute, the score's range and the positive values of the truth column.
 * A count of values not recorded that is below the minimum group size is {@link #SUPPRESSED}: those
 * rows form a group of their own, suppressed like any small group.
 */
public record DataSummary(long rows, long cells, long missingDecision, long missingTruth, long missingScore,
                          long missingTime, Map<String, Long> notRecorded, double scoreMin, double scoreMax,
                          List<String> truthPositive) {

    public static final long SUPPRESSED = -1;

    public DataSummary {
        notRecorded = Collections.unmodifiableMap(new LinkedHashMap<>(notRecorded));
        truthPositive = List.copyOf(truthPositive);
    }
}
