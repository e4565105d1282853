package org.asylon.core.catalogue;

import java.util.List;

/** A category of the technology taxonomy, with the rights it typically puts at stake. */
public record Technology(String id, String name, String description, List<String> rights) {
    public Technology {
        rights = List.copyOf(rights);
    }
}
