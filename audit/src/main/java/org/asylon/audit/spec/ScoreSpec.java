package org.asylon.audit.spec;

import java.math.BigDecimal;
import java.util.List;

/**
 * A score column with one or more thresholds. At threshold t the score's decision is
 * favourable when {@code score >= t} (direction HIGH) or {@code score < t} (direction LOW).
 * In biometric mode the score is a similarity: a pair matches when {@code score >= t}.
 */
public record ScoreSpec(ColumnRef column, List<BigDecimal> thresholds, ScoreDirection favourable) {

    public ScoreSpec {
        thresholds = thresholds.stream().sorted().distinct().toList();
        if (thresholds.isEmpty()) {
            throw new IllegalArgumentException("a score needs at least one threshold");
        }
    }
}
