package org.asylon.app.letter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.asylon.core.document.Document;
import org.asylon.core.document.Nodes;
import org.asylon.core.document.SchemaSet;
import org.asylon.core.problem.InvalidInputException;
import org.asylon.core.problem.Problem;
import tools.jackson.databind.JsonNode;

/**
 * Reads {@code knowledge/requests/}: {@code regimes.yaml}, {@code contacts.yaml} and one
 * {@code letters/<language>.yaml} per language. Each file is checked against its schema, then the
 * cross-references (deadlines, regimes, acts used by a regime but missing from a language); every
 * problem is reported with its file, line and column, all at once.
 */
public final class RequestCatalogueReader {

    private final SchemaSet schemas;
    private final List<Problem> problems = new ArrayList<>();

    private RequestCatalogueReader(SchemaSet schemas) {
        this.schemas = schemas;
    }

    public static RequestCatalogue read(Path knowledge) {
        return new RequestCatalogueReader(SchemaSet.load(knowledge.resolve("schema"))).readAll(knowledge.resolve("requests"));
    }

    private RequestCatalogue readAll(Path directory) {
        Document regimesFile = load(directory.resolve("regimes.yaml"), "request-regimes.schema.json");
        Document contactsFile = load(directory.resolve("contacts.yaml"), "request-contacts.schema.json");
        List<Document> letterFiles = new ArrayList<>();
        for (Path file : yamlFiles(directory.resolve("letters"))) {
            Document letters = load(file, "request-letters.schema.json");
            if (letters != null) {
                letterFiles.add(letters);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Map<String, DeadlineRule> deadlines = deadlines(regimesFile);
        Map<String, Map<String, LegalBasis>> regimes = regimes(regimesFile, deadlines);
        Map<String, LetterLanguage> languages = new LinkedHashMap<>();
        for (Document file : letterFiles) {
            LetterLanguage language = language(file, regimesFile);
            if (languages.putIfAbsent(language.code(), language) != null) {
                problems.add(file.problem("/language", "language '" + language.code() + "' is defined twice"));
            }
        }
        Map<String, Contacts> contacts = contacts(contactsFile, regimes);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new RequestCatalogue(deadlines, regimes, contacts, languages);
    }

    private Document load(Path file, String schema) {
        if (!Files.isRegularFile(file)) {
            problems.add(Problem.inFile(file.toString(), "no such file"));
            return null;
        }
        try {
            Document document = Document.read(file);
            List<Problem> found = schemas.validate(document, schema);
            problems.addAll(found);
            return found.isEmpty() ? document : null;
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    private static List<Path> yamlFiles(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, DeadlineRule> deadlines(Document file) {
        Map<String, DeadlineRule> result = new LinkedHashMap<>();
        List<JsonNode> items = Nodes.items(file.root(), "deadlines");
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String id = item.get("id").asString();
            DeadlineRule rule = new DeadlineRule(id, period(item.get("period")), period(item.get("extension")),
                    item.get("act").asString(), item.get("article").asString());
            if (result.putIfAbsent(id, rule) != null) {
                problems.add(file.problem("/deadlines/" + i + "/id", "deadline '" + id + "' is defined twice"));
            }
        }
        return result;
    }

    private static Period period(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.has("months")) {
            return new Period(node.get("months").asInt(), Period.Unit.MONTHS);
        }
        if (node.has("workingDays")) {
            return new Period(node.get("workingDays").asInt(), Period.Unit.WORKING_DAYS);
        }
        return new Period(node.get("days").asInt(), Period.Unit.DAYS);
    }

    private Map<String, Map<String, LegalBasis>> regimes(Document file, Map<String, DeadlineRule> deadlines) {
        Map<String, Map<String, LegalBasis>> result = new LinkedHashMap<>();
        List<JsonNode> items = Nodes.items(file.root(), "regimes");
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String id = item.get("id").asString();
            Map<String, LegalBasis> requests = new LinkedHashMap<>();
            for (var entry : item.get("requests").properties()) {
                JsonNode basis = entry.getValue();
                String deadline = basis.has("deadline") ? basis.get("deadline").asString() : null;
                if (deadline != null && !deadlines.containsKey(deadline)) {
                    problems.add(file.problem("/regimes/" + i + "/requests/" + entry.getKey() + "/deadline",
                            "no deadline '" + deadline + "' is defined under deadlines"));
                }
                requests.put(entry.getKey(), new LegalBasis(basis.get("act").asString(), basis.get("article").asString(), deadline));
            }
            if (result.putIfAbsent(id, requests) != null) {
                problems.add(file.problem("/regimes/" + i + "/id", "regime '" + id + "' is defined twice"));
            }
        }
        return result;
    }

    /** A language must cite every act that a regime or a deadline uses. */
    private LetterLanguage language(Document file, Document regimesFile) {
        JsonNode root = file.root();
        Map<String, String> acts = strings(root.get("acts"));
        for (String act : actsUsed(regimesFile)) {
            if (!acts.containsKey(act)) {
                problems.add(file.problem("/acts", "no citation for act '" + act + "', which regimes.yaml uses"));
            }
        }
        Map<String, LetterLanguage.RequestText> requests = new LinkedHashMap<>();
        for (var entry : root.get("requests").properties()) {
            JsonNode text = entry.getValue();
            requests.put(entry.getKey(), new LetterLanguage.RequestText(text.get("title").asString(),
                    text.get("subject").asString(), text.get("body").asString()));
        }
        return new LetterLanguage(root.get("language").asString(), root.get("name").asString(),
                root.get("direction").asString(), acts, strings(root.get("letter")), requests);
    }

    private static List<String> actsUsed(Document regimesFile) {
        List<String> acts = new ArrayList<>();
        for (JsonNode deadline : Nodes.items(regimesFile.root(), "deadlines")) {
            acts.add(deadline.get("act").asString());
        }
        for (JsonNode regime : Nodes.items(regimesFile.root(), "regimes")) {
            regime.get("requests").forEach(basis -> acts.add(basis.get("act").asString()));
        }
        return acts.stream().distinct().toList();
    }

    private static Map<String, String> strings(JsonNode node) {
        Map<String, String> result = new LinkedHashMap<>();
        for (var entry : node.properties()) {
            result.put(entry.getKey(), entry.getValue().asString());
        }
        return result;
    }

    private Map<String, Contacts> contacts(Document file, Map<String, Map<String, LegalBasis>> regimes) {
        Map<String, Contacts> result = new LinkedHashMap<>();
        List<JsonNode> items = Nodes.items(file.root(), "deployments");
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String deployment = item.get("deployment").asString();
            List<Recipient> recipients = new ArrayList<>();
            List<JsonNode> recipientNodes = Nodes.items(item, "recipients");
            for (int r = 0; r < recipientNodes.size(); r++) {
                JsonNode node = recipientNodes.get(r);
                List<String> regimeIds = Nodes.texts(node, "regimes");
                for (int g = 0; g < regimeIds.size(); g++) {
                    if (!regimes.containsKey(regimeIds.get(g))) {
                        problems.add(file.problem("/deployments/" + i + "/recipients/" + r + "/regimes/" + g,
                                "no regime '" + regimeIds.get(g) + "' in regimes.yaml"));
                    }
                }
                recipients.add(new Recipient(Nodes.text(node, "name"), Nodes.text(node, "role"), Nodes.texts(node, "languages"),
                        regimeIds, Nodes.text(node, "address"), Nodes.text(node, "website")));
            }
            List<Authority> authorities = new ArrayList<>();
            for (JsonNode node : Nodes.items(item, "authorities")) {
                authorities.add(new Authority(Nodes.text(node, "name"), Nodes.text(node, "kind"), Nodes.text(node, "website")));
            }
            if (result.putIfAbsent(deployment, new Contacts(deployment, recipients, authorities)) != null) {
                problems.add(file.problem("/deployments/" + i + "/deployment", "deployment '" + deployment + "' is listed twice"));
            }
        }
        return result;
    }
}
