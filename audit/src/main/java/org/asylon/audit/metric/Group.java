package org.asylon.audit.metric;

import java.util.List;

/**
 * A group of people sharing values of one or more attributes (several: an intersectional
 * group). Its label joins the values with " / ", in the order of the attributes.
 */
public record Group(List<String> attributes, List<String> values) implements Comparable<Group> {

    public static final String SEPARATOR = " / ";

    public Group {
        attributes = List.copyOf(attributes);
        values = List.copyOf(values);
        if (attributes.size() != values.size()) {
            throw new IllegalArgumentException("a group needs one value per attribute");
        }
    }

    public String label() {
        return String.join(SEPARATOR, values);
    }

    @Override
    public int compareTo(Group other) {
        return label().compareTo(other.label());
    }

    @Override
    public String toString() {
        return label();
    }
}
