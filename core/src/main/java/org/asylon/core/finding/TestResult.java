package org.asylon.core.finding;

import java.util.List;

/** A structured legal test applied to a deployment: where it fails, step by step. */
public record TestResult(String id, String title, String right, List<String> legalBasis, TestOutcome outcome,
                         String failedAt, List<StepResult> steps, List<FactUse> missing) {
    public TestResult {
        legalBasis = List.copyOf(legalBasis);
        steps = List.copyOf(steps);
        missing = List.copyOf(missing);
    }
}
