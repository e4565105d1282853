package org.asylon.core.finding;

import java.util.List;

/** The outcome of one step, with the findings that decided it. */
public record StepResult(String id, String title, StepOutcome outcome, List<String> findings) {
    public StepResult {
        findings = List.copyOf(findings);
    }
}
