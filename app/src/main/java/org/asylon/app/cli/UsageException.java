package org.asylon.app.cli;

/** A mistake in how a command was called (an unknown instrument id, say): exit 2, no stack trace. */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
