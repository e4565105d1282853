package org.asylon.audit.metric;

import java.math.BigDecimal;

/**
 * One way of deciding whose effects are measured: the decision column, or the score cut at one
 * threshold (its index among the ascending thresholds).
 */
public record OutcomeSource(String id, String label, int thresholdIndex, BigDecimal threshold) {

    public static final OutcomeSource DECISION = new OutcomeSource("decision", "decision", -1, null);

    public static OutcomeSource threshold(int index, BigDecimal threshold, String label) {
        return new OutcomeSource("threshold:" + threshold.toPlainString(), label, index, threshold);
    }

    public boolean decisionColumn() {
        return thresholdIndex < 0;
    }
}
