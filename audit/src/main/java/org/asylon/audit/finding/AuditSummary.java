package org.asylon.audit.finding;

import java.util.List;
import org.asylon.audit.disparity.Verdict;

/**
 * The audit in one line, and what it can say about the deployment's evidence facts.
 *
 * @param verdict DISPARITY when any judged comparison found one; NO_EVIDENCE_OF_DISPARITY when
 *     every comparison with enough data found none; INSUFFICIENT_DATA otherwise
 * @param largest the smallest favourable-decision ratio (decision mode), or {@code null}
 * @param groupsAffected the groups with a disparity in any metric
 * @param disparateOutcomes whether favourable decisions differ; {@code null} when the audit cannot tell
 * @param differentialAccuracy whether error rates differ; {@code null} without labels or biometric data, or when it cannot tell
 */
public record AuditSummary(Verdict verdict, LargestDisparity largest, List<String> groupsAffected,
                           Boolean disparateOutcomes, Boolean differentialAccuracy) {

    public AuditSummary {
        groupsAffected = List.copyOf(groupsAffected);
    }
}
