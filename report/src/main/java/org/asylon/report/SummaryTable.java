package org.asylon.report;

import java.util.ArrayList;
import java.util.List;
import org.asylon.core.finding.AssessmentResult;
import org.asylon.core.finding.ClassificationResult;
import org.asylon.core.finding.Severity;

/**
 * One line per profile and instrument: worst severity, classifications, undetermined count.
 * Written as a Markdown table, which also reads well as plain text.
 */
public final class SummaryTable {

    private SummaryTable() {
    }

    public static String render(List<ProfileAssessment> assessments) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"deployment", "instrument", "applies", "worst severity", "classifications", "undetermined"});
        for (ProfileAssessment assessment : assessments) {
            for (AssessmentResult result : assessment.results()) {
                List<String> classes = new ArrayList<>();
                for (ClassificationResult c : result.classifications().values()) {
                    classes.add(c.id() + "=" + (c.determined() ? c.value() : "?(" + String.join("/", c.candidates()) + ")"));
                }
                result.scores().values().forEach(s -> classes.add(s.id() + "=" + (s.band() != null ? s.band() : "?")));
                rows.add(new String[] {result.profileId(), result.instrumentId(), result.application().id(),
                        result.worstSeverity().map(Severity::id).orElse("-"),
                        classes.isEmpty() ? "-" : String.join(" ", classes),
                        String.valueOf(result.undeterminedCount())});
            }
        }
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            line(out, rows.get(r), widths);
            if (r == 0) {
                String[] rule = new String[widths.length];
                for (int i = 0; i < widths.length; i++) {
                    rule[i] = "-".repeat(widths[i]);
                }
                line(out, rule, widths);
            }
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String[] cells, int[] widths) {
        out.append('|');
        for (int i = 0; i < cells.length; i++) {
            out.append(' ').append(cells[i]).append(" ".repeat(widths[i] - cells[i].length())).append(" |");
        }
        out.append('\n');
    }
}
