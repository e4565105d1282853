package org.asylon.audit.input;

/** Quoting for the few places where names and paths go into SQL text. */
public final class SqlText {

    private SqlText() {
    }

    public static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    public static String identifier(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
