package org.asylon.core.finding;

import java.util.List;

/**
 * A score as an interval: {@code low} counts only items known to hold, {@code high} also those
 * that may hold. It is determined when both ends agree; its band when both fall in one band.
 */
public record ScoreResult(String id, String title, double low, double high, double maximum, String band,
                          List<String> candidateBands, List<FactUse> missing) {
    public ScoreResult {
        candidateBands = List.copyOf(candidateBands);
        missing = List.copyOf(missing);
    }

    public boolean determined() {
        return low == high;
    }
}
