package org.asylon.core.fact;

import java.util.List;

/**
 * One fact about a deployment: its state, its value when known, and what it rests on.
 * Values are Boolean, String (enum, text, date), List&lt;String&gt; (set), Long (integer),
 * Double (number) or {@link Share}.
 */
public record Fact(
        String key,
        FactState state,
        Object value,
        Confidence confidence,
        List<SourceRef> sources,
        String asOf,
        String note,
        List<Claim> claims) {

    public Fact {
        sources = List.copyOf(sources);
        claims = List.copyOf(claims);
        if ((state == FactState.KNOWN) != (value != null)) {
            throw new IllegalArgumentException("a fact has a value exactly when it is known: " + key);
        }
    }

    public static Fact known(String key, Object value) {
        return new Fact(key, FactState.KNOWN, value, null, List.of(), null, null, List.of());
    }

    public static Fact withState(String key, FactState state) {
        return new Fact(key, state, null, null, List.of(), null, null, List.of());
    }

    public boolean isKnown() {
        return state == FactState.KNOWN;
    }

    /** The value as the expression language sees it (shares become fractions). */
    public Object expressionValue() {
        return value instanceof Share share ? share.fraction() : value;
    }
}
