package org.asylon.core.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.asylon.core.catalogue.Catalogue;
import org.asylon.core.expression.ExpressionCompiler;
import org.asylon.core.fact.Fact;
import org.asylon.core.fact.FactDefinition;
import org.asylon.core.fact.FactDictionaryReader;
import org.asylon.core.finding.FactUse;
import org.asylon.core.profile.Operator;
import org.asylon.core.profile.Profile;

/**
 * A profile's facts as expression variables: the known values, the derived facts, and the
 * lists of facts in each other state. Values are kept by the fact's index in the dictionary
 * ({@link FactIndex}). Built once per profile and shared by all instruments (and threads).
 */
final class ProfileFacts {

    private final Profile profile;
    private final FactIndex index;
    /** Facts derived from the profile's identity (EU membership, public body), by key. */
    private final Map<String, Fact> derived = new HashMap<>();
    /** The profile's facts (and the derived ones) by fact index; null where the profile says nothing. */
    private final Fact[] facts;
    /** Known values by fact index, then the state lists; null where a fact is not known. */
    private final Object[] values;
    /** Uses by fact index, made on first use (immutable, so a racing duplicate is harmless). */
    private final FactUse[] uses;
    /** Values as explanations show them, by fact index, made on first use. */
    private final String[] displays;

    ProfileFacts(Profile profile, FactIndex index, Catalogue catalogue) {
        this.profile = profile;
        this.index = index;
        derive(profile, catalogue);
        int size = index.size();
        facts = new Fact[size];
        values = new Object[size + ExpressionCompiler.STATE_LISTS.size()];
        uses = new FactUse[size];
        displays = new String[size];
        List<String> unknown = new ArrayList<>();
        List<String> undisclosed = new ArrayList<>();
        List<String> contested = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String key = index.key(i);
            Fact fact = derived.containsKey(key) ? derived.get(key) : profile.facts().get(key);
            facts[i] = fact;
            if (fact == null) {
                unknown.add(key);
                continue;
            }
            switch (fact.state()) {
                case KNOWN -> values[i] = fact.expressionValue();
                case UNKNOWN -> unknown.add(key);
                case UNDISCLOSED -> undisclosed.add(key);
                case CONTESTED -> contested.add(key);
            }
        }
        values[size] = List.copyOf(unknown);
        values[size + 1] = List.copyOf(undisclosed);
        values[size + 2] = List.copyOf(contested);
    }

    private void derive(Profile profile, Catalogue catalogue) {
        if (!profile.jurisdictions().isEmpty()) {
            derived.put("jurisdiction.codes", Fact.known("jurisdiction.codes", profile.jurisdictions()));
            derived.put("jurisdiction.eu", Fact.known("jurisdiction.eu",
                    profile.jurisdictions().stream().anyMatch(catalogue::isEu)));
        }
        if (!profile.operators().isEmpty()) {
            List<String> types = profile.operators().stream().map(Operator::type).distinct().toList();
            derived.put("operator.types", Fact.known("operator.types", types));
            derived.put("operator.public_body", Fact.known("operator.public_body",
                    types.stream().anyMatch(FactDictionaryReader::isPublicBody)));
        }
    }

    Fact fact(String key) {
        Fact fact = derived.get(key);
        return fact != null ? fact : profile.fact(key);
    }

    private Fact fact(int i) {
        Fact fact = facts[i];
        return fact != null ? fact : index.unstated(i);
    }

    /** The value of the variable at an index of {@link FactIndex#variable}, or null when not known. */
    Object value(int variable) {
        return values[variable];
    }

    Profile profile() {
        return profile;
    }

    private FactUse use(int i) {
        FactUse use = uses[i];
        if (use == null) {
            use = newUse(fact(i), index.definition(i));
            uses[i] = use;
        }
        return use;
    }

    private static FactUse newUse(Fact fact, FactDefinition definition) {
        String label = definition == null ? fact.key() : definition.label();
        return new FactUse(fact.key(), label, fact.state(), fact.value(), fact.confidence(), fact.sources(), fact.note(),
                valueLabels(definition, fact.value()));
    }

    /** The labels of an enum or set fact's values, as the dictionary words them. */
    private static List<String> valueLabels(FactDefinition definition, Object value) {
        if (definition == null || definition.choices().isEmpty() || value == null) {
            return List.of();
        }
        List<?> ids = value instanceof List<?> list ? list : List.of(value);
        String[] labels = new String[ids.size()];
        for (int i = 0; i < labels.length; i++) {
            String id = String.valueOf(ids.get(i));
            labels[i] = definition.choice(id).map(choice -> choice.label()).orElse(id);
        }
        return List.of(labels);
    }

    /** Uses of the known facts among the given fact indexes (in dictionary order). */
    List<FactUse> knownUses(int[] indexes) {
        int count = 0;
        for (int i : indexes) {
            count += values[i] != null ? 1 : 0;
        }
        if (count == 0) {
            return List.of();
        }
        FactUse[] out = new FactUse[count];
        count = 0;
        for (int i : indexes) {
            if (values[i] != null) {
                out[count++] = use(i);
            }
        }
        return List.of(out);
    }

    /** Uses of the facts at the given indexes, in dictionary order; none for null. */
    List<FactUse> uses(FactSet indexes) {
        if (indexes == null) {
            return List.of();
        }
        FactUse[] out = new FactUse[indexes.size()];
        int count = 0;
        for (int i = indexes.next(0); i >= 0; i = indexes.next(i + 1)) {
            out[count++] = use(i);
        }
        return count == 0 ? List.of() : List.of(out);
    }

    /** A fact's value as explanations show it, or its state in brackets when not known. */
    String display(int index) {
        String display = displays[index];
        if (display == null) {
            display = display(fact(index));
            displays[index] = display;
        }
        return display;
    }

    String display(String key) {
        return display(fact(key));
    }

    private static String display(Fact fact) {
        if (!fact.isKnown()) {
            return "(" + fact.state().id() + ")";
        }
        if (fact.value() instanceof List<?> list) {
            StringJoiner joined = new StringJoiner(", ");
            for (Object item : list) {
                joined.add(String.valueOf(item));
            }
            return joined.toString();
        }
        return String.valueOf(fact.value());
    }

    /** The number of facts in the dictionary. */
    int size() {
        return uses.length;
    }
}
