package org.asylon.core.instrument;

import java.util.Locale;

/**
 * What a rule's finding rests on: binding law, or the human-rights standard that goes
 * beyond current law (such as calls to prohibit a practice the law still permits).
 */
public enum Standard {
    LAW, HUMAN_RIGHTS_STANDARD, GOOD_PRACTICE;

    private final String id = name().toLowerCase(Locale.ROOT);

    public String id() {
        return id;
    }

    public static Standard fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
