package org.asylon.core.instrument;

import java.util.List;
import org.asylon.core.expression.Condition;

/** One possible value of a classification, chosen when its condition holds. */
public record Outcome(String value, String label, Condition when, String explanation, List<String> legalBasis) {
    public Outcome {
        legalBasis = List.copyOf(legalBasis);
    }
}
