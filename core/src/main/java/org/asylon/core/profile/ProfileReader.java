package org.asylon.core.profile;

import static org.asylon.core.document.Nodes.items;
import static org.asylon.core.document.Nodes.text;
import static org.asylon.core.document.Nodes.texts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.asylon.core.catalogue.Catalogue;
import org.asylon.core.catalogue.Source;
import org.asylon.core.document.Document;
import org.asylon.core.document.SchemaSet;
import org.asylon.core.fact.Claim;
import org.asylon.core.fact.Confidence;
import org.asylon.core.fact.Fact;
import org.asylon.core.fact.FactDefinition;
import org.asylon.core.fact.FactDictionary;
import org.asylon.core.fact.FactState;
import org.asylon.core.fact.Share;
import org.asylon.core.fact.SourceRef;
import org.asylon.core.problem.InvalidInputException;
import org.asylon.core.problem.Problems;
import tools.jackson.databind.JsonNode;

/** Reads and checks one profile file; every problem is reported with its line and column. */
public final class ProfileReader {

    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    private final SchemaSet schemas;
    private final FactDictionary dictionary;
    private final Catalogue catalogue;

    public ProfileReader(SchemaSet schemas, FactDictionary dictionary, Catalogue catalogue) {
        this.schemas = schemas;
        this.dictionary = dictionary;
        this.catalogue = catalogue;
    }

    public Profile read(Document document) {
        Problems problems = new Problems();
        problems.addAll(schemas.validate(document, ProfileSchema.FILE_NAME, this::hint));
        problems.throwIfAny();
        JsonNode root = document.root();

        Map<String, Source> sources = new LinkedHashMap<>();
        List<JsonNode> sourceNodes = items(root, "sources");
        for (int i = 0; i < sourceNodes.size(); i++) {
            JsonNode node = sourceNodes.get(i);
            String id = text(node, "id");
            if (catalogue.sources().containsKey(id) || sources.containsKey(id)) {
                problems.add(document.problem("/sources/" + i + "/id", "duplicate source id '" + id + "'")
                        .about("profile.duplicateSource", id));
            }
            sources.put(id, new Source(id, text(node, "type"), text(node, "title"), text(node, "author"),
                    text(node, "publisher"), text(node, "date"), text(node, "url"), text(node, "officialId"),
                    node.path("confidential").asBoolean(false)));
        }

        List<String> jurisdictions = texts(root, "jurisdictions");
        for (int i = 0; i < jurisdictions.size(); i++) {
            checkJurisdiction(jurisdictions.get(i), document, "/jurisdictions/" + i, problems);
        }
        List<Operator> operators = new ArrayList<>();
        List<JsonNode> operatorNodes = items(root, "operators");
        for (int i = 0; i < operatorNodes.size(); i++) {
            JsonNode node = operatorNodes.get(i);
            String jurisdiction = text(node, "jurisdiction");
            if (jurisdiction != null) {
                checkJurisdiction(jurisdiction, document, "/operators/" + i + "/jurisdiction", problems);
            }
            operators.add(new Operator(text(node, "name"), text(node, "type"), jurisdiction));
        }
        List<Vendor> vendors = new ArrayList<>();
        List<JsonNode> vendorNodes = items(root, "vendors");
        for (int i = 0; i < vendorNodes.size(); i++) {
            JsonNode node = vendorNodes.get(i);
            vendors.add(new Vendor(text(node, "name"), text(node, "role"), text(node, "country")));
            checkSourceRefs(node, "/vendors/" + i, document, sources, problems);
        }
        List<Funding> funding = new ArrayList<>();
        List<JsonNode> fundingNodes = items(root, "funding");
        for (int i = 0; i < fundingNodes.size(); i++) {
            JsonNode node = fundingNodes.get(i);
            funding.add(new Funding(text(node, "funder"), text(node, "amount"), text(node, "note")));
            checkSourceRefs(node, "/funding/" + i, document, sources, problems);
        }

        Map<String, Fact> facts = new LinkedHashMap<>();
        JsonNode factsNode = root.path("facts");
        for (var section : factsNode.properties()) {
            for (var entry : section.getValue().properties()) {
                String key = section.getKey() + "." + entry.getKey();
                String pointer = "/facts/" + section.getKey() + "/" + entry.getKey();
                FactDefinition definition = dictionary.get(key);
                Fact fact = readFact(definition, entry.getValue(), document, pointer, sources, problems);
                if (fact != null) {
                    facts.put(key, fact);
                }
            }
        }
        problems.throwIfAny();

        JsonNode period = root.path("period");
        return new Profile(text(root, "id"), text(root, "name"), texts(root, "aliases"), text(root, "summary"),
                root.has("status") ? text(root, "status") : "unknown",
                text(period, "start"), text(period, "end"), jurisdictions, operators, vendors, funding, sources,
                facts, document.name(), document.digest());
    }

    private Fact readFact(FactDefinition definition, JsonNode node, Document document, String pointer,
                          Map<String, Source> localSources, Problems problems) {
        boolean envelope = node.isObject() && (node.has("value") || node.has("state"));
        if (!envelope) {
            Object value = value(definition, node, document, pointer, problems);
            return value == null ? null : Fact.known(definition.key(), value);
        }
        FactState state = node.has("state") ? FactState.fromId(text(node, "state")) : FactState.KNOWN;
        Object value = null;
        if (node.has("value")) {
            if (state != FactState.KNOWN) {
                problems.add(document.problem(pointer + "/value", definition.key() + ": a fact in state '"
                        + state.id() + "' has no value; give the competing values as claims, or drop the state")
                        .about("profile.valueWithState", definition.key(), state.id()));
                return null;
            }
            value = value(definition, node.get("value"), document, pointer + "/value", problems);
            if (value == null) {
                return null;
            }
        } else if (state == FactState.KNOWN) {
            problems.add(document.problem(pointer, definition.key() + ": a known fact needs a value")
                    .about("profile.valueNeeded", definition.key()));
            return null;
        }
        List<Claim> claims = new ArrayList<>();
        List<JsonNode> claimNodes = items(node, "claims");
        if (!claimNodes.isEmpty() && state != FactState.CONTESTED) {
            problems.add(document.problem(pointer + "/claims", definition.key() + ": only a contested fact has claims")
                    .about("profile.claimsOnlyContested", definition.key()));
        }
        for (int i = 0; i < claimNodes.size(); i++) {
            String claimPointer = pointer + "/claims/" + i;
            Object claimValue = value(definition, claimNodes.get(i).get("value"), document, claimPointer + "/value", problems);
            claims.add(new Claim(claimValue, sourceRefs(claimNodes.get(i), claimPointer, document, localSources, problems),
                    text(claimNodes.get(i), "note")));
        }
        Confidence confidence = node.has("confidence") ? Confidence.fromId(text(node, "confidence")) : null;
        return new Fact(definition.key(), state, value, confidence,
                sourceRefs(node, pointer, document, localSources, problems), text(node, "asOf"), text(node, "note"), claims);
    }

    /** Converts a schema-checked value; the schema has already checked types and allowed values. */
    private Object value(FactDefinition definition, JsonNode node, Document document, String pointer, Problems problems) {
        switch (definition.type()) {
            case BOOLEAN:
                return node.asBoolean();
            case ENUM:
            case TEXT:
            case DATE:
                return node.asString();
            case SET: {
                List<String> values = new ArrayList<>();
                node.forEach(item -> values.add(item.asString()));
                return List.copyOf(values);
            }
            case INTEGER:
                if (!node.canConvertToLong()) {
                    problems.add(document.problem(pointer, definition.key() + ": number too large")
                            .about("profile.numberTooLarge", definition.key()));
                    return null;
                }
                return node.asLong();
            case NUMBER:
                return node.asDouble();
            case SHARE:
                if (node.isObject()) {
                    long count = node.get("count").asLong();
                    long total = node.get("total").asLong();
                    if (count > total) {
                        problems.add(document.problem(pointer + "/count", definition.key()
                                + ": count " + count + " is larger than total " + total)
                                .about("profile.countAboveTotal", definition.key(), count, total));
                        return null;
                    }
                    return Share.ofCounts(count, total);
                }
                return Share.ofFraction(node.asDouble());
            default:
                throw new IllegalStateException(definition.type().toString());
        }
    }

    private List<SourceRef> sourceRefs(JsonNode node, String pointer, Document document,
                                       Map<String, Source> localSources, Problems problems) {
        List<SourceRef> refs = new ArrayList<>();
        List<JsonNode> nodes = items(node, "sources");
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode ref = nodes.get(i);
            SourceRef sourceRef = ref.isObject()
                    ? new SourceRef(text(ref, "ref"), text(ref, "locator"), text(ref, "quote"))
                    : SourceRef.of(ref.asString());
            if (!catalogue.sources().containsKey(sourceRef.ref()) && !localSources.containsKey(sourceRef.ref())) {
                problems.add(document.problem(pointer + "/sources/" + i, "unknown source '" + sourceRef.ref()
                        + "' (not in knowledge/catalogue/sources.yaml nor in this profile's sources)")
                        .about("profile.unknownSource", sourceRef.ref()));
            }
            refs.add(sourceRef);
        }
        return refs;
    }

    private void checkSourceRefs(JsonNode node, String pointer, Document document, Map<String, Source> localSources,
                                 Problems problems) {
        sourceRefs(node, pointer, document, localSources, problems);
    }

    private void checkJurisdiction(String code, Document document, String pointer, Problems problems) {
        if (!code.equals("EU") && !ISO_COUNTRIES.contains(code)) {
            problems.add(document.problem(pointer, "'" + code + "' is not an ISO 3166-1 alpha-2 country code (or EU)")
                    .about("profile.jurisdiction", code));
        }
    }

    /** Turns the schema's "unknown property" into "unknown fact", with a suggestion. */
    private SchemaSet.Hint hint(String parentPointer, String key) {
        if (parentPointer.equals("/facts")) {
            String sections = String.join(", ", dictionary.sections().stream().map(s -> s.id()).toList());
            return new SchemaSet.Hint("unknown section '" + key + "' in facts; sections are " + sections,
                    "profile.unknownSection", key, sections);
        }
        if (parentPointer.startsWith("/facts/") && parentPointer.indexOf('/', 7) < 0) {
            String fact = parentPointer.substring(7) + "." + key;
            return dictionary.suggest(fact)
                    .map(s -> new SchemaSet.Hint("unknown fact '" + fact + "'; did you mean '" + s + "'?", "profile.unknownFactSuggested", fact, s))
                    .orElseGet(() -> new SchemaSet.Hint("unknown fact '" + fact + "'", "profile.unknownFact", fact));
        }
        return null;
    }

    /** Reads a profile file, throwing {@link InvalidInputException} with every problem found. */
    public Profile read(java.nio.file.Path file) {
        return read(Document.read(file));
    }
}
