package org.asylon.audit.finding;

import java.util.List;
import org.asylon.core.finding.Severity;

/**
 * What an audit concluded, with the counts it rests on and the provisions it engages.
 *
 * @param id stable within a result: kind, analysis, outcome source and metric (or category)
 * @param analysis the grouping (e.g. "nationality × sex"), or "time" for drift, "data" for data quality
 * @param groups the groups (or windows) affected
 */
public record AuditFinding(String id, String kind, Severity severity, String title, String explanation,
                           List<String> legalBasis, String analysis, List<String> groups, List<Evidence> evidence) {

    public AuditFinding {
        legalBasis = List.copyOf(legalBasis);
        groups = List.copyOf(groups);
        evidence = List.copyOf(evidence);
    }
}
