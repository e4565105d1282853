package org.asylon.core.fact;

/** One allowed value of an enum or set fact. */
public record Choice(String id, String label) {
}
