package org.asylon.core.fact;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every fact a profile can state, in dictionary order, plus the derived facts. */
public final class FactDictionary {

    private final List<Section> sections;
    private final Map<String, FactDefinition> facts;

    public FactDictionary(List<Section> sections, List<FactDefinition> definitions) {
        this.sections = List.copyOf(sections);
        Map<String, FactDefinition> byKey = new LinkedHashMap<>();
        for (FactDefinition definition : definitions) {
            byKey.put(definition.key(), definition);
        }
        this.facts = java.util.Collections.unmodifiableMap(byKey);
    }

    public List<Section> sections() {
        return sections;
    }

    public Collection<FactDefinition> all() {
        return facts.values();
    }

    /** The facts a profile may write (all but the derived ones). */
    public List<FactDefinition> writable() {
        return facts.values().stream().filter(definition -> !definition.derived()).toList();
    }

    public Optional<FactDefinition> find(String key) {
        return Optional.ofNullable(facts.get(key));
    }

    public FactDefinition get(String key) {
        FactDefinition definition = facts.get(key);
        if (definition == null) {
            throw new IllegalArgumentException("no fact " + key);
        }
        return definition;
    }

    public boolean contains(String key) {
        return facts.containsKey(key);
    }

    public List<FactDefinition> inSection(String section) {
        return facts.values().stream().filter(definition -> definition.section().equals(section)).toList();
    }

    /** The closest known key to a misspelt one, for "did you mean" hints. */
    public Optional<String> suggest(String key) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : facts.keySet()) {
            int distance = distance(key, candidate);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = candidate;
            }
        }
        return bestDistance <= Math.max(2, key.length() / 4) ? Optional.ofNullable(best) : Optional.empty();
    }

    public static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
