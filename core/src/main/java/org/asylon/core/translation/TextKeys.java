package org.asylon.core.translation;

import java.util.List;

/**
 * The keys of knowledge texts, built from the ids of the English sources: {@code glossary.<id>.term},
 * {@code fact.<key>.value.<valueId>}, {@code instrument.<iid>.rules.<ruleId>.title} and so on
 * (docs/translations.md lists them all).
 */
public final class TextKeys {

    /** The kinds of text, each translated in a file of its name ({@code facts.yaml}, ...). */
    public static final List<String> KINDS = List.of(
            "glossary", "rights", "technologies", "facts", "provisions", "instruments", "recommendations");

    private TextKeys() {
    }

    public static String glossaryTerm(String id) {
        return "glossary." + id + ".term";
    }

    public static String glossaryDefinition(String id) {
        return "glossary." + id + ".definition";
    }

    public static String rightName(String id) {
        return "right." + id + ".name";
    }

    public static String rightDescription(String id) {
        return "right." + id + ".description";
    }

    public static String technologyName(String id) {
        return "technology." + id + ".name";
    }

    public static String technologyDescription(String id) {
        return "technology." + id + ".description";
    }

    public static String sectionTitle(String id) {
        return "section." + id + ".title";
    }

    public static String sectionDescription(String id) {
        return "section." + id + ".description";
    }

    public static String factLabel(String key) {
        return "fact." + key + ".label";
    }

    public static String factHelp(String key) {
        return "fact." + key + ".help";
    }

    public static String factValue(String key, String valueId) {
        return "fact." + key + ".value." + valueId;
    }

    public static String provisionTitle(String id) {
        return "provision." + id + ".title";
    }

    public static String recommendationTitle(String id) {
        return "recommendation." + id + ".title";
    }

    public static String recommendationText(String id) {
        return "recommendation." + id + ".text";
    }

    public static String instrumentTitle(String instrumentId) {
        return "instrument." + instrumentId + ".title";
    }

    public static String instrumentSummary(String instrumentId) {
        return "instrument." + instrumentId + ".summary";
    }

    /** A text of an element of one of an instrument's top-level lists ({@code rules}, {@code tests}, ...). */
    public static String instrumentElement(String instrumentId, String list, String elementId, String field) {
        return "instrument." + instrumentId + "." + list + "." + elementId + "." + field;
    }

    /** The kind (and file name without extension) a key belongs to, or null for a key of no kind. */
    public static String kind(String key) {
        int dot = key.indexOf('.');
        String prefix = dot < 0 ? key : key.substring(0, dot);
        return switch (prefix) {
            case "glossary" -> "glossary";
            case "right" -> "rights";
            case "technology" -> "technologies";
            case "section", "fact" -> "facts";
            case "provision" -> "provisions";
            case "recommendation" -> "recommendations";
            case "instrument" -> "instruments";
            default -> null;
        };
    }
}
