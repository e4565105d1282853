package org.asylon.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A schema check's problem is shown in the page's language by its keyword ({@code problem.schema.<keyword>}):
 * every validation keyword the shipped schemas use must have words in every language, or the form
 * would fall back to English for it.
 */
class SchemaProblemWordsTest {

    /** Keywords that can fail on their own; the others (properties, items, if/then, $ref ...) pass their children's problems on. */
    private static final Set<String> FAILING = Set.of("type", "enum", "const", "required", "minimum", "maximum",
            "exclusiveMinimum", "exclusiveMaximum", "pattern", "minLength", "maxLength", "minItems", "maxItems",
            "uniqueItems", "format", "additionalProperties", "anyOf", "oneOf", "not", "minProperties", "maxProperties");
    /** Keywords whose value maps names to schemas, so their keys are names, not keywords. */
    private static final Set<String> NAMING = Set.of("properties", "$defs", "definitions", "patternProperties", "dependentSchemas");

    @Test
    void everyFailingKeywordOfTheShippedSchemasHasWordsInEveryLanguage() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> schemas = Files.list(Path.of("..", "knowledge", "schema"))) {
            for (Path schema : schemas.filter(file -> file.toString().endsWith(".schema.json")).toList()) {
                collect(JsonMapper.builder().build().readTree(schema.toFile()), used);
            }
        }
        assertThat(used).contains("anyOf", "required", "enum", "type");
        for (String language : Ui.LANGUAGES) {
            Properties bundle = new Properties();
            String name = language.equals("en") ? "/i18n/messages.properties" : "/i18n/messages_" + language + ".properties";
            try (InputStream in = getClass().getResourceAsStream(name)) {
                bundle.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            for (String keyword : used) {
                assertThat(bundle.getProperty("problem.schema." + keyword)).as(keyword + " in " + language).isNotBlank();
            }
        }
    }

    private static void collect(JsonNode schema, Set<String> used) {
        if (schema.isArray()) {
            schema.forEach(item -> collect(item, used));
            return;
        }
        if (!schema.isObject()) {
            return;
        }
        for (String keyword : schema.propertyNames()) {
            JsonNode value = schema.get(keyword);
            if (FAILING.contains(keyword) && !(keyword.equals("additionalProperties") && value.isBoolean() && value.asBoolean())) {
                used.add(keyword);
            }
            if (NAMING.contains(keyword)) {
                value.forEach(child -> collect(child, used));
            } else if (!keyword.equals("enum") && !keyword.equals("const") && !keyword.equals("required")) {
                collect(value, used);
            }
        }
    }
}
