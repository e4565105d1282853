package org.asylon.audit.metric;

import java.util.Locale;
import org.asylon.audit.statistics.Interval;

/** How figures are written in findings and reports: fixed decimals, the same on every machine. */
public final class Figures {

    private Figures() {
    }

    public static String rate(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.3f", value);
    }

    public static String ratio(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        return Double.isInfinite(value) ? "∞" : String.format(Locale.ROOT, "%.3f", value);
    }

    public static String interval(Interval interval) {
        if (interval == null) {
            return "–";
        }
        return ratio(interval.lower()) + " to " + ratio(interval.upper());
    }

    public static String signed(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%+.3f", value);
    }

    public static String pValue(double p) {
        if (Double.isNaN(p)) {
            return "–";
        }
        if (p < 0.001) {
            return p == 0 ? "< 1e-300" : String.format(Locale.ROOT, "%.1e", p);
        }
        return String.format(Locale.ROOT, "%.3f", p);
    }

    public static String percent(double level) {
        return String.format(Locale.ROOT, "%.0f%%", level * 100);
    }

    public static String count(Rate rate) {
        return rate.count() + "/" + rate.total();
    }
}
