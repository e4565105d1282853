package org.asylon.core.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.asylon.core.problem.Problem;

/**
 * Cross-references noted while reading (a rule citing a provision, a fact citing a source),
 * checked once everything they may point to has been read. Safe to share between threads.
 */
public final class References {

    /** What a reference points to, with the word used in messages. */
    public enum Kind {
        PROVISION("provision"), SOURCE("source"), GLOSSARY("glossary term"), RIGHT("right"),
        TECHNOLOGY("technology"), RECOMMENDATION("recommendation");

        private final String noun;

        Kind(String noun) {
            this.noun = noun;
        }

        public String noun() {
            return noun;
        }
    }

    private record Reference(Kind kind, String id, Document document, String pointer) {
    }

    private final List<Reference> references = java.util.Collections.synchronizedList(new ArrayList<>());

    public void expect(Kind kind, String id, Document document, String pointer) {
        references.add(new Reference(kind, id, document, pointer));
    }

    /** One problem per reference whose target is not among the known ids of its kind. */
    public List<Problem> unresolved(Function<Kind, Set<String>> known) {
        List<Problem> problems = new ArrayList<>();
        for (Reference reference : List.copyOf(references)) {
            if (!known.apply(reference.kind()).contains(reference.id())) {
                problems.add(reference.document().problem(reference.pointer(),
                        "unknown " + reference.kind().noun() + " '" + reference.id() + "'"));
            }
        }
        return problems;
    }
}
