package org.asylon.audit.cube;

import java.math.BigDecimal;
import java.util.List;

/**
 * The dimensions of a count cube. Two cubes can be merged only when their layouts are equal.
 *
 * @param groupAttributes the group columns, in order
 * @param decision whether cells carry the decision value
 * @param truth whether cells carry the true outcome (label, or genuine/impostor in biometric mode)
 * @param thresholds the score thresholds, ascending; cells carry how many of them the score reaches
 * @param window the time window (ISO 8601 period), or {@code null} when there is no time column
 */
public record CubeLayout(List<String> groupAttributes, boolean decision, boolean truth,
                         List<BigDecimal> thresholds, String window) {

    public CubeLayout {
        groupAttributes = List.copyOf(groupAttributes);
        thresholds = List.copyOf(thresholds);
    }

    public boolean scored() {
        return !thresholds.isEmpty();
    }

    public boolean windowed() {
        return window != null;
    }
}
