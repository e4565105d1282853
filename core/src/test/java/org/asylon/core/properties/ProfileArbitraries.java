package org.asylon.core.properties;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.asylon.core.fact.Choice;
import org.asylon.core.fact.Fact;
import org.asylon.core.fact.FactDefinition;
import org.asylon.core.fact.FactDictionary;
import org.asylon.core.fact.FactState;
import org.asylon.core.fact.Share;
import org.asylon.core.profile.Operator;
import org.asylon.core.profile.Profile;

/** Random profiles over the whole fact dictionary: each fact absent, withheld, or a valid value. */
final class ProfileArbitraries {

    private ProfileArbitraries() {
    }

    static Arbitrary<Profile> profiles(FactDictionary dictionary) {
        List<FactDefinition> writable = dictionary.writable();
        List<Arbitrary<Fact>> facts = new ArrayList<>();
        for (FactDefinition definition : writable) {
            facts.add(fact(definition));
        }
        Arbitrary<List<String>> jurisdictions = Arbitraries.of(List.of(), List.of("DE"), List.of("GB"), List.of("US"),
                List.of("EU"), List.of("IT", "LY"));
        Arbitrary<List<Operator>> operators = Arbitraries.of(List.of(), List.of(new Operator("Office", "asylum_authority", null)),
                List.of(new Operator("Company", "private_company", null)));
        return Combinators.combine(Combinators.combine(facts).as(list -> list), jurisdictions, operators)
                .as((list, codes, ops) -> {
                    Map<String, Fact> byKey = new LinkedHashMap<>();
                    for (Fact fact : list) {
                        if (fact != null) {
                            byKey.put(fact.key(), fact);
                        }
                    }
                    return new Profile("random", "Random", List.of(), null, "active", null, null, codes, ops, List.of(),
                            List.of(), Map.of(), byKey, "random.yaml", "0".repeat(64));
                });
    }

    /** Null (not stated, so unknown) a third of the time; sometimes undisclosed; otherwise a value. */
    private static Arbitrary<Fact> fact(FactDefinition definition) {
        Arbitrary<Fact> known = value(definition).map(value -> Fact.known(definition.key(), value));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.just((Fact) null)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Fact.withState(definition.key(), FactState.UNDISCLOSED))),
                net.jqwik.api.Tuple.of(6, known));
    }

    private static Arbitrary<?> value(FactDefinition definition) {
        List<String> choices = definition.choices().stream().map(Choice::id).toList();
        return switch (definition.type()) {
            case BOOLEAN -> Arbitraries.of(true, false);
            case ENUM -> Arbitraries.of(choices);
            case SET -> Arbitraries.subsetOf(choices).map(set -> List.copyOf(choices.stream().filter(set::contains).toList()));
            case INTEGER -> Arbitraries.longs().between(0, 2_000_000);
            case NUMBER -> Arbitraries.doubles().between(0, 2).ofScale(2);
            case SHARE -> Arbitraries.integers().between(0, 100).map(count -> Share.ofCounts(count, 100));
            case TEXT -> Arbitraries.just("Stated in the source.");
            case DATE -> Arbitraries.of("2016", "2019-05", "2023-02-16");
        };
    }
}
