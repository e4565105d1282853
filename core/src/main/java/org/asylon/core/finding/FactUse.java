package org.asylon.core.finding;

import java.util.List;
import org.asylon.core.fact.Confidence;
import org.asylon.core.fact.FactState;
import org.asylon.core.fact.SourceRef;

/**
 * A fact a result read, with its value and what it rests on, so every result can be traced.
 * {@code valueLabels} gives, for enum and set facts, the labels of the values (else empty).
 */
public record FactUse(String key, String label, FactState state, Object value, Confidence confidence,
                      List<SourceRef> sources, String note, List<String> valueLabels) {
    public FactUse {
        sources = List.copyOf(sources);
        valueLabels = List.copyOf(valueLabels);
    }
}
