package org.asylon.core.instrument;

import java.util.List;

/** One entry of an instrument's changelog. */
public record Change(String version, String date, List<String> changes) {
    public Change {
        changes = List.copyOf(changes);
    }
}
