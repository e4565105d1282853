package org.asylon.core.translation;

/**
 * The knowledge texts of one language, falling back to English, with typed helpers for the
 * texts pages show. Helpers that take a fallback use it when the key addresses no English text
 * (for example a technology id no longer in the catalogue).
 */
public final class LanguageTexts {

    private final KnowledgeTexts texts;
    private final String language;

    LanguageTexts(KnowledgeTexts texts, String language) {
        this.texts = texts;
        this.language = language;
    }

    public String language() {
        return language;
    }

    /** The text by key, or null when the key addresses no text. */
    public String text(String key) {
        return texts.text(language, key);
    }

    public String text(String key, String fallback) {
        String found = text(key);
        return found != null ? found : fallback;
    }

    public String glossaryTerm(String id) {
        return text(TextKeys.glossaryTerm(id), id);
    }

    public String glossaryDefinition(String id) {
        return text(TextKeys.glossaryDefinition(id));
    }

    public String rightName(String id) {
        return text(TextKeys.rightName(id), id);
    }

    public String technologyName(String id) {
        return text(TextKeys.technologyName(id), id);
    }

    public String sectionTitle(String id) {
        return text(TextKeys.sectionTitle(id), id);
    }

    public String factLabel(String key) {
        return text(TextKeys.factLabel(key), key);
    }

    public String factHelp(String key) {
        return text(TextKeys.factHelp(key));
    }

    /** The label of an enum or set fact's value; the value itself when it has none. */
    public String factValue(String key, String valueId) {
        return text(TextKeys.factValue(key, valueId), valueId);
    }

    public String provisionTitle(String id) {
        return text(TextKeys.provisionTitle(id));
    }

    public String instrumentTitle(String instrumentId, String fallback) {
        return text(TextKeys.instrumentTitle(instrumentId), fallback);
    }

    public String ruleTitle(String instrumentId, String ruleId, String fallback) {
        return instrumentText(instrumentId, "rules", ruleId, "title", fallback);
    }

    public String testTitle(String instrumentId, String testId, String fallback) {
        return instrumentText(instrumentId, "tests", testId, "title", fallback);
    }

    public String classificationTitle(String instrumentId, String classificationId, String fallback) {
        return instrumentText(instrumentId, "classifications", classificationId, "title", fallback);
    }

    /** A text of an element of an instrument's list ({@code rules}, {@code tests}, {@code classifications}...). */
    public String instrumentText(String instrumentId, String list, String elementId, String field, String fallback) {
        return text(TextKeys.instrumentElement(instrumentId, list, elementId, field), fallback);
    }
}
