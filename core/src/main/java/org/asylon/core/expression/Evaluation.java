package org.asylon.core.expression;

import java.util.Set;

/**
 * The result of a condition: its truth and, when unknown, exactly the variables whose absence
 * kept it from being decided. The set is taken as given (callers hand over a set they no longer
 * change); it is exposed read-only.
 */
public record Evaluation(Truth truth, Set<String> missing) {

    public static final Evaluation TRUE = new Evaluation(Truth.TRUE, Set.of());
    public static final Evaluation FALSE = new Evaluation(Truth.FALSE, Set.of());

    public Evaluation {
        missing = missing.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(missing);
    }

    public static Evaluation of(boolean value) {
        return value ? TRUE : FALSE;
    }
}
