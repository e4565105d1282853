package org.asylon.core.expression;

/**
 * The values of the variables an expression may read. A variable whose value is null is not
 * known, and is given to the expression language as an unknown.
 */
@FunctionalInterface
public interface Bindings {

    /** The variable's value, or null when it is not known. */
    Object value(String name);

    /** The same by a numbered variable; implementations may look it up faster. */
    default Object value(Variable variable) {
        return value(variable.name());
    }
}
