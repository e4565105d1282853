package org.asylon.core.catalogue;

import java.util.List;

/** A remedy that findings point to. */
public record Recommendation(String id, List<String> audience, String title, String text, List<String> provisions) {
    public Recommendation {
        audience = List.copyOf(audience);
        provisions = List.copyOf(provisions);
    }
}
