package org.asylon.audit.statistics;

import java.util.Locale;

/** How a p-value was computed. */
public enum TestMethod {
    /** Fisher's exact test on the 2×2 table. */
    FISHER_EXACT,
    /** Pearson's chi-square test (asymptotic). */
    CHI_SQUARE,
    /** No test: the table cannot show a difference (every person on the same side). */
    NONE;

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
