package org.asylon.core.catalogue;

import static org.asylon.core.document.Nodes.items;
import static org.asylon.core.document.Nodes.text;
import static org.asylon.core.document.Nodes.texts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.asylon.core.document.Document;
import org.asylon.core.document.DocumentSource;
import org.asylon.core.document.References;
import org.asylon.core.document.References.Kind;
import org.asylon.core.document.SchemaSet;
import org.asylon.core.problem.Problem;
import org.asylon.core.problem.Problems;
import tools.jackson.databind.JsonNode;

/**
 * Reads {@code knowledge/catalogue}: provisions (one file per legal instrument), sources,
 * glossary, rights, technologies, recommendations and jurisdictions. Every file is checked
 * against its schema; ids must be unique; references are noted for checking once all is read.
 */
public final class CatalogueReader {

    private final SchemaSet schemas;
    private final Problems problems;
    private final References references;
    private final DocumentSource source;
    private Map<Path, Document> parsed = Map.of();

    public CatalogueReader(SchemaSet schemas, Problems problems, References references) {
        this(schemas, problems, references, DocumentSource.FILES);
    }

    public CatalogueReader(SchemaSet schemas, Problems problems, References references, DocumentSource source) {
        this.schemas = schemas;
        this.problems = problems;
        this.references = references;
        this.source = source;
    }

    public Catalogue read(Path directory) {
        Map<Path, String> schemaOf = new LinkedHashMap<>();
        List<Path> provisionFiles = yamlFiles(directory.resolve("provisions"));
        provisionFiles.forEach(file -> schemaOf.put(file, "provisions.schema.json"));
        for (String kind : List.of("sources", "glossary", "rights", "technologies", "recommendations", "jurisdictions")) {
            Path file = directory.resolve(kind + ".yaml");
            if (Files.exists(file)) {
                schemaOf.put(file, kind + ".schema.json");
            }
        }
        parsed = parseAll(schemaOf);

        Map<String, Provision> provisions = new LinkedHashMap<>();
        for (Path file : provisionFiles) {
            readFile(file, document -> readProvisions(document, provisions));
        }
        Map<String, Source> sources = new LinkedHashMap<>();
        Map<String, GlossaryTerm> glossary = new LinkedHashMap<>();
        Map<String, Right> rights = new LinkedHashMap<>();
        Map<String, Technology> technologies = new LinkedHashMap<>();
        Map<String, Recommendation> recommendations = new LinkedHashMap<>();
        Map<String, Jurisdiction> jurisdictions = new LinkedHashMap<>();

        readList(directory.resolve("sources.yaml"), "sources", sources, (node, at) ->
                new Source(text(node, "id"), text(node, "type"), text(node, "title"), text(node, "author"),
                        text(node, "publisher"), text(node, "date"), text(node, "url"), text(node, "officialId"),
                        node.path("confidential").asBoolean(false)));
        readList(directory.resolve("glossary.yaml"), "terms", glossary, (node, at) -> {
            at.refs("related", Kind.GLOSSARY);
            at.refs("provisions", Kind.PROVISION);
            at.sourceRefs("sources");
            return new GlossaryTerm(text(node, "id"), text(node, "term"), text(node, "definition"),
                    texts(node, "related"), texts(node, "provisions"));
        });
        readList(directory.resolve("rights.yaml"), "rights", rights, (node, at) -> {
            at.refs("provisions", Kind.PROVISION);
            at.refs("glossary", Kind.GLOSSARY);
            return new Right(text(node, "id"), text(node, "name"), text(node, "description"), texts(node, "provisions"));
        });
        readList(directory.resolve("technologies.yaml"), "technologies", technologies, (node, at) -> {
            at.refs("rights", Kind.RIGHT);
            at.refs("provisions", Kind.PROVISION);
            at.refs("glossary", Kind.GLOSSARY);
            at.sourceRefs("sources");
            return new Technology(text(node, "id"), text(node, "name"), text(node, "description"), texts(node, "rights"));
        });
        readList(directory.resolve("recommendations.yaml"), "recommendations", recommendations, (node, at) -> {
            at.refs("provisions", Kind.PROVISION);
            at.sourceRefs("sources");
            return new Recommendation(text(node, "id"), texts(node, "audience"), text(node, "title"), text(node, "text"),
                    texts(node, "provisions"));
        });
        readList(directory.resolve("jurisdictions.yaml"), "jurisdictions", jurisdictions,
                (node, at) -> new Jurisdiction(text(node, "code"), text(node, "name"), node.path("eu").asBoolean()));

        return new Catalogue(provisions, sources, glossary, rights, technologies, recommendations, jurisdictions);
    }

    private void readProvisions(Document document, Map<String, Provision> provisions) {
        JsonNode instrumentNode = document.root().get("legalInstrument");
        LegalInstrument instrument = new LegalInstrument(text(instrumentNode, "id"), text(instrumentNode, "title"),
                text(instrumentNode, "shortTitle"), text(instrumentNode, "kind"), text(instrumentNode, "officialId"),
                text(instrumentNode, "url"), instrumentNode.path("binding").asBoolean(true));
        List<JsonNode> nodes = items(document.root(), "provisions");
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode node = nodes.get(i);
            String pointer = "/provisions/" + i;
            String id = text(node, "id");
            if (!id.startsWith(instrument.id() + "-")) {
                problems.add(document.problem(pointer + "/id",
                        "provision id '" + id + "' must start with its legal instrument's id '" + instrument.id() + "-'"));
            }
            Provision provision = new Provision(id, instrument, text(node, "citation"), text(node, "title"),
                    text(node, "summary"), text(node, "url"), text(node, "appliesFrom"), text(node, "appliesUntil"));
            putUnique(provisions, id, provision, document, pointer + "/id");
        }
    }

    /** Reads one list-shaped catalogue file; a missing file is an empty list. */
    private <T> void readList(Path file, String listField, Map<String, T> into, ItemReader<T> reader) {
        readFile(file, document -> {
            List<JsonNode> nodes = items(document.root(), listField);
            for (int i = 0; i < nodes.size(); i++) {
                String pointer = "/" + listField + "/" + i;
                T item = reader.read(nodes.get(i), new ItemReferences(document, pointer, nodes.get(i)));
                String id = text(nodes.get(i), nodes.get(i).has("id") ? "id" : "code");
                putUnique(into, id, item, document, pointer);
            }
        });
    }

    /** Passes a file's document to the reader if it was read and met its schema. */
    private void readFile(Path file, java.util.function.Consumer<Document> reader) {
        Document document = parsed.get(file);
        if (document != null) {
            reader.accept(document);
        }
    }

    /** Parses and validates every file in parallel (they are independent); problems are collected. */
    private Map<Path, Document> parseAll(Map<Path, String> schemaOf) {
        Map<Path, Document> out = new java.util.concurrent.ConcurrentHashMap<>();
        schemaOf.entrySet().parallelStream().forEach(job -> {
            try {
                Document document = source.read(job.getKey());
                List<Problem> invalid = schemas.validate(document, job.getValue());
                if (invalid.isEmpty()) {
                    out.put(job.getKey(), document);
                } else {
                    problems.addAll(invalid);
                }
            } catch (org.asylon.core.problem.InvalidInputException e) {
                problems.addAll(e.problems());
            }
        });
        return out;
    }

    private <T> void putUnique(Map<String, T> into, String id, T item, Document document, String pointer) {
        if (into.putIfAbsent(id, item) != null) {
            problems.add(document.problem(pointer, "duplicate id '" + id + "'"));
        }
    }

    static List<Path> yamlFiles(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return new ArrayList<>(files.filter(CatalogueReader::isDataFile).sorted().toList());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static boolean isDataFile(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"));
    }

    @FunctionalInterface
    private interface ItemReader<T> {
        T read(JsonNode node, ItemReferences at);
    }

    /** Notes the references one catalogue item makes, with their locations. */
    private final class ItemReferences {
        private final Document document;
        private final String pointer;
        private final JsonNode node;

        ItemReferences(Document document, String pointer, JsonNode node) {
            this.document = document;
            this.pointer = pointer;
            this.node = node;
        }

        void refs(String field, Kind kind) {
            List<String> ids = texts(node, field);
            for (int i = 0; i < ids.size(); i++) {
                references.expect(kind, ids.get(i), document, pointer + "/" + field + "/" + i);
            }
        }

        void sourceRefs(String field) {
            List<JsonNode> refs = items(node, field);
            for (int i = 0; i < refs.size(); i++) {
                JsonNode ref = refs.get(i);
                String id = ref.isObject() ? text(ref, "ref") : ref.asString();
                references.expect(Kind.SOURCE, id, document, pointer + "/" + field + "/" + i);
            }
        }
    }
}
