package org.asylon.core.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An explanation with {@code {{fact.key}}} placeholders, parsed once: the literal pieces around
 * the placeholders and, for each placeholder, its fact key and the fact's index in the
 * {@link FactIndex} (-1 for a key outside the dictionary).
 */
final class Explanation {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-z_.]+)\\s*}}");

    private final String text;
    private final String[] literals;
    private final String[] keys;
    private final int[] indexes;

    Explanation(String text, FactIndex facts) {
        this.text = text;
        List<String> literals = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        int last = 0;
        while (matcher.find()) {
            literals.add(text.substring(last, matcher.start()));
            keys.add(matcher.group(1));
            last = matcher.end();
        }
        literals.add(text.substring(last));
        this.literals = literals.toArray(String[]::new);
        this.keys = keys.toArray(String[]::new);
        this.indexes = keys.stream().mapToInt(facts::indexOf).toArray();
    }

    /** The text with each placeholder replaced by the fact's value, or its state in brackets. */
    String render(ProfileFacts facts) {
        if (keys.length == 0) {
            return text;
        }
        String[] pieces = new String[2 * keys.length + 1];
        for (int i = 0; i < keys.length; i++) {
            pieces[2 * i] = literals[i];
            pieces[2 * i + 1] = indexes[i] >= 0 ? facts.display(indexes[i]) : facts.display(keys[i]);
        }
        pieces[2 * keys.length] = literals[keys.length];
        return String.join("", pieces);
    }
}
