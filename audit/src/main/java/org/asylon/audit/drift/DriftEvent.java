package org.asylon.audit.drift;

import java.util.Locale;
import org.asylon.audit.metric.Rate;

/**
 * A change in the decisions of one window against all earlier windows pooled (the baseline).
 *
 * @param category the decision category, or {@code null} for a shift of the whole distribution
 * @param inWindow the category's count over the window's decisions (for a shift: unused, 0/0)
 * @param baseline the category's count over the baseline's decisions (for a shift: unused, 0/0)
 * @param distance the total-variation distance between the window's and the baseline's distributions
 */
public record DriftEvent(Kind kind, String window, String category, Rate inWindow, Rate baseline, double pValue,
                         double adjustedPValue, double distance) {

    public enum Kind {
        /** A category that was established falls to zero. */
        VANISHED,
        /** A category falls below half its earlier share. */
        COLLAPSED,
        /** The distribution of categories moves by at least the minimum shift, significantly. */
        SHIFTED;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
