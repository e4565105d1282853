package org.asylon.core.profile;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.asylon.core.catalogue.Source;
import org.asylon.core.fact.Fact;
import org.asylon.core.fact.FactState;

/**
 * What is known about one deployment. Facts not present are unknown; {@link #fact} says so
 * rather than returning nothing, so no caller can mistake a gap for a "no".
 */
public record Profile(
        String id,
        String name,
        List<String> aliases,
        String summary,
        String status,
        String start,
        String end,
        List<String> jurisdictions,
        List<Operator> operators,
        List<Vendor> vendors,
        List<Funding> funding,
        Map<String, Source> sources,
        Map<String, Fact> facts,
        String file,
        String digest) {

    public Profile {
        aliases = List.copyOf(aliases);
        jurisdictions = List.copyOf(jurisdictions);
        operators = List.copyOf(operators);
        vendors = List.copyOf(vendors);
        funding = List.copyOf(funding);
        sources = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sources));
        facts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facts));
    }

    /** The fact with this key; a fact the profile does not state is unknown. */
    public Fact fact(String key) {
        Fact fact = facts.get(key);
        return fact != null ? fact : Fact.withState(key, FactState.UNKNOWN);
    }

    public Optional<Source> localSource(String id) {
        return Optional.ofNullable(sources.get(id));
    }

    /** A copy with one fact replaced (or removed, when {@code fact} is unknown with no detail). */
    public Profile withFact(Fact fact) {
        Map<String, Fact> changed = new java.util.HashMap<>(facts);
        changed.put(fact.key(), fact);
        return new Profile(id, name, aliases, summary, status, start, end, jurisdictions, operators, vendors,
                funding, sources, changed, file, digest);
    }
}
