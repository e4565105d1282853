package org.asylon.core.fact;

import static org.asylon.core.document.Nodes.items;
import static org.asylon.core.document.Nodes.text;
import static org.asylon.core.document.Nodes.texts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.asylon.core.catalogue.Technology;
import org.asylon.core.document.Document;
import org.asylon.core.document.References;
import org.asylon.core.document.References.Kind;
import org.asylon.core.document.SchemaSet;
import org.asylon.core.problem.Problems;
import tools.jackson.databind.JsonNode;

/**
 * Reads the fact dictionary ({@code knowledge/catalogue/facts.yaml}) and adds the derived facts
 * the engine computes from a profile's identity.
 */
public final class FactDictionaryReader {

    /** Operator types that make an operator a public body. */
    public static final List<Choice> OPERATOR_TYPES = List.of(
            new Choice("immigration_authority", "Immigration authority"),
            new Choice("asylum_authority", "Asylum authority"),
            new Choice("border_guard", "Border guard or coast guard"),
            new Choice("police", "Police"),
            new Choice("intelligence", "Intelligence service"),
            new Choice("military", "Armed forces"),
            new Choice("eu_agency", "EU agency or institution"),
            new Choice("international_organisation", "International organisation"),
            new Choice("public_service", "Other public service"),
            new Choice("private_company", "Private company"),
            new Choice("other", "Other"));

    private final SchemaSet schemas;
    private final Problems problems;
    private final References references;

    public FactDictionaryReader(SchemaSet schemas, Problems problems, References references) {
        this.schemas = schemas;
        this.problems = problems;
        this.references = references;
    }

    /**
     * Reads the dictionary from {@code facts.yaml} and any further {@code facts-*.yaml} files,
     * which may add sections and facts but not redefine them.
     */
    public FactDictionary read(List<Document> documents, Map<String, Technology> technologies) {
        List<Section> sections = new ArrayList<>();
        Set<String> sectionIds = new HashSet<>();
        List<Document> valid = new ArrayList<>();
        for (Document document : documents) {
            var invalid = schemas.validate(document, "facts.schema.json");
            if (!invalid.isEmpty()) {
                problems.addAll(invalid);
                continue;
            }
            valid.add(document);
            List<JsonNode> sectionNodes = items(document.root(), "sections");
            for (int i = 0; i < sectionNodes.size(); i++) {
                JsonNode node = sectionNodes.get(i);
                if (!sectionIds.add(text(node, "id"))) {
                    problems.add(document.problem("/sections/" + i + "/id", "duplicate section '" + text(node, "id") + "'"));
                }
                sections.add(new Section(text(node, "id"), text(node, "title"), text(node, "description")));
            }
        }
        List<FactDefinition> definitions = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (Document document : valid) {
            readFacts(document, sectionIds, keys, definitions, technologies);
        }
        sections.addAll(derivedSections());
        definitions.addAll(derivedFacts());
        return new FactDictionary(sections, definitions);
    }

    private void readFacts(Document document, Set<String> sectionIds, Set<String> keys,
                           List<FactDefinition> definitions, Map<String, Technology> technologies) {
        List<JsonNode> nodes = items(document.root(), "facts");
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode node = nodes.get(i);
            String pointer = "/facts/" + i;
            String key = text(node, "key");
            if (!keys.add(key)) {
                problems.add(document.problem(pointer + "/key", "duplicate fact '" + key + "'"));
                continue;
            }
            String section = key.substring(0, key.indexOf('.'));
            if (!sectionIds.contains(section)) {
                problems.add(document.problem(pointer + "/key", "fact '" + key + "' is in no declared section ('" + section + "')"));
            }
            List<Choice> choices = new ArrayList<>();
            for (JsonNode choice : items(node, "values")) {
                choices.add(new Choice(text(choice, "id"), text(choice, "label")));
            }
            if ("technologies".equals(text(node, "valuesFrom"))) {
                technologies.values().forEach(t -> choices.add(new Choice(t.id(), t.name())));
            }
            List<String> glossary = texts(node, "glossary");
            for (int g = 0; g < glossary.size(); g++) {
                references.expect(Kind.GLOSSARY, glossary.get(g), document, pointer + "/glossary/" + g);
            }
            definitions.add(new FactDefinition(key, FactType.fromId(text(node, "type")), text(node, "label"),
                    text(node, "help"), choices, text(node, "unit"),
                    node.has("minimum") ? node.get("minimum").asDouble() : null, glossary,
                    node.has("polarity") ? Polarity.valueOf(text(node, "polarity").toUpperCase(java.util.Locale.ROOT)) : null,
                    false));
        }
    }

    private static List<Section> derivedSections() {
        return List.of(
                new Section("jurisdiction", "Jurisdiction", "Derived from the profile's jurisdictions."),
                new Section("operator", "Operator", "Derived from the profile's operators."));
    }

    private static List<FactDefinition> derivedFacts() {
        return List.of(
                derived("jurisdiction.codes", FactType.SET, "Jurisdictions (ISO 3166 codes)", List.of()),
                derived("jurisdiction.eu", FactType.BOOLEAN, "EU law applies in a jurisdiction of the deployment", List.of()),
                derived("operator.types", FactType.SET, "Kinds of operator", OPERATOR_TYPES),
                derived("operator.public_body", FactType.BOOLEAN, "An operator is a public body", List.of()));
    }

    private static FactDefinition derived(String key, FactType type, String label, List<Choice> choices) {
        return new FactDefinition(key, type, label, null, choices, null, null, List.of(), null, true);
    }

    /** Whether an operator type is a public body (everything but companies and "other"). */
    public static boolean isPublicBody(String operatorType) {
        return !operatorType.equals("private_company") && !operatorType.equals("other");
    }
}
