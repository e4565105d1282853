package org.asylon.audit.spec;

import java.util.Set;

/**
 * The true outcome (label): whether the favourable decision would have been the right one for
 * this person (eligible, complied, was entitled). Binary. When no favourable value is named it
 * is inferred (see {@code LabelValues}).
 */
public record LabelSpec(ColumnRef column, Set<String> favourable) {

    public LabelSpec {
        favourable = Set.copyOf(favourable);
    }
}
