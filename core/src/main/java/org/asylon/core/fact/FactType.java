package org.asylon.core.fact;

import java.util.Locale;

/** The kinds of value a fact can hold, as declared in the fact dictionary. */
public enum FactType {
    BOOLEAN, ENUM, SET, INTEGER, NUMBER, SHARE, TEXT, DATE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static FactType fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
