package org.asylon.audit.report;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.asylon.audit.AuditProvenance;
import org.asylon.audit.AuditResult;
import org.asylon.audit.DataSummary;
import org.asylon.audit.biometric.DemographicDifferentials;
import org.asylon.audit.disparity.Comparison;
import org.asylon.audit.disparity.GroupResult;
import org.asylon.audit.disparity.GroupSummary;
import org.asylon.audit.disparity.GroupingResult;
import org.asylon.audit.disparity.MetricResult;
import org.asylon.audit.disparity.Standing;
import org.asylon.audit.drift.DriftResult;
import org.asylon.audit.drift.WindowCounts;
import org.asylon.audit.finding.AuditFinding;
import org.asylon.audit.finding.AuditSummary;
import org.asylon.audit.finding.FindingDeriver;
import org.asylon.audit.metric.Figures;
import org.asylon.audit.metric.Metric;
import org.asylon.audit.spec.Settings;

/**
 * The audit as a Markdown memo: verdict, findings with their legal basis, one table per judged
 * metric and analysis, drift, biometric summaries, method and provenance. The HTML report is this
 * memo rendered, with charts.
 */
public final class MarkdownAuditReport {

    private final Function<String, String> citation;
    private final boolean charts;

    /**
     * @param citation how to cite a provision id (e.g. "ICERD art. 1(1)"); the id itself when unknown
     * @param charts whether to embed SVG charts (for the HTML report)
     */
    public MarkdownAuditReport(Function<String, String> citation, boolean charts) {
        this.citation = citation;
        this.charts = charts;
    }

    public String render(AuditResult result) {
        StringBuilder md = new StringBuilder();
        Settings settings = result.spec().settings();
        String title = result.spec().title() != null ? result.spec().title()
                : "Disparity audit of " + fileName(result.provenance().inputFile());
        md.append("# ").append(title).append("\n\n");
        summary(md, result.summary(), settings);
        md.append("## Findings\n\n");
        if (result.findings().isEmpty()) {
            md.append("No findings.\n\n");
        }
        for (AuditFinding finding : result.findings()) {
            md.append("### ").append(finding.severity().id().toUpperCase(java.util.Locale.ROOT)).append(": ")
                    .append(finding.title()).append("\n\n").append(finding.explanation()).append("\n\n");
            if (!finding.legalBasis().isEmpty()) {
                md.append("Legal basis: ").append(finding.legalBasis().stream().map(citation)
                        .collect(Collectors.joining("; "))).append(".\n\n");
            }
        }
        data(md, result.data());
        for (GroupingResult grouping : result.groupings()) {
            grouping(md, grouping, settings);
        }
        if (result.drift() != null) {
            drift(md, result.drift());
        }
        if (!result.biometric().isEmpty()) {
            biometric(md, result.biometric());
        }
        method(md, settings, result);
        return md.toString();
    }

    private static void summary(StringBuilder md, AuditSummary summary, Settings settings) {
        md.append("**Verdict: ").append(summary.verdict().label()).append(".**");
        if (!summary.groupsAffected().isEmpty()) {
            md.append(" Groups affected: ").append(String.join(", ", summary.groupsAffected())).append('.');
        }
        if (summary.largest() != null) {
            md.append(" Smallest ratio of favourable decisions: ").append(summary.largest().group()).append(" against ")
                    .append(summary.largest().reference()).append(" (by ").append(summary.largest().analysis())
                    .append("), ").append(Figures.ratio(summary.largest().ratio())).append(" (")
                    .append(Figures.percent(settings.confidence().level())).append(" CI ")
                    .append(Figures.interval(summary.largest().interval())).append(").");
        }
        md.append("\n\n");
    }

    private static void data(StringBuilder md, DataSummary data) {
        md.append("## Data\n\n").append(data.rows()).append(" rows, ").append(data.cells()).append(" cells in the count cube.");
        if (data.missingDecision() > 0) {
            md.append(" Missing decision: ").append(data.missingDecision()).append('.');
        }
        if (data.missingTruth() > 0) {
            md.append(" Missing true outcome: ").append(data.missingTruth()).append('.');
        }
        if (data.missingScore() > 0) {
            md.append(" Missing score: ").append(data.missingScore()).append('.');
        }
        if (data.missingTime() > 0) {
            md.append(" Missing timestamp: ").append(data.missingTime()).append('.');
        }
        data.notRecorded().forEach((attribute, count) -> md.append(" ").append(attribute).append(" not recorded: ")
                .append(count == DataSummary.SUPPRESSED ? "fewer than the minimum group size" : String.valueOf(count))
                .append('.'));
        md.append("\n\n");
    }

    private void grouping(StringBuilder md, GroupingResult grouping, Settings settings) {
        md.append("## By ").append(grouping.grouping().label()).append("\n\n");
        md.append("Reference: ").append(grouping.reference()).append(". ").append(grouping.reportedCount())
                .append(" groups shown, ").append(grouping.suppressedCount()).append(" suppressed (fewer than ")
                .append(settings.minGroup()).append(" people).");
        if (grouping.outcomeHomogeneity() != null) {
            md.append(" Favourable decisions across groups: chi-square p ")
                    .append(Figures.pValue(grouping.outcomeHomogeneity().pValue())).append('.');
        }
        md.append("\n\n");
        if (grouping.categories().size() > 2) {
            categories(md, grouping);
        }
        for (MetricResult metric : grouping.metrics()) {
            if (!FindingDeriver.JUDGED.contains(metric.metric()) && metric.metric() != Metric.TPR) {
                continue;
            }
            md.append("### ").append(capitalise(metric.metric().label()))
                    .append(metric.source().decisionColumn() ? "" : " (" + metric.source().label() + ")").append("\n\n");
            if (charts) {
                md.append("<figure>").append(RateChart.svg(metric, settings.tolerance()))
                        .append("<figcaption>Dots: rates with their ").append(Figures.percent(settings.confidence().level()))
                        .append(" intervals (red: disparity). Dashed line: the reference rate; shaded: the tolerance band"
                                + " around it.</figcaption></figure>\n\n");
            }
            String level = Figures.percent(settings.confidence().level());
            md.append("| group | count | rate | ").append(level).append(" CI | ratio | ").append(level)
                    .append(" CI | difference | ").append(level).append(" CI | corrected p | verdict |\n");
            md.append("|---|---:|---:|---|---:|---|---:|---|---:|---|\n");
            for (GroupResult group : metric.groups()) {
                md.append("| ").append(cell(group.group().label())).append(" | ");
                if (group.standing() == Standing.SUPPRESSED) {
                    md.append("suppressed | | | | | | | | |\n");
                    continue;
                }
                md.append(Figures.count(group.rate())).append(" | ").append(Figures.rate(group.rate().value()))
                        .append(" | ").append(Figures.interval(group.interval())).append(" | ");
                Comparison c = group.comparison();
                if (c == null) {
                    md.append("reference | | | | | |\n");
                    continue;
                }
                md.append(Figures.ratio(c.ratio() == null && !group.rate().defined() ? Double.NaN : c.ratioValue()))
                        .append(" | ").append(Figures.interval(c.ratioInterval())).append(" | ")
                        .append(Figures.signed(c.difference())).append(" | ").append(Figures.interval(c.differenceInterval()))
                        .append(" | ").append(Figures.pValue(c.adjustedPValue())).append(" | ")
                        .append(c.verdict().label()).append(" |\n");
            }
            md.append('\n');
        }
    }

    private static void categories(StringBuilder md, GroupingResult grouping) {
        List<String> categories = grouping.categories();
        md.append("Share of each decision:\n\n| group | ").append(categories.stream().map(MarkdownAuditReport::cell)
                .collect(Collectors.joining(" | "))).append(" |\n|---|")
                .append("---:|".repeat(categories.size())).append('\n');
        for (GroupSummary group : grouping.groups()) {
            md.append("| ").append(cell(group.tally().group().label())).append(" |");
            long decided = group.tally().categories().values().stream().mapToLong(Long::longValue).sum();
            for (String category : categories) {
                md.append(' ').append(group.suppressed() ? "suppressed" : Figures.rate(
                        decided == 0 ? Double.NaN : (double) group.tally().categories().getOrDefault(category, 0L) / decided))
                        .append(" |");
            }
            md.append('\n');
        }
        md.append('\n');
    }

    private static void drift(StringBuilder md, DriftResult drift) {
        md.append("## Over time (windows of ").append(drift.window()).append(")\n\n| window | decisions | ")
                .append(drift.categories().stream().map(MarkdownAuditReport::cell).collect(Collectors.joining(" | ")))
                .append(" |\n|---|---:|").append("---:|".repeat(drift.categories().size())).append('\n');
        for (WindowCounts window : drift.windows()) {
            md.append("| ").append(window.window()).append(" | ").append(window.decided()).append(" |");
            for (String category : drift.categories()) {
                md.append(' ').append(window.decided() == 0 ? "–"
                        : Figures.rate((double) window.count(category) / window.decided())).append(" |");
            }
            md.append('\n');
        }
        md.append('\n');
        if (!drift.sparse().isEmpty()) {
            md.append("Windows with too few decisions to test: ").append(String.join(", ", drift.sparse())).append(".\n\n");
        }
    }

    private static void biometric(StringBuilder md, List<DemographicDifferentials> summaries) {
        md.append("## Demographic differentials\n\n| threshold | groups | FMR min–max | FMR max/min | FNMR min–max"
                + " | FNMR max/min | FDR | GARBE |\n|---:|---:|---|---:|---|---:|---:|---:|\n");
        for (DemographicDifferentials d : summaries) {
            md.append("| ").append(d.threshold().threshold().toPlainString()).append(" | ").append(d.groups().size())
                    .append(" | ").append(Figures.rate(d.fmrMin())).append("–").append(Figures.rate(d.fmrMax()))
                    .append(" | ").append(Figures.ratio(d.fmrMaxMinRatio())).append(" | ")
                    .append(Figures.rate(d.fnmrMin())).append("–").append(Figures.rate(d.fnmrMax())).append(" | ")
                    .append(Figures.ratio(d.fnmrMaxMinRatio())).append(" | ").append(Figures.rate(d.fairnessDiscrepancyRate()))
                    .append(" | ").append(Figures.rate(d.garbe())).append(" |\n");
        }
        md.append("\nFDR: fairness discrepancy rate (1 = equal error rates). GARBE: Gini aggregation rate for"
                + " biometric equitability (0 = equal). Both weigh FMR and FNMR equally (α = 0.5).\n\n");
    }

    private static void method(StringBuilder md, Settings settings, AuditResult result) {
        AuditProvenance p = result.provenance();
        md.append("## Method and provenance\n\n")
                .append("Rates with Wilson intervals; ratios with Katz log intervals; differences with Newcombe hybrid"
                        + " score intervals (").append(Figures.percent(settings.confidence().level()))
                .append("). Tests: Fisher's exact test when an expected count is below 5, chi-square otherwise; ")
                .append(settings.correction().id()).append(" correction across the groups of each table; significance level ")
                .append(settings.alpha()).append(". Tolerance band ").append(settings.tolerance())
                .append(" (bounds included, compared exactly). Reference policy: ").append(settings.reference().id())
                .append(". Minimum group size: ").append(settings.minGroup()).append(".\n\n");
        md.append("- Input: ").append(fileName(p.inputFile())).append(" (").append(p.inputFormat()).append(", ")
                .append(p.inputBytes()).append(" bytes, SHA-256 ").append(p.inputSha256()).append(")\n");
        if (p.specId() != null) {
            md.append("- Spec: ").append(p.specId()).append(' ').append(p.specVersion()).append(" (SHA-256 ")
                    .append(p.specSha256()).append(")\n");
        }
        md.append("- Asylon ").append(p.asylonVersion()).append(" (count cube by ").append(p.engine()).append("), ")
                .append(p.generatedAt()).append('\n');
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static String fileName(String path) {
        return java.nio.file.Path.of(path).getFileName().toString();
    }
}
