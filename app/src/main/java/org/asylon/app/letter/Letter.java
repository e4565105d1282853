package org.asylon.app.letter;

import java.util.List;

/** A request letter in one language: its blocks of lines, in order, and the deadline it states. */
public record Letter(String language, String languageName, String direction, String subject, List<List<String>> blocks,
                     DeadlineRule.Due due) {

    public Letter {
        blocks = blocks.stream().map(List::copyOf).toList();
    }

    /** The letter as plain text: lines of a block on separate lines, blocks separated by a blank line. */
    public String text() {
        return String.join("\n\n", blocks.stream().map(block -> String.join("\n", block)).toList()) + "\n";
    }
}
