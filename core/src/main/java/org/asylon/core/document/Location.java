package org.asylon.core.document;

/** A 1-based line and column in a text file. */
public record Location(int line, int column) {
    public static final Location UNKNOWN = new Location(0, 0);
}
