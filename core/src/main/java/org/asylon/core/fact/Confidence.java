package org.asylon.core.fact;

import java.util.Locale;

/** How far the sources establish a fact. */
public enum Confidence {
    HIGH, MEDIUM, LOW;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Confidence fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
