package org.asylon.core.instrument;

import org.asylon.core.expression.Condition;

/** Points added to a score when a condition holds. */
public record ScoreItem(String label, Condition when, double points) {
}
