package org.asylon.core.fact;

import java.util.Locale;

/** How far the sources establish a fact. */
public enum Confidence {
    HIGH, MEDIUM, LOW;

    private final String id = name().toLowerCase(Locale.ROOT);

    public String id() {
        return id;
    }

    public static Confidence fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
