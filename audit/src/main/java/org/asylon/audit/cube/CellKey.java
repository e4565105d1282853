package org.asylon.audit.cube;

import java.util.List;

/**
 * One cell of a count cube: a combination of group values, decision value, true outcome, score
 * band and time window. Missing group values are {@link #NOT_RECORDED}; a missing decision, truth
 * or window is {@code null}.
 *
 * @param band how many thresholds the score reaches (0 to k), or {@link #NO_SCORE} when the row
 *     has no valid score or the audit has no score
 * @param window the first day of the row's time window (ISO date), or {@code null}
 */
public record CellKey(List<String> groups, String decision, String truth, int band, String window) {

    public static final String NOT_RECORDED = "(not recorded)";
    public static final int NO_SCORE = -1;

    public CellKey {
        groups = List.copyOf(groups);
    }
}
