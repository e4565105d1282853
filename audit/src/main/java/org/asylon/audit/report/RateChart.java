package org.asylon.audit.report;

import java.util.Locale;
import org.asylon.audit.disparity.GroupResult;
import org.asylon.audit.disparity.MetricResult;
import org.asylon.audit.disparity.Standing;
import org.asylon.audit.disparity.Verdict;
import org.asylon.audit.spec.ToleranceBand;

/**
 * Draws one metric across groups as SVG: a dot per group at its rate with whiskers for the
 * interval, the reference rate as a dashed line, the tolerance band around it shaded, and
 * suppressed groups named but not drawn. Plain SVG, so it looks the same on screen and on paper.
 */
public final class RateChart {

    private static final int LABEL_WIDTH = 200;
    private static final int PLOT_WIDTH = 420;
    private static final int ROW = 22;
    private static final int TOP = 28;

    private RateChart() {
    }

    public static String svg(MetricResult metric, ToleranceBand band) {
        int rows = metric.groups().size();
        int height = TOP + rows * ROW + 24;
        int width = LABEL_WIDTH + PLOT_WIDTH + 20;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " viewBox=\"0 0 %d %d\" role=\"img\" font-family=\"sans-serif\" font-size=\"12\">", width, height, width, height));
        svg.append("<title>").append(Html.escape(metric.metric().label() + " by group, with "
                + "confidence intervals; dashed line: reference (" + metric.referenceLabel() + ")")).append("</title>");
        double reference = metric.referenceRate().value();
        if (!Double.isNaN(reference)) {
            double low = x(reference * band.lower().doubleValue());
            double high = x(Math.min(1, reference * band.upper().doubleValue()));
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"#e8f0e8\"/>",
                    low, TOP - 6, high - low, rows * ROW + 6));
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#333\""
                    + " stroke-dasharray=\"4 3\"/>", x(reference), TOP - 10, x(reference), TOP + rows * ROW));
        }
        for (int tick = 0; tick <= 4; tick++) {
            double value = tick / 4.0;
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#555\">%s</text>",
                    x(value), TOP + rows * ROW + 18, String.format(Locale.ROOT, "%.2f", value)));
        }
        for (int i = 0; i < rows; i++) {
            GroupResult group = metric.groups().get(i);
            int y = TOP + i * ROW + ROW / 2;
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>",
                    LABEL_WIDTH - 8, y + 4, Html.escape(group.group().label())));
            if (group.standing() == Standing.SUPPRESSED) {
                svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"#888\" font-style=\"italic\">"
                        + "suppressed (too few people)</text>", LABEL_WIDTH + 4, y + 4));
                continue;
            }
            if (!group.rate().defined()) {
                continue;
            }
            String colour = group.verdictIs(Verdict.DISPARITY) ? "#b00020"
                    : group.standing() == Standing.REFERENCE ? "#333" : "#1f5fa8";
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"%s\""
                    + " stroke-width=\"2\"/>", x(group.interval().lower()), y, x(group.interval().upper()), y, colour));
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%d\" r=\"4\" fill=\"%s\"/>",
                    x(group.rate().value()), y, colour));
        }
        return svg.append("</svg>").toString();
    }

    private static double x(double value) {
        return LABEL_WIDTH + Math.max(0, Math.min(1, value)) * PLOT_WIDTH;
    }
}
