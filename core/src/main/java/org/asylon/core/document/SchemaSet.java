package org.asylon.core.document;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.asylon.core.problem.InvalidInputException;
import org.asylon.core.problem.Problem;

/**
 * The JSON Schemas of the knowledge base ({@code knowledge/schema}), addressed by file name.
 * Schemas refer to each other by their {@code $id}; all are served from memory, so validation
 * never touches the network.
 */
public final class SchemaSet {

    public static final String ID_PREFIX = "https://asylon.org/schema/";

    private final Map<String, String> contents;
    private final SchemaRegistry registry;
    private final Map<String, Schema> byName = new ConcurrentHashMap<>();

    private SchemaSet(Map<String, String> contents) {
        this.contents = Map.copyOf(contents);
        this.registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemas(this.contents));
    }

    /** This set plus (or with replaced) schemas given as file name and JSON text. */
    public SchemaSet with(Map<String, String> extra) {
        Map<String, String> all = new HashMap<>(contents);
        extra.forEach((fileName, content) -> all.put(ID_PREFIX + fileName, content));
        return new SchemaSet(all);
    }

    /** Schemas given as file name and JSON text, e.g. read from the class path. */
    public static SchemaSet of(Map<String, String> schemas) {
        return new SchemaSet(Map.of()).with(schemas);
    }

    /** Loads every {@code *.schema.json} in a directory. */
    public static SchemaSet load(Path directory) {
        Map<String, String> contents = new HashMap<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".schema.json")).toList()) {
                contents.put(ID_PREFIX + file.getFileName(), Files.readString(file, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new InvalidInputException(Problem.inFile(directory.toString(), "cannot read schemas: " + e.getMessage()));
        }
        return new SchemaSet(contents);
    }

    /** Suggests what a user meant by an unknown key, given the parent pointer and the key. */
    @FunctionalInterface
    public interface KeyHint {
        Hint hint(String parentPointer, String key);

        KeyHint NONE = (parent, key) -> null;
    }

    /** A better message for an unknown key, with its kind and the values it names ({@link Problem#about}). */
    public record Hint(String message, String kind, Object... arguments) {
    }

    /**
     * Validates a document against a schema file name such as {@code provisions.schema.json}. A
     * document restored from a checked snapshot met its schema when the snapshot was taken.
     */
    public List<Problem> validate(Document document, String schemaName) {
        return validate(document, schemaName, KeyHint.NONE);
    }

    public List<Problem> validate(Document document, String schemaName, KeyHint hint) {
        if (document.restored()) {
            return List.of();
        }
        Schema schema = byName.computeIfAbsent(schemaName,
                name -> registry.getSchema(SchemaLocation.of(ID_PREFIX + name)));
        List<Problem> problems = new ArrayList<>();
        for (Error error : schema.validate(document.root())) {
            problems.add(toProblem(document, error, hint));
        }
        return problems;
    }

    private static Problem toProblem(Document document, Error error, KeyHint hint) {
        String pointer = pointer(error.getInstanceLocation());
        String property = error.getProperty();
        if (property != null && "additionalProperties".equals(error.getKeyword())) {
            Hint better = hint.hint(pointer, property);
            String at = Document.child(pointer, property);
            return better != null ? document.keyProblem(at, better.message()).about(better.kind(), better.arguments())
                    : document.keyProblem(at, field(pointer) + ": unknown field '" + property + "'")
                            .about("schema.additionalProperties", field(pointer), property);
        }
        Object[] arguments = error.getArguments() == null ? new Object[0] : error.getArguments();
        Object[] withField = new Object[arguments.length + 1];
        withField[0] = field(pointer);
        System.arraycopy(arguments, 0, withField, 1, arguments.length);
        // The kind is the schema keyword, arguments as in the validator's own messages, after the field.
        return document.problem(pointer, describe(pointer, error)).about("schema." + error.getKeyword(), withField);
    }

    private static String field(String pointer) {
        return pointer.isEmpty() ? "(top level)" : pointer.substring(1).replace('/', '.');
    }

    private static String describe(String pointer, Error error) {
        String field = field(pointer);
        String message = error.getMessage();
        // The library prefixes its messages with the instance path; the location already says where.
        int colon = message.indexOf(": ");
        if (colon > 0 && message.startsWith("/") || message.startsWith("$")) {
            message = message.substring(colon + 2);
        }
        return field + ": " + message;
    }

    private static String pointer(NodePath path) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            out.append('/').append(String.valueOf(element).replace("~", "~0").replace("/", "~1"));
        }
        return out.toString();
    }
}
