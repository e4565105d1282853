package org.asylon.report;

import java.util.Optional;
import org.asylon.core.catalogue.Catalogue;
import org.asylon.core.catalogue.Provision;
import org.asylon.core.catalogue.Recommendation;
import org.asylon.core.catalogue.Source;
import org.asylon.core.fact.Share;
import org.asylon.core.fact.SourceRef;
import org.asylon.core.profile.Profile;

/** Resolves ids in results into what a reader sees: citations, titles, links, values. */
public final class Citations {

    private final Catalogue catalogue;

    public Citations(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    public Optional<Provision> provision(String id) {
        return catalogue.provision(id);
    }

    public String citation(String provisionId) {
        return catalogue.provision(provisionId).map(Provision::citation).orElse(provisionId);
    }

    public Optional<Recommendation> recommendation(String id) {
        return catalogue.recommendation(id);
    }

    public Optional<Source> source(Profile profile, String id) {
        return profile.localSource(id).or(() -> catalogue.source(id));
    }

    /** A source as a footnote: author, title, date, locator and link. */
    public String sourceText(Profile profile, SourceRef ref) {
        Optional<Source> found = source(profile, ref.ref());
        if (found.isEmpty()) {
            return ref.ref();
        }
        Source source = found.get();
        if (source.confidential()) {
            return "Confidential source" + (ref.locator() != null ? ", " + ref.locator() : "");
        }
        StringBuilder out = new StringBuilder();
        if (source.author() != null) {
            out.append(source.author()).append(", ");
        }
        out.append('"').append(source.title()).append('"');
        out.append(" (").append(source.date()).append(')');
        if (ref.locator() != null) {
            out.append(", ").append(ref.locator());
        }
        if (source.url() != null) {
            out.append(", ").append(source.url());
        }
        return out.toString();
    }

    /** A fact value for people: lists joined, shares as counts and percentages. */
    public static String value(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof java.util.List<?> list) {
            return list.isEmpty() ? "none" : String.join(", ", list.stream().map(String::valueOf).toList());
        }
        if (value instanceof Boolean bool) {
            return bool ? "yes" : "no";
        }
        if (value instanceof Share share) {
            return share.toString();
        }
        return String.valueOf(value);
    }
}
