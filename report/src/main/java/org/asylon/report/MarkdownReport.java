package org.asylon.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.asylon.core.catalogue.Provision;
import org.asylon.core.catalogue.Recommendation;
import org.asylon.core.fact.SourceRef;
import org.asylon.core.finding.Application;
import org.asylon.core.finding.AssessmentResult;
import org.asylon.core.finding.ClassificationResult;
import org.asylon.core.finding.FactUse;
import org.asylon.core.finding.Finding;
import org.asylon.core.finding.ScoreResult;
import org.asylon.core.finding.Severity;
import org.asylon.core.finding.StepResult;
import org.asylon.core.finding.TestResult;
import org.asylon.core.instrument.Standard;
import org.asylon.core.profile.Operator;
import org.asylon.core.profile.Profile;
import org.asylon.core.profile.Vendor;

/**
 * An assessment as a short footnoted memo: verdicts first, then findings by severity with the
 * step where the test fails, the provisions, the facts and their sources; then what is still
 * unknown and should be requested, and the recommendations that answer the findings.
 */
public final class MarkdownReport {

    private final Citations citations;

    public MarkdownReport(Citations citations) {
        this.citations = citations;
    }

    public String render(List<ProfileAssessment> assessments) {
        StringBuilder out = new StringBuilder();
        for (ProfileAssessment assessment : assessments) {
            if (!out.isEmpty()) {
                out.append("\n---\n\n");
            }
            out.append(render(assessment));
        }
        return out.toString();
    }

    public String render(ProfileAssessment assessment) {
        Profile profile = assessment.profile();
        Footnotes notes = new Footnotes();
        StringBuilder out = new StringBuilder();
        out.append("# ").append(escape(profile.name())).append("\n\n");
        if (profile.summary() != null) {
            out.append(escape(profile.summary())).append("\n\n");
        }
        identity(profile, out);
        for (AssessmentResult result : assessment.results()) {
            result(profile, result, notes, out);
        }
        if (!notes.isEmpty()) {
            out.append("\n");
            notes.appendTo(out);
        }
        return out.toString();
    }

    private void identity(Profile profile, StringBuilder out) {
        out.append("| Deployment | `").append(profile.id()).append("` |\n|---|---|\n");
        out.append("| Status | ").append(profile.status());
        if (profile.start() != null) {
            out.append(" (since ").append(profile.start()).append(profile.end() != null ? ", until " + profile.end() : "").append(')');
        }
        out.append(" |\n");
        if (!profile.jurisdictions().isEmpty()) {
            out.append("| Jurisdictions | ").append(String.join(", ", profile.jurisdictions())).append(" |\n");
        }
        if (!profile.operators().isEmpty()) {
            out.append("| Operators | ").append(escape(String.join("; ", profile.operators().stream()
                    .map(Operator::name).toList()))).append(" |\n");
        }
        if (!profile.vendors().isEmpty()) {
            out.append("| Vendors | ").append(escape(String.join("; ", profile.vendors().stream()
                    .map(v -> v.name() + (v.role() != null ? " (" + v.role() + ")" : "")).toList()))).append(" |\n");
        }
        out.append('\n');
    }

    private void result(Profile profile, AssessmentResult result, Footnotes notes, StringBuilder out) {
        out.append("## ").append(escape(result.instrumentTitle())).append(" (").append(result.instrumentId())
                .append(" ").append(result.instrumentVersion()).append(")\n\n");
        if (result.application() == Application.BENCHMARK) {
            out.append("> **Benchmark, not a finding of law.** ").append(escape(orDefault(result.benchmarkNote(),
                    "This law does not bind the deployment; results show what it would require if it did."))).append("\n\n");
        } else if (result.application() == Application.UNDETERMINED) {
            out.append("> **Whether this law applies is undetermined**; missing: ")
                    .append(facts(profile, result.applicationMissing(), notes)).append("\n\n");
        }
        verdicts(profile, result, notes, out);
        tests(result, out);
        findings(profile, result, notes, out);
        unknowns(profile, result, notes, out);
        recommendations(result, out);
    }

    private void verdicts(Profile profile, AssessmentResult result, Footnotes notes, StringBuilder out) {
        out.append("**Worst severity:** ").append(result.worstSeverity().map(Severity::id).orElse("none fired"));
        out.append(" · **Findings:** ").append(result.fired().size()).append(" fired, ")
                .append(result.undetermined().size()).append(" undetermined\n\n");
        for (ClassificationResult c : result.classifications().values()) {
            out.append("- **").append(escape(c.title())).append(":** ");
            if (c.determined()) {
                out.append("**").append(escape(orDefault(c.label(), c.value()))).append("**");
                if (c.met() != null) {
                    out.append(" (").append(c.met()).append(" met, ").append(c.open()).append(" undetermined)");
                }
                if (c.explanation() != null) {
                    out.append(". ").append(escape(c.explanation()));
                }
                provisions(c.legalBasis(), notes, out);
            } else {
                out.append("undetermined between ").append(String.join(", ", c.candidates()));
            }
            if (!c.missing().isEmpty()) {
                out.append(" Open: ").append(facts(profile, c.missing(), notes)).append('.');
            }
            out.append('\n');
        }
        for (ScoreResult s : result.scores().values()) {
            out.append("- **").append(escape(s.title())).append(":** ");
            out.append(s.determined() ? number(s.low()) : number(s.low()) + " to " + number(s.high()));
            out.append(" of ").append(number(s.maximum()));
            if (s.band() != null) {
                out.append(", level **").append(s.band()).append("**");
            } else if (!s.candidateBands().isEmpty()) {
                out.append(", level between ").append(String.join(" and ", s.candidateBands()));
            }
            out.append('\n');
        }
        if (!result.classifications().isEmpty() || !result.scores().isEmpty()) {
            out.append('\n');
        }
    }

    private void tests(AssessmentResult result, StringBuilder out) {
        if (result.tests().isEmpty()) {
            return;
        }
        out.append("### Legal tests\n\n| Test | Outcome | Steps |\n|---|---|---|\n");
        for (TestResult test : result.tests()) {
            out.append("| ").append(escape(test.title())).append(" | ").append(outcome(test)).append(" | ");
            List<String> steps = new ArrayList<>();
            for (StepResult step : test.steps()) {
                steps.add(escape(step.title()) + ": " + step.outcome().id().replace('_', ' '));
            }
            out.append(String.join("; ", steps)).append(" |\n");
        }
        out.append('\n');
    }

    private static String outcome(TestResult test) {
        return switch (test.outcome()) {
            case FAILS -> "**fails** at " + test.failedAt();
            case UNDETERMINED -> "undetermined";
            case PASSES -> "passes";
            case NOT_ENGAGED -> "not engaged";
        };
    }

    private void findings(Profile profile, AssessmentResult result, Footnotes notes, StringBuilder out) {
        if (result.findings().isEmpty()) {
            out.append("No rule fired and none is undetermined.\n\n");
            return;
        }
        if (!result.fired().isEmpty()) {
            out.append("### Findings\n\n");
        }
        for (Finding finding : result.fired()) {
            out.append("#### ").append(escape(finding.title())).append(" — ").append(finding.severity().id()).append("\n\n");
            if (finding.standard() == Standard.HUMAN_RIGHTS_STANDARD) {
                out.append("*Human-rights standard: this goes beyond what current law requires.*\n\n");
            } else if (finding.standard() == Standard.GOOD_PRACTICE) {
                out.append("*Good practice rather than a legal requirement.*\n\n");
            }
            out.append(escape(finding.explanation()).strip()).append("\n\n");
            if (finding.test() != null) {
                out.append("- **Step:** ").append(finding.test()).append(" → ").append(finding.step()).append('\n');
            }
            out.append("- **Legal basis:** ");
            List<String> cited = new ArrayList<>();
            for (String id : finding.legalBasis()) {
                cited.add(provision(id, notes));
            }
            out.append(String.join(", ", cited)).append('\n');
            if (!finding.facts().isEmpty()) {
                out.append("- **Facts:** ").append(facts(profile, finding.facts(), notes)).append('\n');
            }
            if (!finding.missing().isEmpty()) {
                out.append("- **Missing:** ").append(facts(profile, finding.missing(), notes)).append('\n');
            }
            if (!finding.recommendations().isEmpty()) {
                out.append("- **Recommendations:** ").append(String.join("; ", finding.recommendations().stream()
                        .map(id -> citations.recommendation(id).map(Recommendation::title).orElse(id)).map(MarkdownReport::escape)
                        .toList())).append('\n');
            }
            out.append("- **Rule:** `").append(finding.id()).append("` when `").append(finding.condition().replace('`', '\'')
                    .replaceAll("\\s+", " ").strip()).append("`\n\n");
        }
        openQuestions(result, out);
    }

    /** Findings that may hold, in one table: what each would establish and what it waits on. */
    private void openQuestions(AssessmentResult result, StringBuilder out) {
        if (result.undetermined().isEmpty()) {
            return;
        }
        out.append("### Open questions\n\n").append("These findings may hold; the facts listed would decide them.\n\n")
                .append("| Possible finding | Severity | Test → step | Decided by | Legal basis |\n|---|---|---|---|---|\n");
        for (Finding finding : result.undetermined()) {
            out.append("| ").append(escape(finding.title()))
                    .append(finding.standard() == Standard.HUMAN_RIGHTS_STANDARD ? " *(human-rights standard)*" : "")
                    .append(" | ").append(finding.severity().id())
                    .append(" | ").append(finding.test() == null ? "" : finding.test() + " → " + finding.step())
                    .append(" | ").append(escape(String.join("; ", finding.missing().stream().map(FactUse::label).toList())))
                    .append(" | ").append(String.join(", ", finding.legalBasis().stream().map(this::link).toList()))
                    .append(" |\n");
        }
        out.append('\n');
    }

    private String link(String provisionId) {
        return citations.provision(provisionId)
                .map(p -> "[" + escape(p.citation()) + "](" + p.url() + ")")
                .orElse(provisionId);
    }

    /** The facts to request: every missing fact, with the findings that wait on it. */
    private void unknowns(Profile profile, AssessmentResult result, Footnotes notes, StringBuilder out) {
        Map<String, FactUse> missing = new LinkedHashMap<>();
        Map<String, Set<String>> neededBy = new LinkedHashMap<>();
        for (Finding finding : result.undetermined()) {
            for (FactUse use : finding.missing()) {
                missing.putIfAbsent(use.key(), use);
                neededBy.computeIfAbsent(use.key(), k -> new LinkedHashSet<>()).add(finding.id());
            }
        }
        for (ClassificationResult c : result.classifications().values()) {
            for (FactUse use : c.missing()) {
                missing.putIfAbsent(use.key(), use);
                neededBy.computeIfAbsent(use.key(), k -> new LinkedHashSet<>()).add(c.id());
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        out.append("### Still unknown: what to request\n\n");
        for (FactUse use : missing.values()) {
            out.append("- ").append(escape(use.label())).append(" (`").append(use.key()).append("`, ")
                    .append(use.state().id()).append(")");
            if (use.note() != null) {
                out.append(": ").append(escape(use.note()));
            }
            sources(profile, use.sources(), notes, out);
            out.append(" — decides ").append(String.join(", ", neededBy.get(use.key()))).append('\n');
        }
        out.append('\n');
    }

    private void recommendations(AssessmentResult result, StringBuilder out) {
        Set<String> ids = new LinkedHashSet<>();
        result.fired().forEach(finding -> ids.addAll(finding.recommendations()));
        if (ids.isEmpty()) {
            return;
        }
        out.append("### Recommendations\n\n");
        for (String id : ids) {
            citations.recommendation(id).ifPresentOrElse(
                    r -> out.append("- **").append(escape(r.title())).append(".** ").append(escape(r.text())).append('\n'),
                    () -> out.append("- ").append(id).append('\n'));
        }
        out.append('\n');
    }

    private String facts(Profile profile, List<FactUse> uses, Footnotes notes) {
        List<String> parts = new ArrayList<>();
        for (FactUse use : uses) {
            StringBuilder part = new StringBuilder(escape(use.label()));
            if (use.value() != null) {
                part.append(": ").append(escape(use.valueLabels().isEmpty() ? Citations.value(use.value())
                        : String.join(", ", use.valueLabels())));
            } else {
                part.append(" (").append(use.state().id()).append(')');
            }
            if (use.confidence() != null) {
                part.append(" [").append(use.confidence().id()).append(" confidence]");
            }
            sources(profile, use.sources(), notes, part);
            parts.add(part.toString());
        }
        return String.join("; ", parts);
    }

    private void sources(Profile profile, List<SourceRef> refs, Footnotes notes, StringBuilder out) {
        for (SourceRef ref : refs) {
            out.append(notes.cite(escape(citations.sourceText(profile, ref))));
        }
    }

    private void provisions(List<String> ids, Footnotes notes, StringBuilder out) {
        if (!ids.isEmpty()) {
            out.append(" (").append(String.join(", ", ids.stream().map(id -> provision(id, notes)).toList())).append(')');
        }
    }

    private String provision(String id, Footnotes notes) {
        Provision provision = citations.provision(id).orElse(null);
        if (provision == null) {
            return id;
        }
        return "[" + escape(provision.citation()) + "](" + provision.url() + ")"
                + notes.cite(escape(provision.citation() + ": " + provision.title()
                + (provision.appliesFrom() != null ? " (applies from " + provision.appliesFrom() + ")" : "")));
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(java.util.Locale.ROOT, "%.2f", value);
    }

    private static String orDefault(String value, String fallback) {
        return value != null ? value : fallback;
    }

    /** Escapes the characters that would turn data into Markdown structure. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("*", "\\*").replace("_", "\\_")
                .replace("[", "\\[").replace("]", "\\]").replace("<", "&lt;").replace(">", "&gt;").replace("`", "\\`");
    }
}
