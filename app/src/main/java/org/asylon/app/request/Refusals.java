package org.asylon.app.request;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Rewrites a profile so that one fact is undisclosed, with a refusal as its source. */
final class Refusals {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private Refusals() {
    }

    static String sourceId(TrackedRequest request) {
        return "request-" + request.id() + "-refusal";
    }

    /** The profile text with {@code factKey} set to undisclosed, and the refusal added to the profile's own sources. */
    static String undisclose(String yaml, String factKey, TrackedRequest request) {
        ObjectNode root = (ObjectNode) YAML.readTree(yaml);
        String[] parts = factKey.split("\\.", 2);
        ObjectNode section = object(object(root, "facts"), parts[0]);
        ObjectNode fact = section.putObject(parts[1]);
        fact.put("state", "undisclosed");
        fact.putArray("sources").addObject().put("ref", sourceId(request));
        fact.put("note", "Refused (" + request.answer() + ") in answer to a " + request.kind() + " request sent to "
                + request.recipient() + " on " + request.sentOn() + " (" + request.legalBasis() + ").");
        JsonNode existing = root.get("sources");
        ArrayNode sources = existing instanceof ArrayNode array ? array : root.putArray("sources");
        boolean present = false;
        for (JsonNode source : sources) {
            present |= sourceId(request).equals(source.path("id").asString(""));
        }
        if (!present) {
            sources.addObject().put("id", sourceId(request)).put("type", "official_document")
                    .put("title", "Answer of " + request.recipient() + " to a " + request.kind() + " request of " + request.sentOn())
                    .put("date", String.valueOf(request.answeredOn() != null ? request.answeredOn() : request.sentOn()));
        }
        return YAML.writeValueAsString(root);
    }

    private static ObjectNode object(ObjectNode parent, String name) {
        JsonNode child = parent.get(name);
        return child instanceof ObjectNode object ? object : parent.putObject(name);
    }
}
