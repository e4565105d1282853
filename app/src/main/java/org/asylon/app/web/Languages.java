package org.asylon.app.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The languages of the platform: English and every language that has a translation of the
 * platform's strings ({@code i18n/messages_xx.properties}). A translator adds a language by
 * adding its bundle files, without code.
 */
final class Languages {

    private static final Pattern BUNDLE = Pattern.compile("messages_([a-z]{2,3})\\.properties");
    /** Languages written right to left (ISO 639 codes). */
    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "ckb", "dv", "fa", "he", "ps", "sd", "ug", "ur", "yi");
    private static final Map<String, String> OWN_NAMES = new ConcurrentHashMap<>();

    private Languages() {
    }

    /** English first, then the others in code order. */
    static List<String> discover() {
        Set<String> found = new TreeSet<>();
        try {
            for (Resource bundle : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/messages_*.properties")) {
                Matcher matcher = BUNDLE.matcher(String.valueOf(bundle.getFilename()));
                if (matcher.matches()) {
                    found.add(matcher.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the message bundles", e);
        }
        found.remove("en");
        List<String> languages = new ArrayList<>();
        languages.add("en");
        languages.addAll(found);
        return List.copyOf(languages);
    }

    static boolean rightToLeft(String language) {
        return RIGHT_TO_LEFT.contains(language);
    }

    /** A language's name in that language, for a language with no name in the bundles. */
    static String ownName(String language) {
        return OWN_NAMES.computeIfAbsent(language, code -> {
            Locale locale = Locale.forLanguageTag(code);
            return locale.getDisplayLanguage(locale);
        });
    }

}
