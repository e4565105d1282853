package org.asylon.app.assessment;

import org.asylon.app.assessment.AssessmentRepository.StoredAssessment;

/**
 * One instrument's stored runs on a deployment: the latest (null if never run), the one before,
 * whether the latest is out of date, and (computed on request) what changed between the two.
 */
public record AssessmentStatus(
        String instrumentId,
        String instrumentTitle,
        String instrumentVersion,
        StoredAssessment latest,
        StoredAssessment previous,
        boolean factsChanged,
        boolean instrumentChanged,
        boolean knowledgeChanged) {

    public boolean neverRun() {
        return latest == null;
    }

    /** What changed from the previous run to the latest, or null when there is no previous run. */
    public AssessmentChange change() {
        return previous == null ? null : AssessmentChange.between(previous.resultJson(), latest.resultJson());
    }

    public boolean outOfDate() {
        return latest == null || factsChanged || instrumentChanged || knowledgeChanged;
    }
}
