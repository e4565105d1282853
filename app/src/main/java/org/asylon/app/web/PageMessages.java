package org.asylon.app.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * The platform's strings for pages, formatted once per language, key and arguments and kept: a
 * register page asks for about a hundred of them, and formatting each through the message source
 * (its count, a choice format, most of all) took a fifth of the page's time. The bundles do not
 * change while the platform runs. Only strings whose arguments are text or whole numbers are kept,
 * at most {@link #LIMIT}; past that they are formatted each time.
 */
@Component
public class PageMessages {

    static final int LIMIT = 20_000;
    /** Kept for a key that has no string, since the map holds no nulls. */
    private static final String MISSING = new String("\0missing");

    private record Key(String language, String key, List<Object> args) {
    }

    private final MessageSource messages;
    private final Map<Key, String> kept = new ConcurrentHashMap<>();

    public PageMessages(MessageSource messages) {
        this.messages = messages;
    }

    /** The string for {@code key} in the locale's platform language, formatted with {@code args}; the key itself if there is none. */
    public String get(String key, Object[] args, Locale locale) {
        return getOrElse(key, args, key, locale);
    }

    /** The string for {@code key} formatted with {@code args}, else the fallback as it is. */
    public String getOrElse(String key, Object[] args, String fallback, Locale locale) {
        String text = lookup(key, args, Ui.language(locale));
        return text == MISSING ? fallback : text;
    }

    private String lookup(String key, Object[] args, String language) {
        if (!keepable(args)) {
            return format(key, args, language);
        }
        Key entry = new Key(language, key, List.of(args));
        String text = kept.get(entry);
        if (text == null) {
            text = format(key, args, language);
            if (kept.size() < LIMIT) {
                kept.put(entry, text);
            }
        }
        return text;
    }

    private String format(String key, Object[] args, String language) {
        try {
            return messages.getMessage(key, args.length == 0 ? null : args, Locale.forLanguageTag(language));
        } catch (NoSuchMessageException e) {
            return MISSING;
        }
    }

    private static boolean keepable(Object[] args) {
        for (Object arg : args) {
            if (!(arg instanceof String || arg instanceof Integer || arg instanceof Long)) {
                return false;
            }
        }
        return true;
    }
}
