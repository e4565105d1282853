package org.asylon.core.finding;

import java.util.Locale;

/**
 * Whether one step of a legal test is met. A step passes only when none of its rules may fire;
 * a step the instrument has no rule for is not assessed, never passed.
 */
public enum StepOutcome {
    PASSED, FAILED, UNDETERMINED, NOT_ASSESSED;

    private final String id = name().toLowerCase(Locale.ROOT);

    public String id() {
        return id;
    }
}
