package org.asylon.core.document;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.asylon.core.problem.InvalidInputException;
import org.asylon.core.problem.Problem;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLFactory;

/**
 * A parsed YAML or JSON file that remembers where every value came from, so that any later
 * check (schema, references, expressions) can name the file, line and column at fault.
 * Values are addressed by JSON Pointer ({@code /facts/processing/profiling}).
 */
public final class Document {

    private static final YAMLFactory YAML = YAMLFactory.builder().build();
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private final String name;
    private final JsonNode root;
    private final Map<String, Location> valueLocations;
    private final Map<String, Location> keyLocations;
    private final List<String> lines;
    private final String digest;
    private final boolean restored;

    private Document(String name, JsonNode root, Map<String, Location> valueLocations,
                     Map<String, Location> keyLocations, List<String> lines, String digest, boolean restored) {
        this.name = name;
        this.root = root;
        this.valueLocations = Map.copyOf(valueLocations);
        this.keyLocations = Map.copyOf(keyLocations);
        this.lines = lines;
        this.digest = digest;
        this.restored = restored;
    }

    /** Reads a file; the name shown in problems is the path as given. */
    public static Document read(Path path) {
        String name = path.toString();
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(path))).toString();
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(Problem.inFile(name, "no such file"));
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(Problem.inFile(name, "not UTF-8 text"));
        } catch (IOException e) {
            throw new InvalidInputException(Problem.inFile(name, "cannot read: " + e.getMessage()));
        }
        return parse(name, text, isJson(path) ? Format.JSON : Format.YAML);
    }

    public enum Format { YAML, JSON }

    /** Parses text already in memory (used for uploads and tests). */
    public static Document parse(String name, String text, Format format) {
        Builder builder = new Builder(name);
        try (JsonParser parser = (format == Format.JSON ? JSON : YAML).createParser(
                tools.jackson.core.ObjectReadContext.empty(), text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new InvalidInputException(new Problem(name, 1, 1, "the file is empty"));
            }
            JsonNode root = builder.value(parser, "");
            JsonToken next = parser.nextToken();
            if (next != null) {
                Location at = location(parser.currentTokenLocation());
                throw new InvalidInputException(new Problem(name, at.line(), at.column(),
                        "only one document is allowed per file"));
            }
            return new Document(name, root, builder.values, builder.keys, text.lines().toList(), Digests.sha256(text), false);
        } catch (JacksonException e) {
            Location at = e.getLocation() == null ? Location.UNKNOWN : location(e.getLocation());
            throw new InvalidInputException(new Problem(name, at.line(), at.column(),
                    "not valid " + format.name() + ": " + e.getOriginalMessage()));
        }
    }

    /**
     * A document restored from a snapshot of a knowledge base that passed every check (see
     * {@code KnowledgeSnapshot}): the value at the parser's current token becomes the root. It
     * has no locations and is not checked against its schema again.
     */
    public static Document restore(String name, JsonParser parser, String digest) {
        Builder builder = new Builder(name, false);
        return new Document(name, builder.value(parser, ""), Map.of(), Map.of(), List.of(), digest, true);
    }

    /** Whether this document was restored from a checked snapshot rather than read and parsed. */
    public boolean restored() {
        return restored;
    }

    private static boolean isJson(Path path) {
        return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    private static Location location(TokenStreamLocation location) {
        return new Location(Math.max(location.getLineNr(), 0), Math.max(location.getColumnNr(), 0));
    }

    public String name() {
        return name;
    }

    public JsonNode root() {
        return root;
    }

    /** SHA-256 of the text, hex-encoded: identifies exactly what was read. */
    public String digest() {
        return digest;
    }

    /** The location of the value at a pointer, or of its nearest ancestor that has one. */
    public Location locate(String pointer) {
        String current = pointer;
        while (true) {
            Location found = valueLocations.get(current);
            if (found != null) {
                return found;
            }
            if (current.isEmpty()) {
                return Location.UNKNOWN;
            }
            current = current.substring(0, current.lastIndexOf('/'));
        }
    }

    /** The location of a mapping key, falling back to its value's location. */
    public Location locateKey(String pointer) {
        Location key = keyLocations.get(pointer);
        return key != null ? key : locate(pointer);
    }

    public Problem problem(String pointer, String message) {
        Location at = locate(pointer);
        return new Problem(name, at.line(), at.column(), message);
    }

    public Problem keyProblem(String pointer, String message) {
        Location at = locateKey(pointer);
        return new Problem(name, at.line(), at.column(), message);
    }

    /**
     * Where character {@code column} (1-based) of line {@code line} (1-based) of a string
     * value starts in the file. Handles plain, quoted and block scalars, so expression
     * errors point at the exact character in the file.
     */
    public Location locateInString(String pointer, int line, int column) {
        Location start = locate(pointer);
        if (start.line() == 0 || start.line() > lines.size()) {
            return start;
        }
        String text = lines.get(start.line() - 1);
        int index = start.column() - 1;
        char first = index >= 0 && index < text.length() ? text.charAt(index) : ' ';
        if (first == '|' || first == '>') {
            int fileLine = start.line() + line;
            if (fileLine > lines.size()) {
                return start;
            }
            String content = lines.get(fileLine - 1);
            int indent = 0;
            while (indent < content.length() && content.charAt(indent) == ' ') {
                indent++;
            }
            return new Location(fileLine, indent + column);
        }
        int quote = first == '"' || first == '\'' ? 1 : 0;
        if (line == 1) {
            return new Location(start.line(), start.column() + quote + column - 1);
        }
        return new Location(start.line() + line - 1, column);
    }

    public static String child(String pointer, String key) {
        return pointer + "/" + key.replace("~", "~0").replace("/", "~1");
    }

    public static String child(String pointer, int index) {
        return pointer + "/" + index;
    }

    private static final class Builder {
        private final String name;
        private final Map<String, Location> values = new HashMap<>();
        private final Map<String, Location> keys = new HashMap<>();
        private final JsonNodeFactory nodes = JsonNodeFactory.instance;
        private final boolean locating;

        Builder(String name) {
            this(name, true);
        }

        Builder(String name, boolean locating) {
            this.name = name;
            this.locating = locating;
        }

        /** Builds the value at the parser's current token, which must be a value start. */
        JsonNode value(JsonParser parser, String pointer) {
            if (locating) {
                values.put(pointer, location(parser.currentTokenLocation()));
            }
            JsonToken token = parser.currentToken();
            switch (token) {
                case START_OBJECT: {
                    ObjectNode object = nodes.objectNode();
                    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                        String key = parser.currentName();
                        String childPointer = locating ? child(pointer, key) : pointer;
                        if (object.has(key)) {
                            Location keyAt = location(parser.currentTokenLocation());
                            throw new InvalidInputException(new Problem(name, keyAt.line(), keyAt.column(),
                                    "duplicate key '" + key + "'"));
                        }
                        if (locating) {
                            keys.put(childPointer, location(parser.currentTokenLocation()));
                        }
                        parser.nextToken();
                        object.set(key, value(parser, childPointer));
                    }
                    return object;
                }
                case START_ARRAY: {
                    ArrayNode array = nodes.arrayNode();
                    int index = 0;
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        array.add(value(parser, locating ? child(pointer, index++) : pointer));
                    }
                    return array;
                }
                case VALUE_STRING:
                    return nodes.textNode(parser.getString());
                case VALUE_NUMBER_INT:
                    return nodes.numberNode(parser.getBigIntegerValue());
                case VALUE_NUMBER_FLOAT:
                    String raw = parser.getString();
                    if (raw != null && raw.toLowerCase(Locale.ROOT).matches("[-+]?\\.(nan|inf)")) {
                        Location at = location(parser.currentTokenLocation());
                        throw new InvalidInputException(new Problem(name, at.line(), at.column(),
                                "not-a-number and infinite values are not allowed"));
                    }
                    return nodes.numberNode(parser.getDecimalValue());
                case VALUE_TRUE:
                    return nodes.booleanNode(true);
                case VALUE_FALSE:
                    return nodes.booleanNode(false);
                case VALUE_NULL:
                    return nodes.nullNode();
                default:
                    Location at = location(parser.currentTokenLocation());
                    throw new InvalidInputException(new Problem(name, at.line(), at.column(),
                            "unsupported value (" + token + ")"));
            }
        }
    }
}
