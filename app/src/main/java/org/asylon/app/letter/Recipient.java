package org.asylon.app.letter;

import java.util.List;

/** A body a person can write to about a deployment; {@code address} and {@code website} may be {@code unknown}. */
public record Recipient(String name, String role, List<String> languages, List<String> regimes, String address,
                        String website) {

    public static final String UNKNOWN = "unknown";

    public Recipient {
        languages = List.copyOf(languages);
        regimes = List.copyOf(regimes);
    }

    public boolean addressKnown() {
        return !UNKNOWN.equals(address);
    }

    public boolean websiteKnown() {
        return !UNKNOWN.equals(website);
    }
}
