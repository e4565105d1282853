package org.asylon.audit.spec;

import java.util.Set;

/**
 * The decision or prediction column and which of its values are favourable for the person
 * (a grant, a release, a low risk rating). Either list may be given; when only the adverse
 * values are listed, every other recorded value counts as favourable.
 */
public record DecisionSpec(ColumnRef column, Set<String> favourable, Set<String> adverse) {

    public DecisionSpec {
        favourable = Set.copyOf(favourable);
        adverse = Set.copyOf(adverse);
        if (favourable.isEmpty() && adverse.isEmpty()) {
            throw new IllegalArgumentException("a decision needs its favourable or its adverse values");
        }
    }

    public boolean isFavourable(String value) {
        return favourable.isEmpty() ? !adverse.contains(value) : favourable.contains(value);
    }
}
