package org.asylon.core.instrument;

import org.asylon.core.expression.Condition;

/** A named condition that rules reuse ({@code rule.<id>} in expressions); it yields no finding. */
public record Definition(String id, String title, Condition when) {
}
