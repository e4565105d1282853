package org.asylon.core.problem;

/**
 * One thing wrong with an input file, located as precisely as the input allows.
 * Line and column are 1-based; 0 means "not known" (for example a missing file).
 */
public record Problem(String file, int line, int column, String message) {

    public static Problem inFile(String file, String message) {
        return new Problem(file, 0, 0, message);
    }

    /** The conventional compiler form: {@code file:line:column: message}. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(file);
        if (line > 0) {
            out.append(':').append(line);
            if (column > 0) {
                out.append(':').append(column);
            }
        }
        return out.append(": ").append(message).toString();
    }
}
