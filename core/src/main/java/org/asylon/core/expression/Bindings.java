package org.asylon.core.expression;

import java.util.Map;

/**
 * The values of the variables an expression may read. A variable absent from {@link #known()}
 * is not known, and is given to the expression language as an unknown.
 */
public interface Bindings {

    Map<String, Object> known();
}
