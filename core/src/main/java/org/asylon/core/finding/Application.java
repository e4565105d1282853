package org.asylon.core.finding;

import java.util.Locale;

/**
 * Whether an instrument's law binds the deployment. Outside its jurisdiction the results are a
 * benchmark ("if this were deployed in the EU"), never a finding of law.
 */
public enum Application {
    LAW, BENCHMARK, UNDETERMINED;

    private final String id = name().toLowerCase(Locale.ROOT);

    public String id() {
        return id;
    }
}
