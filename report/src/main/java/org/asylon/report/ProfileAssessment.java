package org.asylon.report;

import java.util.List;
import org.asylon.core.finding.AssessmentResult;
import org.asylon.core.profile.Profile;

/** A profile with the results of the instruments applied to it: what a report renders. */
public record ProfileAssessment(Profile profile, List<AssessmentResult> results) {
    public ProfileAssessment {
        results = List.copyOf(results);
    }
}
