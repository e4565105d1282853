package org.asylon.core.translation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.asylon.core.catalogue.Catalogue;
import org.asylon.core.document.Document;
import org.asylon.core.fact.Choice;
import org.asylon.core.fact.FactDefinition;
import org.asylon.core.fact.FactDictionary;
import org.asylon.core.fact.Section;
import tools.jackson.databind.JsonNode;

/**
 * Every translatable knowledge text in English, by key, in source order: the texts a translation
 * may address. Built from the loaded catalogue and fact dictionary and from the instruments' files.
 */
public final class EnglishTexts {

    /** The string fields of an instrument's list elements that are texts for people. */
    static final List<String> ELEMENT_FIELDS = List.of("title", "text", "help", "explanation", "label");

    private final Map<String, String> texts = new LinkedHashMap<>();

    private EnglishTexts() {
    }

    public static Map<String, String> of(Catalogue catalogue, FactDictionary facts, List<Document> instruments) {
        EnglishTexts english = new EnglishTexts();
        catalogue.glossary().values().forEach(term -> {
            english.put(TextKeys.glossaryTerm(term.id()), term.term());
            english.put(TextKeys.glossaryDefinition(term.id()), term.definition());
        });
        catalogue.rights().values().forEach(right -> {
            english.put(TextKeys.rightName(right.id()), right.name());
            english.put(TextKeys.rightDescription(right.id()), right.description());
        });
        catalogue.technologies().values().forEach(technology -> {
            english.put(TextKeys.technologyName(technology.id()), technology.name());
            english.put(TextKeys.technologyDescription(technology.id()), technology.description());
        });
        english.facts(facts);
        catalogue.provisions().values().forEach(provision ->
                english.put(TextKeys.provisionTitle(provision.id()), provision.title()));
        catalogue.recommendations().values().forEach(recommendation -> {
            english.put(TextKeys.recommendationTitle(recommendation.id()), recommendation.title());
            english.put(TextKeys.recommendationText(recommendation.id()), recommendation.text());
        });
        instruments.forEach(english::instrument);
        return java.util.Collections.unmodifiableMap(english.texts);
    }

    private void facts(FactDictionary facts) {
        for (Section section : facts.sections()) {
            put(TextKeys.sectionTitle(section.id()), section.title());
            put(TextKeys.sectionDescription(section.id()), section.description());
        }
        for (FactDefinition fact : facts.all()) {
            put(TextKeys.factLabel(fact.key()), fact.label());
            put(TextKeys.factHelp(fact.key()), fact.help());
            for (Choice choice : fact.choices()) {
                put(TextKeys.factValue(fact.key(), choice.id()), choice.label());
            }
        }
    }

    private void instrument(Document document) {
        JsonNode root = document.root();
        String id = root.path("id").asString();
        put(TextKeys.instrumentTitle(id), text(root.get("title")));
        put(TextKeys.instrumentSummary(id), text(root.get("summary")));
        for (Map.Entry<String, JsonNode> list : root.properties()) {
            if (!list.getValue().isArray()) {
                continue;
            }
            for (JsonNode element : list.getValue()) {
                if (element.isObject() && element.path("id").isString()) {
                    for (String field : ELEMENT_FIELDS) {
                        put(TextKeys.instrumentElement(id, list.getKey(), element.get("id").asString(), field),
                                text(element.get(field)));
                    }
                }
            }
        }
    }

    private static String text(JsonNode node) {
        return node != null && node.isString() ? node.asString() : null;
    }

    private void put(String key, String text) {
        if (text != null && !text.isBlank()) {
            texts.put(key, text);
        }
    }
}
