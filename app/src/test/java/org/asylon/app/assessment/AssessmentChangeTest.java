package org.asylon.app.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.asylon.app.assessment.AssessmentChange.FindingChange;
import org.asylon.app.assessment.AssessmentChange.Kind;
import org.asylon.app.assessment.AssessmentChange.ValueChange;
import org.junit.jupiter.api.Test;

/** The difference between two stored results, on two small results written by hand in the JSON output's shape. */
class AssessmentChangeTest {

    static final String BEFORE = """
            {"findings": [
               {"id": "a", "title": "A", "status": "fired", "severity": "high"},
               {"id": "b", "title": "B", "status": "fired", "severity": "medium"},
               {"id": "same", "title": "Same", "status": "undetermined", "severity": "low"}],
             "classifications": {"dpia": {"title": "DPIA", "value": "required", "label": "Required"},
                                 "kept": {"title": "Kept", "value": "x"}},
             "tests": [{"id": "privacy", "title": "Privacy", "outcome": "fails",
                        "steps": [{"id": "legality", "title": "Legality", "outcome": "failed"},
                                  {"id": "aim", "title": "Aim", "outcome": "passed"}]}]}
            """;

    static final String AFTER = """
            {"findings": [
               {"id": "a", "title": "A", "status": "undetermined", "severity": "high"},
               {"id": "same", "title": "Same", "status": "undetermined", "severity": "low"},
               {"id": "c", "title": "C", "status": "fired", "severity": "critical"}],
             "classifications": {"dpia": {"title": "DPIA", "value": null},
                                 "kept": {"title": "Kept", "value": "x"}},
             "tests": [{"id": "privacy", "title": "Privacy", "outcome": "passes",
                        "steps": [{"id": "legality", "title": "Legality", "outcome": "passed"},
                                  {"id": "aim", "title": "Aim", "outcome": "passed"}]}]}
            """;

    @Test
    void findsAddedRemovedAndChangedFindingsClassificationsTestsAndSteps() {
        AssessmentChange change = AssessmentChange.between(BEFORE, AFTER);
        assertThat(change.findings()).containsExactly(
                new FindingChange(Kind.CHANGED, "a", "A", "fired", "undetermined", "high", "high"),
                new FindingChange(Kind.ADDED, "c", "C", null, "fired", null, "critical"),
                new FindingChange(Kind.REMOVED, "b", "B", "fired", null, "medium", null));
        assertThat(change.classifications()).containsExactly(new ValueChange("DPIA", "Required", null));
        assertThat(change.tests()).containsExactly(new ValueChange("Privacy", "fails", "passes"));
        assertThat(change.steps()).containsExactly(new ValueChange("Privacy — Legality", "failed", "passed"));
        assertThat(change.isEmpty()).isFalse();
    }

    @Test
    void aResultComparedWithItselfHasNoChange() {
        assertThat(AssessmentChange.between(AFTER, AFTER).isEmpty()).isTrue();
    }
}
