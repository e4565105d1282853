package org.asylon.audit.biometric;

import java.util.List;

/**
 * The Gini Aggregation Rate for Biometric Equitability (Howard et al., 2022; ISO/IEC 19795-10):
 * {@code GARBE = α·G(FMR) + (1−α)·G(FNMR)} with the sample-corrected Gini coefficient
 * {@code G(x) = n/(n−1) · Σ_i Σ_j |x_i − x_j| / (2·n²·mean(x))}. 0 means equal error rates;
 * higher is less equitable. G is 0 when every rate is 0.
 */
public final class Garbe {

    private Garbe() {
    }

    public static double of(List<Double> fmr, List<Double> fnmr, double alpha) {
        return alpha * gini(fmr) + (1 - alpha) * gini(fnmr);
    }

    static double gini(List<Double> values) {
        int n = values.size();
        double mean = values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        if (n < 2 || mean == 0) {
            return 0;
        }
        double sum = 0;
        for (double a : values) {
            for (double b : values) {
                sum += Math.abs(a - b);
            }
        }
        return (double) n / (n - 1) * sum / (2.0 * n * n * mean);
    }
}
