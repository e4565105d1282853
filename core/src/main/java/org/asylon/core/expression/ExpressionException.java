package org.asylon.core.expression;

/** An expression failed at evaluation time: a defect of the instrument, not of the profile. */
public final class ExpressionException extends RuntimeException {
    public ExpressionException(String message, Throwable cause) {
        super(message, cause);
    }
}
