package org.asylon.core.translation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The knowledge texts in English and their translations by language, looked up by key with
 * fallback to English. Immutable; every translated key is known to address an English text.
 */
public final class KnowledgeTexts {

    public static final String ENGLISH = "en";

    private final Map<String, String> english;
    private final Map<String, Map<String, String>> translations;

    public KnowledgeTexts(Map<String, String> english, Map<String, Map<String, String>> translations) {
        this.english = Collections.unmodifiableMap(new LinkedHashMap<>(english));
        Map<String, Map<String, String>> copy = new TreeMap<>();
        translations.forEach((language, texts) -> {
            for (String key : texts.keySet()) {
                if (!english.containsKey(key)) {
                    throw new IllegalArgumentException("no English text for " + language + " key " + key);
                }
            }
            copy.put(language, Map.copyOf(texts));
        });
        this.translations = Collections.unmodifiableMap(copy);
    }

    /** English texts only. */
    public static KnowledgeTexts englishOnly(Map<String, String> english) {
        return new KnowledgeTexts(english, Map.of());
    }

    /** The text in a language, else in English; null when the key addresses no text at all. */
    public String text(String language, String key) {
        String translated = translations.getOrDefault(language, Map.of()).get(key);
        return translated != null ? translated : english.get(key);
    }

    /** The texts of one language, with fallback to English. */
    public LanguageTexts in(String language) {
        return new LanguageTexts(this, language);
    }

    public boolean isTranslated(String language, String key) {
        return translations.getOrDefault(language, Map.of()).containsKey(key);
    }

    /** The languages with translations, in alphabetical order (English not included). */
    public Set<String> languages() {
        return translations.keySet();
    }

    public Map<String, String> english() {
        return english;
    }

    /** How much of each kind of text each language translates, languages then kinds in order. */
    public List<Coverage> coverage() {
        List<Coverage> out = new ArrayList<>();
        for (String language : languages()) {
            for (String kind : TextKeys.KINDS) {
                int total = 0;
                int translated = 0;
                for (String key : english.keySet()) {
                    if (kind.equals(TextKeys.kind(key))) {
                        total++;
                        if (isTranslated(language, key)) {
                            translated++;
                        }
                    }
                }
                out.add(new Coverage(language, kind, translated, total));
            }
        }
        return out;
    }

    /** The English texts a language does not translate yet, in source order. */
    public Map<String, String> missing(String language, String kind) {
        Map<String, String> out = new LinkedHashMap<>();
        english.forEach((key, text) -> {
            if ((kind == null || kind.equals(TextKeys.kind(key))) && !isTranslated(language, key)) {
                out.put(key, text);
            }
        });
        return out;
    }

    /** Translated texts of one kind in one language, out of the English total. */
    public record Coverage(String language, String kind, int translated, int total) {
        public int missing() {
            return total - translated;
        }
    }
}
