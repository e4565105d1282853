package org.asylon.core.instrument;

/** The level a score reaches from {@code minimum} upward. */
public record Band(double minimum, String value, String label) {
}
