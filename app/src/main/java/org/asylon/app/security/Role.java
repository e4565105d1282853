package org.asylon.app.security;

import java.util.Locale;

/** What a signed-in person may do. Anonymous visitors see only the public register. */
public enum Role {
    ADMIN, ASSESSOR, REVIEWER, VIEWER;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
