package org.asylon.audit;

import java.util.List;
import java.util.Optional;
import org.asylon.audit.biometric.DemographicDifferentials;
import org.asylon.audit.disparity.GroupingResult;
import org.asylon.audit.drift.DriftResult;
import org.asylon.audit.finding.AuditFinding;
import org.asylon.audit.finding.AuditSummary;
import org.asylon.audit.metric.OutcomeSource;
import org.asylon.audit.spec.AuditSpec;
import org.asylon.core.finding.Severity;

/**
 * The result of an audit. Immutable; findings are ordered gravest first.
 *
 * @param groupings one analysis per group attribute, then the intersectional one when there are several
 * @param drift decisions over time, or {@code null} without a time column
 * @param biometric per threshold, in biometric mode; empty otherwise
 */
public record AuditResult(AuditSpec spec, AuditProvenance provenance, DataSummary data, List<OutcomeSource> sources,
                          List<GroupingResult> groupings, DriftResult drift, List<DemographicDifferentials> biometric,
                          List<AuditFinding> findings, AuditSummary summary) {

    public AuditResult {
        sources = List.copyOf(sources);
        groupings = List.copyOf(groupings);
        biometric = List.copyOf(biometric);
        findings = List.copyOf(findings);
    }

    public Optional<Severity> worstSeverity() {
        return findings.stream().map(AuditFinding::severity).min(Enum::compareTo);
    }
}
