package org.asylon.core.instrument;

import java.util.List;

/** A question an instrument asks, bound to one profile fact, so forms can be generated. */
public record Question(String fact, String text, String help, List<String> glossary) {
    public Question {
        glossary = List.copyOf(glossary);
    }
}
