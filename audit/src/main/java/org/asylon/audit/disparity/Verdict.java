package org.asylon.audit.disparity;

import java.util.Locale;

/** The three answers an audit gives about one group and one metric. */
public enum Verdict {
    /** The ratio lies outside the tolerance band and the difference is significant after correction. */
    DISPARITY,
    /** The ratio lies inside the tolerance band. */
    NO_EVIDENCE_OF_DISPARITY,
    /** Too few people to compare, or a ratio outside the band that is not significant (too wide an interval). */
    INSUFFICIENT_DATA;

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String label() {
        return switch (this) {
            case DISPARITY -> "disparity";
            case NO_EVIDENCE_OF_DISPARITY -> "no evidence of disparity";
            case INSUFFICIENT_DATA -> "insufficient data";
        };
    }
}
