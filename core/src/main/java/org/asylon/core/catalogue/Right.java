package org.asylon.core.catalogue;

import java.util.List;

/** A human right that instruments test. */
public record Right(String id, String name, String description, List<String> provisions) {
    public Right {
        provisions = List.copyOf(provisions);
    }
}
