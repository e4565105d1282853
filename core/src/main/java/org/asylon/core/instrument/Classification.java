package org.asylon.core.instrument;

import java.util.List;

/**
 * A verdict such as an AI Act class or "DPIA required": outcomes tried in order, the first whose
 * condition holds wins. When {@code counts} names rules, outcome conditions can read {@code met}
 * (how many of them fired) and {@code open} (how many are undetermined).
 */
public record Classification(String id, String title, List<String> counts, List<Outcome> outcomes) {
    public Classification {
        counts = List.copyOf(counts);
        outcomes = List.copyOf(outcomes);
    }
}
