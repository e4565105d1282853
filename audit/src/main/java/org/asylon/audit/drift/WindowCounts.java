package org.asylon.audit.drift;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** The decisions of one time window, by category. {@code window} is the window's first day. */
public record WindowCounts(String window, long rows, long missingDecision, Map<String, Long> categories) {

    public WindowCounts {
        categories = Collections.unmodifiableMap(new TreeMap<>(categories));
    }

    public long decided() {
        return rows - missingDecision;
    }

    public long count(String category) {
        return categories.getOrDefault(category, 0L);
    }
}
