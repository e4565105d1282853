package org.asylon.report;

import java.util.LinkedHashMap;
import java.util.Map;

/** Numbered footnotes, each text once, in order of first citation. */
final class Footnotes {

    private final Map<String, Integer> numbers = new LinkedHashMap<>();

    /** The Markdown reference for a footnote text, e.g. {@code [^3]}. */
    String cite(String text) {
        int number = numbers.computeIfAbsent(text, t -> numbers.size() + 1);
        return "[^" + number + "]";
    }

    boolean isEmpty() {
        return numbers.isEmpty();
    }

    void appendTo(StringBuilder out) {
        numbers.forEach((text, number) -> out.append("[^").append(number).append("]: ").append(text).append('\n'));
    }
}
