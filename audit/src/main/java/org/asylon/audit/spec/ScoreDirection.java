package org.asylon.audit.spec;

import java.util.Locale;

/** Which end of a score is favourable for the person: a high eligibility score, a low risk score. */
public enum ScoreDirection {
    HIGH, LOW;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ScoreDirection fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
