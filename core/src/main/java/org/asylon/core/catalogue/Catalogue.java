package org.asylon.core.catalogue;

import java.util.Map;
import java.util.Optional;

/** The legal and factual reference data that instruments and profiles point into, in file order. */
public record Catalogue(
        Map<String, Provision> provisions,
        Map<String, Source> sources,
        Map<String, GlossaryTerm> glossary,
        Map<String, Right> rights,
        Map<String, Technology> technologies,
        Map<String, Recommendation> recommendations,
        Map<String, Jurisdiction> jurisdictions) {

    public Catalogue {
        provisions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(provisions));
        sources = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sources));
        glossary = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(glossary));
        rights = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rights));
        technologies = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(technologies));
        recommendations = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(recommendations));
        jurisdictions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(jurisdictions));
    }

    public Optional<Provision> provision(String id) {
        return Optional.ofNullable(provisions.get(id));
    }

    public Optional<Source> source(String id) {
        return Optional.ofNullable(sources.get(id));
    }

    public Optional<Recommendation> recommendation(String id) {
        return Optional.ofNullable(recommendations.get(id));
    }

    /** The ids of one kind of catalogue entry, for checking references. */
    public java.util.Set<String> ids(org.asylon.core.document.References.Kind kind) {
        return switch (kind) {
            case PROVISION -> provisions.keySet();
            case SOURCE -> sources.keySet();
            case GLOSSARY -> glossary.keySet();
            case RIGHT -> rights.keySet();
            case TECHNOLOGY -> technologies.keySet();
            case RECOMMENDATION -> recommendations.keySet();
        };
    }

    /** EU law applies as law in this jurisdiction (an unlisted code is outside the EU). */
    public boolean isEu(String code) {
        Jurisdiction jurisdiction = jurisdictions.get(code);
        return jurisdiction != null && jurisdiction.eu();
    }
}
