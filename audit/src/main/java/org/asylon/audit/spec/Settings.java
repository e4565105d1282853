package org.asylon.audit.spec;

import org.asylon.audit.statistics.ConfidenceLevel;
import org.asylon.audit.statistics.Correction;

/**
 * The statistical parameters of an audit.
 *
 * @param minGroup groups (and metric denominators) with fewer people are suppressed
 * @param alpha the significance level compared with corrected p-values
 * @param minShift the total-variation distance below which a significant change in the
 *     distribution of decisions between windows is not reported as drift
 */
public record Settings(ReferencePolicy reference, int minGroup, ToleranceBand tolerance,
                       ConfidenceLevel confidence, double alpha, Correction correction, double minShift) {

    public static final int DEFAULT_MIN_GROUP = 20;

    public static final Settings DEFAULTS = new Settings(new ReferencePolicy.Largest(), DEFAULT_MIN_GROUP,
            ToleranceBand.FOUR_FIFTHS, ConfidenceLevel.NINETY_FIVE, 0.05, Correction.HOLM, 0.1);

    public Settings {
        if (minGroup < 1) {
            throw new IllegalArgumentException("the minimum group size is at least 1, got " + minGroup);
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("the significance level lies strictly between 0 and 1, got " + alpha);
        }
        if (!(minShift >= 0 && minShift <= 1)) {
            throw new IllegalArgumentException("the minimum shift lies in [0, 1], got " + minShift);
        }
    }

    public Settings withReference(ReferencePolicy value) {
        return new Settings(value, minGroup, tolerance, confidence, alpha, correction, minShift);
    }

    public Settings withMinGroup(int value) {
        return new Settings(reference, value, tolerance, confidence, alpha, correction, minShift);
    }

    public Settings withTolerance(ToleranceBand value) {
        return new Settings(reference, minGroup, value, confidence, alpha, correction, minShift);
    }

    public Settings withConfidence(ConfidenceLevel value) {
        return new Settings(reference, minGroup, tolerance, value, alpha, correction, minShift);
    }

    public Settings withAlpha(double value) {
        return new Settings(reference, minGroup, tolerance, confidence, value, correction, minShift);
    }

    public Settings withCorrection(Correction value) {
        return new Settings(reference, minGroup, tolerance, confidence, alpha, value, minShift);
    }
}
