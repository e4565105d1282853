package org.asylon.core.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.asylon.core.catalogue.Catalogue;
import org.asylon.core.expression.ExpressionCompiler;
import org.asylon.core.fact.Fact;
import org.asylon.core.fact.FactDefinition;
import org.asylon.core.fact.FactDictionary;
import org.asylon.core.fact.FactDictionaryReader;
import org.asylon.core.fact.FactState;
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
    private final Map<String, Fact> facts = new HashMap<>();
    private final Map<String, Object> known = new HashMap<>();

    ProfileFacts(Profile profile, FactDictionary dictionary, Catalogue catalogue) {
        this.profile = profile;
        this.dictionary = dictionary;
        for (Fact fact : profile.facts().values()) {
            facts.put(fact.key(), fact);
        }
        derive(profile, catalogue);
        List<String> unknown = new ArrayList<>();
        List<String> undisclosed = new ArrayList<>();
        List<String> contested = new ArrayList<>();
        for (FactDefinition definition : dictionary.all()) {
            Fact fact = fact(definition.key());
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
        return fact != null ? fact : Fact.withState(key, FactState.UNKNOWN);
    }

    /** A fresh copy of the known values, to which an instrument adds its own results. */
    Map<String, Object> knownValues() {
        return new HashMap<>(known);
    }

    Profile profile() {
        return profile;
    }

    FactUse use(String key) {
        Fact fact = fact(key);
        String label = dictionary.find(key).map(FactDefinition::label).orElse(key);
        return new FactUse(key, label, fact.state(), fact.value(), fact.confidence(), fact.sources(), fact.note());
    }

    /** Uses of the given fact keys, in dictionary order. */
    List<FactUse> uses(Collection<String> keys) {
        List<FactUse> uses = new ArrayList<>();
        for (FactDefinition definition : dictionary.all()) {
            if (keys.contains(definition.key())) {
                uses.add(use(definition.key()));
            }
        }
        return uses;
    }
}
