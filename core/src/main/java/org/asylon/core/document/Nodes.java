package org.asylon.core.document;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Small helpers for reading schema-validated trees. */
public final class Nodes {

    private Nodes() {
    }

    public static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    public static List<String> texts(JsonNode node, String field) {
        JsonNode value = node.get(field);
        List<String> out = new ArrayList<>();
        if (value != null && value.isArray()) {
            value.forEach(item -> out.add(item.asString()));
        }
        return out;
    }

    public static List<JsonNode> items(JsonNode node, String field) {
        JsonNode value = node.get(field);
        List<JsonNode> out = new ArrayList<>();
        if (value != null && value.isArray()) {
            value.forEach(out::add);
        }
        return out;
    }
}
