package org.asylon.core.finding;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One instrument applied to one profile. Immutable; findings are ordered gravest first. */
public record AssessmentResult(
        String profileId,
        String profileName,
        String instrumentId,
        String instrumentVersion,
        String instrumentTitle,
        Application application,
        String benchmarkNote,
        List<FactUse> applicationMissing,
        List<Finding> findings,
        List<TestResult> tests,
        Map<String, ClassificationResult> classifications,
        Map<String, ScoreResult> scores,
        Provenance provenance) {

    public AssessmentResult {
        applicationMissing = List.copyOf(applicationMissing);
        findings = List.copyOf(findings);
        tests = List.copyOf(tests);
        classifications = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(classifications));
        scores = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(scores));
    }

    public List<Finding> fired() {
        return findings.stream().filter(f -> f.status() == FindingStatus.FIRED).toList();
    }

    public List<Finding> undetermined() {
        return findings.stream().filter(f -> f.status() == FindingStatus.UNDETERMINED).toList();
    }

    /** The gravest severity among fired findings; empty when nothing fired. */
    public Optional<Severity> worstSeverity() {
        return fired().stream().map(Finding::severity).min(Comparator.naturalOrder());
    }

    /** Undetermined findings, classifications and scores: the open questions. */
    public int undeterminedCount() {
        return undetermined().size()
                + (int) classifications.values().stream().filter(c -> !c.determined()).count()
                + (int) scores.values().stream().filter(s -> !s.determined()).count();
    }
}
