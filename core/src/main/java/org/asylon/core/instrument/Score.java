package org.asylon.core.instrument;

import java.util.List;

/**
 * A point score with optional adjustments and bands, as in algorithmic impact assessments.
 * Other expressions read it as {@code score.<id>} and its maximum as {@code score_max.<id>}.
 */
public record Score(String id, String title, List<ScoreItem> items, List<Adjustment> adjustments, List<Band> bands) {
    public Score {
        items = List.copyOf(items);
        adjustments = List.copyOf(adjustments);
        bands = List.copyOf(bands);
    }

    public double maximum() {
        return items.stream().mapToDouble(item -> Math.max(item.points(), 0)).sum();
    }
}
