package org.asylon.core.finding;

import java.util.Locale;

/** The outcome of a whole legal test for one right. */
public enum TestOutcome {
    /** The right is not interfered with, so the test does not arise. */
    NOT_ENGAGED,
    /** The interference fails at least one step: it is not justified. */
    FAILS,
    /** No step fails on known facts, but some cannot be decided. */
    UNDETERMINED,
    /** Every step is met on known facts. */
    PASSES;

    private final String id = name().toLowerCase(Locale.ROOT);

    public String id() {
        return id;
    }
}
