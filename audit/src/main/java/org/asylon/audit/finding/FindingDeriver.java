package org.asylon.audit.finding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.asylon.audit.DataSummary;
import org.asylon.audit.disparity.Comparison;
import org.asylon.audit.disparity.GroupResult;
import org.asylon.audit.disparity.GroupSummary;
import org.asylon.audit.disparity.GroupingResult;
import org.asylon.audit.disparity.MetricResult;
import org.asylon.audit.disparity.Standing;
import org.asylon.audit.disparity.Verdict;
import org.asylon.audit.drift.DriftEvent;
import org.asylon.audit.drift.DriftResult;
import org.asylon.audit.metric.Figures;
import org.asylon.audit.metric.Metric;
import org.asylon.audit.metric.Rate;
import org.asylon.audit.spec.Settings;

/**
 * Turns the analyses into findings and the summary. Of each complementary pair of error rates
 * (TPR/FNR, TNR/FPR, PPV/FDR, NPV/FOR) findings use the one that counts errors; tables show all.
 */
public final class FindingDeriver {

    /** The metrics findings are raised on. */
    public static final Set<Metric> JUDGED = Set.of(Metric.SELECTION_RATE, Metric.FNR, Metric.FPR, Metric.FDR,
            Metric.FOR, Metric.FMR, Metric.FNMR);

    private final Settings settings;

    public FindingDeriver(Settings settings) {
        this.settings = settings;
    }

    public List<AuditFinding> findings(List<GroupingResult> groupings, DriftResult drift, DataSummary data) {
        List<AuditFinding> findings = new ArrayList<>();
        for (GroupingResult grouping : groupings) {
            for (MetricResult metric : grouping.metrics()) {
                if (JUDGED.contains(metric.metric())) {
                    disparity(grouping, metric).ifPresent(findings::add);
                }
            }
            insufficient(grouping).ifPresent(findings::add);
            suppressed(grouping).ifPresent(findings::add);
        }
        if (drift != null) {
            findings.addAll(drift(drift));
        }
        missing(data).ifPresent(findings::add);
        findings.sort(Comparator.comparing(AuditFinding::severity));
        return findings;
    }

    private java.util.Optional<AuditFinding> disparity(GroupingResult grouping, MetricResult result) {
        List<GroupResult> affected = result.withVerdict(Verdict.DISPARITY);
        if (affected.isEmpty()) {
            return java.util.Optional.empty();
        }
        String kindId = switch (result.metric().kind()) {
            case OUTCOME -> "disparate-outcomes";
            case BIOMETRIC -> "differential-biometric-accuracy";
            default -> "differential-error-rates";
        };
        FindingKind kind = FindingKind.of(kindId);
        String where = "by " + grouping.grouping().label() + sourceText(result);
        StringBuilder text = new StringBuilder();
        text.append("Compared with ").append(result.referenceLabel()).append(" (").append(result.metric().label())
                .append(' ').append(Figures.rate(result.referenceRate().value())).append(", ")
                .append(Figures.count(result.referenceRate())).append("), ");
        List<String> parts = new ArrayList<>();
        List<Evidence> evidence = new ArrayList<>();
        for (GroupResult group : affected) {
            Comparison c = group.comparison();
            parts.add(group.group().label() + " has " + Figures.rate(group.rate().value()) + " ("
                    + Figures.count(group.rate()) + "), a ratio of " + Figures.ratio(c.ratioValue()) + " ("
                    + Figures.percent(settings.confidence().level()) + " CI " + Figures.interval(c.ratioInterval())
                    + "), corrected p " + Figures.pValue(c.adjustedPValue()) + side(result.metric(), c.ratioValue()));
            evidence.add(new Evidence(group.group().label(), group.rate(), c.reference(), c.ratioValue(),
                    c.ratioInterval(), c.adjustedPValue()));
        }
        text.append(String.join("; ", parts)).append(". Each ratio lies outside the tolerance band ")
                .append(settings.tolerance()).append(" and the difference is significant after ")
                .append(settings.correction().id()).append(" correction. The ").append(result.metric().label())
                .append(" is the ").append(result.metric().description()).append('.');
        String id = kindId + "/" + grouping.grouping().label() + "/" + result.source().id() + "/" + result.metric().id();
        return java.util.Optional.of(new AuditFinding(id, kindId, kind.severity(),
                kind.title() + " (" + result.metric().label() + ", " + where + ")", text.toString(), kind.legalBasis(),
                grouping.grouping().label(), affected.stream().map(g -> g.group().label()).toList(), evidence));
    }

    private java.util.Optional<AuditFinding> insufficient(GroupingResult grouping) {
        Set<String> groups = new TreeSet<>();
        List<Evidence> evidence = new ArrayList<>();
        for (MetricResult result : grouping.metrics()) {
            if (result.metric() != Metric.SELECTION_RATE && result.metric().kind() != Metric.Kind.BIOMETRIC) {
                continue;
            }
            for (GroupResult group : result.withVerdict(Verdict.INSUFFICIENT_DATA)) {
                if (groups.add(group.group().label())) {
                    evidence.add(new Evidence(group.group().label(), group.rate(), group.comparison().reference(),
                            group.comparison().ratioValue(), group.comparison().ratioInterval(),
                            group.comparison().adjustedPValue()));
                }
            }
        }
        if (groups.isEmpty()) {
            return java.util.Optional.empty();
        }
        FindingKind kind = FindingKind.of("insufficient-data");
        String text = "For " + String.join(", ", groups) + " (by " + grouping.grouping().label() + ") the data cannot"
                + " tell whether there is a disparity: too few people in a rate's denominator (fewer than "
                + settings.minGroup() + "), or a ratio outside the tolerance band that is not significant after"
                + " correction. Absence of evidence is not evidence of equal treatment.";
        return java.util.Optional.of(new AuditFinding("insufficient-data/" + grouping.grouping().label(), kind.kind(),
                kind.severity(), kind.title() + " (by " + grouping.grouping().label() + ")", text, kind.legalBasis(),
                grouping.grouping().label(), List.copyOf(groups), evidence));
    }

    private java.util.Optional<AuditFinding> suppressed(GroupingResult grouping) {
        List<String> groups = grouping.groups().stream().filter(GroupSummary::suppressed)
                .map(g -> g.tally().group().label()).toList();
        if (groups.isEmpty()) {
            return java.util.Optional.empty();
        }
        FindingKind kind = FindingKind.of("suppressed-groups");
        String text = groups.size() + (groups.size() == 1 ? " group has" : " groups have") + " fewer than "
                + settings.minGroup() + " people and " + (groups.size() == 1 ? "is" : "are")
                + " suppressed: no figure of " + (groups.size() == 1 ? "it" : "them")
                + " is shown, for statistical honesty and for the privacy of the people in them: "
                + String.join(", ", groups) + ".";
        return java.util.Optional.of(new AuditFinding("suppressed-groups/" + grouping.grouping().label(), kind.kind(),
                kind.severity(), kind.title() + " (by " + grouping.grouping().label() + ")", text, kind.legalBasis(),
                grouping.grouping().label(), groups, List.of()));
    }

    private List<AuditFinding> drift(DriftResult drift) {
        List<AuditFinding> findings = new ArrayList<>();
        Map<String, List<DriftEvent>> byKey = drift.events().stream().collect(Collectors.groupingBy(
                e -> e.kind().id() + "/" + (e.category() == null ? "" : e.category()),
                java.util.LinkedHashMap::new, Collectors.toList()));
        for (List<DriftEvent> events : byKey.values()) {
            DriftEvent first = events.get(0);
            String kindId = switch (first.kind()) {
                case VANISHED -> "vanished-outcome";
                case COLLAPSED -> "collapsed-outcome";
                case SHIFTED -> "distribution-shift";
            };
            FindingKind kind = FindingKind.of(kindId);
            String later = events.size() > 1 ? " The same holds in " + (events.size() - 1) + " later window"
                    + (events.size() > 2 ? "s" : "") + " (" + events.stream().skip(1).map(DriftEvent::window)
                    .collect(Collectors.joining(", ")) + ")." : "";
            String text = switch (first.kind()) {
                case VANISHED -> "'" + first.category() + "' falls to zero in the window starting " + first.window()
                        + " (0 of " + first.inWindow().total() + " decisions) after a share of "
                        + Figures.rate(first.baseline().value()) + " (" + Figures.count(first.baseline())
                        + ") in earlier windows; corrected p " + Figures.pValue(first.adjustedPValue()) + "." + later
                        + " A tool that stops giving an outcome may have been changed or may be failing.";
                case COLLAPSED -> "'" + first.category() + "' falls to a share of "
                        + Figures.rate(first.inWindow().value()) + " (" + Figures.count(first.inWindow())
                        + ") in the window starting " + first.window() + ", from " + Figures.rate(first.baseline().value())
                        + " (" + Figures.count(first.baseline()) + ") in earlier windows; corrected p "
                        + Figures.pValue(first.adjustedPValue()) + "." + later;
                case SHIFTED -> "In the window starting " + first.window() + " the distribution of decisions moves by a"
                        + " total-variation distance of " + Figures.rate(first.distance()) + " from earlier windows;"
                        + " corrected p " + Figures.pValue(first.adjustedPValue()) + "." + later;
            };
            List<Evidence> evidence = events.stream().map(e -> new Evidence(e.window(), e.inWindow(), e.baseline(),
                    Double.NaN, null, e.adjustedPValue())).toList();
            String subject = first.category() == null ? "" : " ('" + first.category() + "')";
            findings.add(new AuditFinding(kindId + "/" + (first.category() == null ? "all" : first.category()), kindId,
                    kind.severity(), kind.title() + subject + ", from " + first.window(), text, kind.legalBasis(), "time",
                    events.stream().map(DriftEvent::window).toList(), evidence));
        }
        return findings;
    }

    private java.util.Optional<AuditFinding> missing(DataSummary data) {
        List<String> parts = new ArrayList<>();
        List<Evidence> evidence = new ArrayList<>();
        add(parts, evidence, "decision", data.missingDecision(), data.rows());
        add(parts, evidence, "true outcome", data.missingTruth(), data.rows());
        add(parts, evidence, "score", data.missingScore(), data.rows());
        add(parts, evidence, "timestamp", data.missingTime(), data.rows());
        data.notRecorded().forEach((attribute, count) -> {
            if (count == DataSummary.SUPPRESSED) {
                parts.add(attribute + " in fewer than " + settings.minGroup() + " rows");
            } else {
                add(parts, evidence, attribute, count, data.rows());
            }
        });
        if (parts.isEmpty()) {
            return java.util.Optional.empty();
        }
        FindingKind kind = FindingKind.of("missing-values");
        String text = "Missing values: " + String.join("; ", parts) + ". Rows without a decision or true outcome are"
                + " left out of the rates that need it and counted here; missing group values form their own group, '"
                + org.asylon.audit.cube.CellKey.NOT_RECORDED + "'. Gaps that fall unevenly on groups can hide or"
                + " create disparities.";
        return java.util.Optional.of(new AuditFinding("missing-values", kind.kind(), kind.severity(), kind.title(),
                text, kind.legalBasis(), "data", List.of(), evidence));
    }

    private static void add(List<String> parts, List<Evidence> evidence, String what, long missing, long rows) {
        if (missing > 0) {
            parts.add(what + " in " + missing + " of " + rows + " rows");
            evidence.add(Evidence.count(what, new Rate(missing, rows)));
        }
    }

    /** The summary that the profile's evidence facts are set from. */
    public AuditSummary summary(List<GroupingResult> groupings) {
        Judgement outcomes = judge(groupings, m -> m == Metric.SELECTION_RATE);
        Judgement accuracy = judge(groupings, m -> m != Metric.SELECTION_RATE && JUDGED.contains(m));
        Set<String> affected = new TreeSet<>();
        for (GroupingResult grouping : groupings) {
            for (MetricResult result : grouping.metrics()) {
                if (JUDGED.contains(result.metric())) {
                    result.withVerdict(Verdict.DISPARITY).forEach(g -> affected.add(g.group().label()));
                }
            }
        }
        Verdict verdict;
        if (outcomes == Judgement.DISPARITY || accuracy == Judgement.DISPARITY) {
            verdict = Verdict.DISPARITY;
        } else if (outcomes != Judgement.UNCLEAR && accuracy != Judgement.UNCLEAR
                && (outcomes == Judgement.CLEAR || accuracy == Judgement.CLEAR)) {
            verdict = Verdict.NO_EVIDENCE_OF_DISPARITY;
        } else {
            verdict = Verdict.INSUFFICIENT_DATA;
        }
        return new AuditSummary(verdict, largest(groupings), List.copyOf(affected), outcomes.fact(), accuracy.fact());
    }

    /** What the comparisons of a set of metrics say together. */
    private enum Judgement {
        /** No such metric was compared (no labels, say). */
        ABSENT,
        DISPARITY,
        /** Every comparison found no evidence of disparity. */
        CLEAR,
        /** Some comparison could not be judged. */
        UNCLEAR;

        Boolean fact() {
            return this == DISPARITY ? Boolean.TRUE : this == CLEAR ? Boolean.FALSE : null;
        }
    }

    private static Judgement judge(List<GroupingResult> groupings, java.util.function.Predicate<Metric> metrics) {
        boolean present = false;
        boolean any = false;
        boolean allClear = true;
        for (GroupingResult grouping : groupings) {
            for (MetricResult result : grouping.metrics()) {
                if (!metrics.test(result.metric())) {
                    continue;
                }
                present = true;
                for (GroupResult group : result.groups()) {
                    if (group.standing() != Standing.COMPARED) {
                        continue;
                    }
                    any = true;
                    Verdict verdict = group.comparison().verdict();
                    if (verdict == Verdict.DISPARITY) {
                        return Judgement.DISPARITY;
                    }
                    allClear &= verdict == Verdict.NO_EVIDENCE_OF_DISPARITY;
                }
            }
        }
        return !present ? Judgement.ABSENT : !any ? Judgement.UNCLEAR : allClear ? Judgement.CLEAR : Judgement.UNCLEAR;
    }

    private static LargestDisparity largest(List<GroupingResult> groupings) {
        LargestDisparity largest = null;
        for (GroupingResult grouping : groupings) {
            for (MetricResult result : grouping.metrics()) {
                if (result.metric() != Metric.SELECTION_RATE) {
                    continue;
                }
                for (GroupResult group : result.groups()) {
                    Comparison c = group.comparison();
                    if (c == null || c.test() == null || c.ratio() == null) {
                        continue;
                    }
                    if (largest == null || c.ratioValue() < largest.ratio()) {
                        largest = new LargestDisparity(grouping.grouping().label(), result.source().label(),
                                group.group().label(), result.referenceLabel(), c.ratioValue(), c.ratioInterval(),
                                c.verdict());
                    }
                }
            }
        }
        return largest;
    }

    /** Whose side a difference falls on, for metrics where higher or lower is plainly better for people. */
    private static String side(Metric metric, double ratio) {
        boolean higher = ratio > 1;
        return switch (metric.better()) {
            case HIGHER -> higher ? ", to the group's advantage" : ", to the group's disadvantage";
            case LOWER -> higher ? ", to the group's disadvantage" : ", to the group's advantage";
            case NEITHER -> "";
        };
    }

    private static String sourceText(MetricResult result) {
        return result.source().decisionColumn() ? "" : ", " + result.source().label();
    }
}
