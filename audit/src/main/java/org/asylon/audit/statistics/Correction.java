package org.asylon.audit.statistics;

import java.util.Comparator;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Corrections for testing many groups at once. Holm's step-down method controls the
 * family-wise error rate; Benjamini–Hochberg controls the false discovery rate (less strict,
 * useful with many intersectional groups). Both return adjusted p-values in input order, to be
 * compared with the unadjusted significance level.
 */
public enum Correction {
    HOLM {
        @Override
        public double[] adjust(double[] pValues) {
            int m = pValues.length;
            int[] order = ascending(pValues);
            double[] adjusted = new double[m];
            double running = 0;
            for (int rank = 0; rank < m; rank++) {
                int i = order[rank];
                running = Math.max(running, Math.min(1, (m - rank) * pValues[i]));
                adjusted[i] = running;
            }
            return adjusted;
        }
    },
    BENJAMINI_HOCHBERG {
        @Override
        public double[] adjust(double[] pValues) {
            int m = pValues.length;
            int[] order = ascending(pValues);
            double[] adjusted = new double[m];
            double running = 1;
            for (int rank = m - 1; rank >= 0; rank--) {
                int i = order[rank];
                running = Math.min(running, Math.min(1, pValues[i] * m / (rank + 1)));
                // m/(rank+1) >= 1, so the adjusted value is never below p; rounding must not make it so.
                adjusted[i] = Math.max(running, pValues[i]);
            }
            return adjusted;
        }
    },
    NONE {
        @Override
        public double[] adjust(double[] pValues) {
            return pValues.clone();
        }
    };

    public abstract double[] adjust(double[] pValues);

    public String id() {
        return switch (this) {
            case HOLM -> "holm";
            case BENJAMINI_HOCHBERG -> "benjamini-hochberg";
            case NONE -> "none";
        };
    }

    public static Correction fromId(String id) {
        for (Correction correction : values()) {
            if (correction.id().equals(id.toLowerCase(Locale.ROOT)) || correction.name().equalsIgnoreCase(id)) {
                return correction;
            }
        }
        if (id.equalsIgnoreCase("bh")) {
            return BENJAMINI_HOCHBERG;
        }
        throw new IllegalArgumentException("unknown correction '" + id + "' (holm, benjamini-hochberg, none)");
    }

    private static int[] ascending(double[] values) {
        return IntStream.range(0, values.length).boxed()
                .sorted(Comparator.comparingDouble(i -> values[i]))
                .mapToInt(Integer::intValue).toArray();
    }
}
