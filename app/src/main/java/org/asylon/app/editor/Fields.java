package org.asylon.app.editor;

/** The names of the profile form's fields; templates, conversion and drafts share them. */
public final class Fields {

    public static final String ID = "id";
    public static final String NAME = "name";
    public static final String SUMMARY = "summary";
    public static final String STATUS = "status";
    public static final String JURISDICTIONS = "jurisdictions";
    public static final String OPERATOR = "op.";
    public static final String SOURCE = "src.";

    private Fields() {
    }

    public static String operator(int row, String field) {
        return OPERATOR + row + "." + field;
    }

    public static String source(int row, String field) {
        return SOURCE + row + "." + field;
    }

    /** A part of one fact: {@code state}, {@code value}, {@code count}, {@code confidence}, ... */
    public static String fact(String key, String part) {
        return "f." + key + "." + part;
    }

    public static String reference(String key, int row, String field) {
        return references(key, -1) + row + "." + field;
    }

    public static String claim(String key, int row, String field) {
        return fact(key, "claim." + row + "." + field);
    }

    /** The prefix of a fact's source rows ({@code claim < 0}) or of one of its claims' source rows. */
    public static String references(String key, int claim) {
        return claim < 0 ? fact(key, "ref.") : claim(key, claim, "ref.");
    }

    /** An element id for a field name (dots are legal in ids but awkward in selectors). */
    public static String elementId(String name) {
        return "f-" + name.replace('.', '-');
    }
}
