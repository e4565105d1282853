package org.asylon.core.finding;

import java.util.Locale;

/** A finding either fired (its condition holds on known facts) or is undetermined (it may hold). */
public enum FindingStatus {
    FIRED, UNDETERMINED;

    private final String id = name().toLowerCase(Locale.ROOT);

    public String id() {
        return id;
    }
}
