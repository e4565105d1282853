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
        return org.asylon.core.problem.Suggestions.closest(key, facts.keySet());
    }
}
