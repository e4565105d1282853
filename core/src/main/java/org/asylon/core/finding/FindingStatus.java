package org.asylon.core.finding;

import java.util.Locale;

/** A finding either fired (its condition holds on known facts) or is undetermined (it may hold). */
public enum FindingStatus {
    FIRED, UNDETERMINED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
