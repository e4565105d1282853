package org.asylon.core.fact;

import java.util.Locale;

/**
 * How much is known about a fact. Only {@code KNOWN} facts can decide a rule; the others make
 * a rule that needs them undetermined, and are listed so a user knows what to request.
 */
public enum FactState {
    KNOWN, UNKNOWN, UNDISCLOSED, CONTESTED;

    private final String id = name().toLowerCase(Locale.ROOT);

    public String id() {
        return id;
    }

    public static FactState fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
