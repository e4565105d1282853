package org.asylon.core.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.asylon.core.catalogue.Catalogue;
import org.asylon.core.expression.ExpressionCompiler;
import org.asylon.core.fact.Fact;
import org.asylon.core.fact.FactDefinition;
import org.asylon.core.fact.FactDictionary;
import org.asylon.core.fact.FactDictionaryReader;
import org.asylon.core.finding.FactUse;
import org.asylon.core.profile.Operator;
import org.asylon.core.profile.Profile;

/**
 * A profile's facts as expression variables: the known values, the derived facts, and the
 * lists of facts in each other state. Built once per profile and shared by all instruments.
 */
final class ProfileFacts {

    private final Profile profile;
    private final FactDictionary dictionary;
    private final Map<String, Integer> order;
    private final Map<String, Fact> facts = new HashMap<>();
    private final Map<String, Object> known = new HashMap<>();
    private final Map<String, FactUse> uses = new HashMap<>();

    ProfileFacts(Profile profile, FactDictionary dictionary, Map<String, Integer> order, Catalogue catalogue) {
        this.profile = profile;
        this.dictionary = dictionary;
        this.order = order;
        facts.putAll(profile.facts());
        derive(profile, catalogue);
        List<String> unknown = new ArrayList<>();
        List<String> undisclosed = new ArrayList<>();
        List<String> contested = new ArrayList<>();
        for (FactDefinition definition : dictionary.all()) {
            Fact fact = facts.get(definition.key());
            if (fact == null) {
                unknown.add(definition.key());
                continue;
            }
            switch (fact.state()) {
                case KNOWN -> known.put(definition.key(), fact.expressionValue());
                case UNKNOWN -> unknown.add(definition.key());
                case UNDISCLOSED -> undisclosed.add(definition.key());
                case CONTESTED -> contested.add(definition.key());
            }
        }
        known.put(ExpressionCompiler.STATE_LISTS.get(0), List.copyOf(unknown));
        known.put(ExpressionCompiler.STATE_LISTS.get(1), List.copyOf(undisclosed));
        known.put(ExpressionCompiler.STATE_LISTS.get(2), List.copyOf(contested));
    }

    private void derive(Profile profile, Catalogue catalogue) {
        if (!profile.jurisdictions().isEmpty()) {
            facts.put("jurisdiction.codes", Fact.known("jurisdiction.codes", profile.jurisdictions()));
            facts.put("jurisdiction.eu", Fact.known("jurisdiction.eu",
                    profile.jurisdictions().stream().anyMatch(catalogue::isEu)));
        }
        if (!profile.operators().isEmpty()) {
            List<String> types = profile.operators().stream().map(Operator::type).distinct().toList();
            facts.put("operator.types", Fact.known("operator.types", types));
            facts.put("operator.public_body", Fact.known("operator.public_body",
                    types.stream().anyMatch(FactDictionaryReader::isPublicBody)));
        }
    }

    Fact fact(String key) {
        Fact fact = facts.get(key);
        return fact != null ? fact : profile.fact(key);
    }

    /** A fact's value as the expression language sees it, or null when it is not known. */
    Object value(String key) {
        return known.get(key);
    }

    Profile profile() {
        return profile;
    }

    FactUse use(String key) {
        FactUse use = uses.get(key);
        if (use == null) {
            Fact fact = fact(key);
            FactDefinition definition = dictionary.find(key).orElse(null);
            String label = definition == null ? key : definition.label();
            use = new FactUse(key, label, fact.state(), fact.value(), fact.confidence(), fact.sources(), fact.note(),
                    valueLabels(definition, fact.value()));
            uses.put(key, use);
        }
        return use;
    }

    /** The labels of an enum or set fact's values, as the dictionary words them. */
    private static List<String> valueLabels(FactDefinition definition, Object value) {
        if (definition == null || definition.choices().isEmpty() || value == null) {
            return List.of();
        }
        List<String> ids = value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of(String.valueOf(value));
        return ids.stream().map(id -> definition.choice(id).map(c -> c.label()).orElse(id)).toList();
    }

    /** Uses of the known facts among keys already in dictionary order. */
    List<FactUse> knownUses(List<String> orderedKeys) {
        FactUse[] out = new FactUse[orderedKeys.size()];
        int count = 0;
        for (String key : orderedKeys) {
            if (known.containsKey(key)) {
                out[count++] = use(key);
            }
        }
        return count == 0 ? List.of() : List.of(java.util.Arrays.copyOf(out, count));
    }

    /** Uses of the given fact keys, in dictionary order. */
    List<FactUse> uses(Collection<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        List<String> sorted = new ArrayList<>(keys);
        sorted.sort(Comparator.comparing(key -> order.getOrDefault(key, Integer.MAX_VALUE)));
        FactUse[] out = new FactUse[sorted.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = use(sorted.get(i));
        }
        return List.of(out);
    }
}
