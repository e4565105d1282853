package org.asylon.core.profile;

import java.util.List;
import org.asylon.core.fact.Choice;
import org.asylon.core.fact.FactDefinition;
import org.asylon.core.fact.FactDictionary;
import org.asylon.core.fact.FactDictionaryReader;
import org.asylon.core.fact.Section;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates the profile JSON Schema from the fact dictionary, so the dictionary is the single
 * source of truth for fact names, types and allowed values.
 */
public final class ProfileSchema {

    public static final String FILE_NAME = "profile.schema.json";
    private static final String COMMON = "common.schema.json#/$defs/";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ProfileSchema() {
    }

    public static String generate(FactDictionary dictionary) {
        ObjectNode schema = NODES.objectNode();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("$id", "https://asylon.org/schema/" + FILE_NAME);
        schema.put("title", "Deployment profile");
        schema.put("description", "Generated from knowledge/catalogue/facts.yaml by `asylon schema profile`; do not edit by hand.");
        schema.put("type", "object");
        schema.set("required", strings("id", "name"));
        schema.put("additionalProperties", false);

        ObjectNode properties = schema.putObject("properties");
        properties.set("id", ref("id"));
        properties.set("name", ref("text"));
        properties.set("aliases", arrayOf(ref("text")));
        properties.set("summary", ref("text"));
        properties.set("status", enumOf(List.of("proposed", "planned", "pilot", "active", "suspended", "ended", "unknown")));
        ObjectNode period = object(false);
        period.putObject("properties").set("start", nullable(ref("date")));
        ((ObjectNode) period.get("properties")).set("end", nullable(ref("date")));
        properties.set("period", period);
        ObjectNode code = NODES.objectNode().put("type", "string").put("pattern", "^[A-Z]{2}$");
        properties.set("jurisdictions", arrayOf(code));
        properties.set("operators", arrayOf(record(List.of("name", "type"),
                "name", ref("text"),
                "type", enumOf(FactDictionaryReader.OPERATOR_TYPES.stream().map(Choice::id).toList()),
                "jurisdiction", code.deepCopy(),
                "contact", ref("text"))));
        properties.set("vendors", arrayOf(record(List.of("name"),
                "name", ref("text"), "role", ref("text"), "country", code.deepCopy(),
                "sources", sourceRefs())));
        properties.set("funding", arrayOf(record(List.of("funder"),
                "funder", ref("text"), "amount", ref("text"), "note", ref("text"), "sources", sourceRefs())));
        properties.set("sources", NODES.objectNode().put("$ref", "sources.schema.json#/properties/sources"));

        ObjectNode facts = object(false);
        ObjectNode sectionProperties = facts.putObject("properties");
        for (Section section : dictionary.sections()) {
            List<FactDefinition> inSection = dictionary.inSection(section.id()).stream()
                    .filter(definition -> !definition.derived()).toList();
            if (inSection.isEmpty()) {
                continue;
            }
            ObjectNode sectionSchema = object(false);
            sectionSchema.put("title", section.title());
            ObjectNode factProperties = sectionSchema.putObject("properties");
            for (FactDefinition definition : inSection) {
                factProperties.set(definition.name(), fact(definition));
            }
            sectionProperties.set(section.id(), sectionSchema);
        }
        properties.set("facts", facts);

        schema.set("$defs", definitions());
        return JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                .writeValueAsString(schema) + "\n";
    }

    /** A fact: either a bare value, or an object with value or state and the fact's metadata. */
    private static ObjectNode fact(FactDefinition definition) {
        ObjectNode value = valueSchema(definition);
        ObjectNode fact = NODES.objectNode();
        fact.put("title", definition.label());
        if (definition.help() != null) {
            fact.put("description", definition.help());
        }
        ObjectNode condition = fact.putObject("if");
        condition.put("type", "object");
        ArrayNode anyOf = condition.putArray("anyOf");
        anyOf.addObject().set("required", strings("value"));
        anyOf.addObject().set("required", strings("state"));
        ObjectNode then = fact.putObject("then");
        then.put("$ref", "#/$defs/factEnvelope");
        ObjectNode thenProperties = then.putObject("properties");
        thenProperties.set("value", value);
        ObjectNode claim = NODES.objectNode();
        claim.putObject("properties").set("value", value.deepCopy());
        thenProperties.set("claims", NODES.objectNode().set("items", claim));
        fact.set("else", value.deepCopy());
        return fact;
    }

    private static ObjectNode valueSchema(FactDefinition definition) {
        ObjectNode value = NODES.objectNode();
        switch (definition.type()) {
            case BOOLEAN -> value.put("type", "boolean");
            case ENUM -> value.set("enum", strings(definition.choices().stream().map(Choice::id).toArray(String[]::new)));
            case SET -> {
                value.put("type", "array");
                value.put("uniqueItems", true);
                value.set("items", enumOf(definition.choices().stream().map(Choice::id).toList()));
            }
            case INTEGER -> {
                value.put("type", "integer");
                if (definition.minimum() != null) {
                    value.put("minimum", definition.minimum().longValue());
                }
            }
            case NUMBER -> {
                value.put("type", "number");
                if (definition.minimum() != null) {
                    value.put("minimum", definition.minimum());
                }
            }
            case SHARE -> value.put("$ref", "#/$defs/share");
            case TEXT -> value.put("$ref", COMMON + "text");
            case DATE -> value.put("$ref", COMMON + "date");
            default -> throw new IllegalStateException(definition.type().toString());
        }
        return value;
    }

    private static ObjectNode definitions() {
        ObjectNode defs = NODES.objectNode();
        ObjectNode share = defs.putObject("share");
        ArrayNode oneOf = share.putArray("oneOf");
        oneOf.addObject().put("type", "number").put("minimum", 0).put("maximum", 1);
        ObjectNode counts = record(List.of("count", "total"),
                "count", NODES.objectNode().put("type", "integer").put("minimum", 0),
                "total", NODES.objectNode().put("type", "integer").put("minimum", 1));
        oneOf.add(counts);

        ObjectNode envelope = defs.putObject("factEnvelope");
        envelope.put("type", "object");
        envelope.put("additionalProperties", false);
        ObjectNode properties = envelope.putObject("properties");
        properties.putObject("value");
        properties.set("state", enumOf(List.of("known", "unknown", "undisclosed", "contested")));
        properties.set("confidence", enumOf(List.of("high", "medium", "low")));
        properties.set("sources", sourceRefs());
        properties.set("asOf", ref("date"));
        properties.set("note", ref("text"));
        ObjectNode claim = record(List.of("value"), "value", NODES.objectNode(), "sources", sourceRefs(), "note", ref("text"));
        properties.set("claims", arrayOf(claim));
        return defs;
    }

    private static ObjectNode record(List<String> required, Object... fields) {
        ObjectNode node = object(false);
        node.set("required", strings(required.toArray(String[]::new)));
        ObjectNode properties = node.putObject("properties");
        for (int i = 0; i < fields.length; i += 2) {
            properties.set((String) fields[i], (ObjectNode) fields[i + 1]);
        }
        return node;
    }

    private static ObjectNode object(boolean additional) {
        ObjectNode node = NODES.objectNode();
        node.put("type", "object");
        node.put("additionalProperties", additional);
        return node;
    }

    private static ObjectNode ref(String commonDefinition) {
        return NODES.objectNode().put("$ref", COMMON + commonDefinition);
    }

    private static ObjectNode sourceRefs() {
        return arrayOf(ref("sourceRef"));
    }

    private static ObjectNode arrayOf(ObjectNode items) {
        ObjectNode node = NODES.objectNode();
        node.put("type", "array");
        node.set("items", items);
        return node;
    }

    private static ObjectNode nullable(ObjectNode schema) {
        ObjectNode node = NODES.objectNode();
        ArrayNode anyOf = node.putArray("anyOf");
        anyOf.add(schema);
        anyOf.addObject().put("type", "null");
        return node;
    }

    private static ObjectNode enumOf(List<String> values) {
        return NODES.objectNode().set("enum", strings(values.toArray(String[]::new)));
    }

    private static ArrayNode strings(String... values) {
        ArrayNode array = NODES.arrayNode();
        for (String value : values) {
            array.add(value);
        }
        return array;
    }
}
