package org.asylon.core.fact;

import java.util.List;

/** One side of a contested fact: a value some sources give. */
public record Claim(Object value, List<SourceRef> sources, String note) {
    public Claim {
        sources = List.copyOf(sources);
    }
}
