package org.asylon.core.instrument;

import org.asylon.core.expression.Condition;

/** A factor applied to a score when a condition holds (for example, strong mitigation). */
public record Adjustment(String label, Condition when, double factor) {
}
