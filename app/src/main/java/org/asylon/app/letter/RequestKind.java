package org.asylon.app.letter;

import java.util.List;

/** The requests a person can make; their ids are the keys used in the knowledge files and the bundles. */
public final class RequestKind {

    public static final List<String> ALL = List.of("access", "rectification", "objection", "human-review", "erasure", "restriction",
            "explanation", "documents");

    private RequestKind() {
    }
}
