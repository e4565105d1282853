package org.asylon.audit.biometric;

import java.util.List;

/**
 * The Fairness Discrepancy Rate of de Freitas Pereira and Marcel (2021) at one threshold:
 * {@code FDR = 1 − (α·A + (1−α)·B)} with A the largest absolute difference of FMR between any two
 * groups and B the same for FNMR. 1 means equal error rates; lower is less fair.
 */
public final class FairnessDiscrepancyRate {

    private FairnessDiscrepancyRate() {
    }

    public static double of(List<Double> fmr, List<Double> fnmr, double alpha) {
        return 1 - (alpha * spread(fmr) + (1 - alpha) * spread(fnmr));
    }

    /** The largest |x_i − x_j|, which is max − min. */
    static double spread(List<Double> values) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double value : values) {
            min = Math.min(min, value);
            max = Math.max(max, value);
        }
        return max - min;
    }
}
