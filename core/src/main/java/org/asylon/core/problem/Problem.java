package org.asylon.core.problem;

import java.util.List;

/**
 * One thing wrong with an input file, located as precisely as the input allows.
 * Line and column are 1-based; 0 means "not known" (for example a missing file). The message is
 * English; a problem may also carry its {@link Detail}, so that a page can say it in its reader's
 * language (and fall back to the message where it has no words for that kind).
 */
public record Problem(String file, int line, int column, String message, Detail detail) {

    /** The kind of problem (a stable name such as {@code profile.unknownSource}) and the values its message names. */
    public record Detail(String kind, List<String> arguments) {
        public Detail {
            arguments = List.copyOf(arguments);
        }
    }

    public Problem(String file, int line, int column, String message) {
        this(file, line, column, message, null);
    }

    public static Problem inFile(String file, String message) {
        return new Problem(file, 0, 0, message);
    }

    /** This problem with its kind and the values its message names. */
    public Problem about(String kind, Object... arguments) {
        List<String> values = new java.util.ArrayList<>();
        for (Object argument : arguments) {
            values.add(String.valueOf(argument));
        }
        return new Problem(file, line, column, message, new Detail(kind, values));
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
