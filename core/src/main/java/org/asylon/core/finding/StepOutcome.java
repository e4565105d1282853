package org.asylon.core.finding;

import java.util.Locale;

/** Whether one step of a legal test is met. A step passes only when none of its rules may fire. */
public enum StepOutcome {
    PASSED, FAILED, UNDETERMINED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
