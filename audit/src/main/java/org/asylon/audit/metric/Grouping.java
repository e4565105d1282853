package org.asylon.audit.metric;

import java.util.List;

/**
 * Which attributes an analysis groups people by: one attribute (a marginal analysis) or all of
 * them (the intersectional analysis). Attribute indexes refer to the cube's group attributes.
 */
public record Grouping(List<String> attributes, List<Integer> indexes) {

    public Grouping {
        attributes = List.copyOf(attributes);
        indexes = List.copyOf(indexes);
    }

    public boolean intersectional() {
        return attributes.size() > 1;
    }

    public String label() {
        return String.join(" × ", attributes);
    }
}
