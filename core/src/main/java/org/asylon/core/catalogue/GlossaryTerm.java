package org.asylon.core.catalogue;

import java.util.List;

/** A term in plain language; its id is the translation key. */
public record GlossaryTerm(String id, String term, String definition, List<String> related, List<String> provisions) {
    public GlossaryTerm {
        related = List.copyOf(related);
        provisions = List.copyOf(provisions);
    }
}
