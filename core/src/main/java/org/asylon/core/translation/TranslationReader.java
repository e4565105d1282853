package org.asylon.core.translation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.asylon.core.catalogue.CatalogueReader;
import org.asylon.core.document.Document;
import org.asylon.core.document.DocumentSource;
import org.asylon.core.document.Location;
import org.asylon.core.document.SchemaSet;
import org.asylon.core.problem.InvalidInputException;
import org.asylon.core.problem.Problem;
import org.asylon.core.problem.Problems;
import org.asylon.core.problem.Suggestions;
import tools.jackson.databind.JsonNode;

/**
 * Reads {@code knowledge/translations/<language>/*.yaml}: each file names its language and maps
 * keys to translated texts. Every key must address an English text; a key may be translated
 * once per language. Problems are collected with file, line and column.
 */
public final class TranslationReader {

    public static final String SCHEMA = "translations.schema.json";
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    private final SchemaSet schemas;
    private final Problems problems;
    private final DocumentSource source;

    public TranslationReader(SchemaSet schemas, Problems problems, DocumentSource source) {
        this.schemas = schemas;
        this.problems = problems;
        this.source = source;
    }

    /** The files of one language directory that read and met the schema. */
    public record LanguageFiles(String language, List<Document> documents) {
        public LanguageFiles {
            documents = List.copyOf(documents);
        }
    }

    /**
     * Reads and schema-checks every translation file. Needs no other knowledge, so it can run
     * while the rest loads; the keys are checked by {@link #resolve}.
     */
    public List<LanguageFiles> parse(Path directory) {
        List<LanguageFiles> out = new ArrayList<>();
        for (Path entry : list(directory)) {
            String language = entry.getFileName().toString();
            if (!Files.isDirectory(entry)) {
                if (CatalogueReader.isDataFile(entry)) {
                    problems.add(Problem.inFile(entry.toString(),
                            "translation files go in a directory named after their language, such as fr/"));
                }
            } else if (!LANGUAGE.matcher(language).matches() || language.equals(KnowledgeTexts.ENGLISH)) {
                problems.add(Problem.inFile(entry.toString(), "not a language directory: use a lower-case "
                        + "two- or three-letter language code other than en (English is the source)"));
            } else {
                out.add(new LanguageFiles(language, list(entry).parallelStream().filter(CatalogueReader::isDataFile)
                        .map(this::readValid).filter(java.util.Objects::nonNull).toList()));
            }
        }
        return out;
    }

    /** Checks every key against the English texts: unknown keys, duplicates and mismatched languages are problems. */
    public KnowledgeTexts resolve(List<LanguageFiles> files, Map<String, String> english) {
        Map<String, Map<String, String>> translations = new TreeMap<>();
        for (LanguageFiles language : files) {
            translations.put(language.language(), resolve(language, english));
        }
        return new KnowledgeTexts(english, translations);
    }

    private Map<String, String> resolve(LanguageFiles files, Map<String, String> english) {
        String language = files.language();
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, Document> firstFile = new LinkedHashMap<>();
        for (Document document : files.documents()) {
            String declared = document.root().get("language").asString();
            if (!declared.equals(language)) {
                problems.add(document.problem("/language", "language '" + declared
                        + "' does not match the directory '" + language + "' the file is in"));
                continue;
            }
            for (Map.Entry<String, JsonNode> entry : document.root().get("texts").properties()) {
                String key = entry.getKey();
                String pointer = Document.child("/texts", key);
                if (!english.containsKey(key)) {
                    problems.add(document.keyProblem(pointer, unknown(key, english)));
                } else if (firstFile.containsKey(key)) {
                    Location first = firstFile.get(key).locateKey(pointer);
                    problems.add(document.keyProblem(pointer, "duplicate key '" + key + "': already translated in "
                            + firstFile.get(key).name() + ":" + first.line() + ":" + first.column()));
                } else {
                    firstFile.put(key, document);
                    texts.put(key, entry.getValue().asString());
                }
            }
        }
        return texts;
    }

    private static String unknown(String key, Map<String, String> english) {
        String message = "unknown key '" + key + "': it addresses no English text";
        return Suggestions.closest(key, english.keySet())
                .map(candidate -> message + " (did you mean '" + candidate + "'?)").orElse(message);
    }

    /** The document if it reads and meets the schema, else null with its problems noted. */
    private Document readValid(Path file) {
        try {
            Document document = source.read(file);
            List<Problem> invalid = schemas.validate(document, SCHEMA);
            if (invalid.isEmpty()) {
                return document;
            }
            problems.addAll(invalid);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        return null;
    }

    private static List<Path> list(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return new ArrayList<>(entries.sorted().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
