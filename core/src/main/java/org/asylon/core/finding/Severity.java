package org.asylon.core.finding;

import java.util.Locale;

/** How grave a finding is, from {@code PROHIBITED} (the gravest) down to {@code INFO}. */
public enum Severity {
    PROHIBITED, CRITICAL, HIGH, MEDIUM, LOW, INFO;

    private final String id = name().toLowerCase(Locale.ROOT);

    public String id() {
        return id;
    }

    public static Severity fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }

    /** True when this severity is as grave as {@code other} or graver. */
    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }
}
