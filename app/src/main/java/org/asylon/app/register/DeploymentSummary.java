package org.asylon.app.register;

import java.time.Instant;
import java.util.List;

/**
 * One row of the register: a deployment with the verdicts of its latest assessment and where it
 * stands in review. {@code approvedRevision} is the revision a reviewer approved, if any.
 */
public record DeploymentSummary(
        String id,
        String name,
        boolean published,
        int currentRevision,
        int version,
        String status,
        List<String> jurisdictions,
        List<String> technologies,
        String operators,
        String vendors,
        String worstSeverity,
        String aiActClass,
        String dpia,
        Instant updatedAt,
        String reviewState,
        Integer approvedRevision,
        String reviewComment) {

    /** The current revision's assessment is approved. */
    public boolean approved() {
        return "approved".equals(reviewState) && approvedRevision != null && approvedRevision == currentRevision;
    }

    public DeploymentSummary {
        jurisdictions = List.copyOf(jurisdictions);
        technologies = List.copyOf(technologies);
    }
}
