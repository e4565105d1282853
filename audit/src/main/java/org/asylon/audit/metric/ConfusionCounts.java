package org.asylon.audit.metric;

/**
 * What one way of deciding (the decision column, or the score at one threshold) did to one group.
 * "Positive" is always the favourable side for the person: a positive decision is a favourable
 * one, a positive label says the favourable decision was right (in biometric mode: a match, and
 * a genuine pair).
 *
 * @param decided rows with a decision (rows without one are counted elsewhere, never guessed)
 * @param favourable decided rows whose decision was favourable
 * @param truePositives favourable and rightly so; the four confusion counts cover labelled rows only
 */
public record ConfusionCounts(long decided, long favourable, long truePositives, long falsePositives,
                              long trueNegatives, long falseNegatives) {

    public long labelled() {
        return truePositives + falsePositives + trueNegatives + falseNegatives;
    }
}
