package org.asylon.core.knowledge;

import dev.cel.compiler.CelCompilerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.asylon.core.document.Digests;
import org.asylon.core.document.Document;
import org.asylon.core.document.DocumentSource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a load of a knowledge base that passed every check leaves behind for the next load of
 * the same files by the same code: every document as a plain tree and every condition in its
 * checked form (ADR 16). Restored documents are not parsed from YAML or checked against their
 * schemas again, and their conditions are not type-checked again; everything else (reading the
 * facts, instruments and catalogue, resolving references, building the engine's plans) runs as on
 * a full load.
 *
 * <p>A snapshot is keyed by the digest of every file of the knowledge directory, the digest of the
 * code that checked it and whether translations were read. One that does not match, or cannot be
 * read for any reason, is ignored: the knowledge base is then loaded and checked in full, and the
 * snapshot written anew.
 */
final class KnowledgeSnapshot implements DocumentSource {

    private static final int FORMAT = 1;
    /** Snapshots kept per directory, newest first: enough for a few knowledge directories in turn. */
    private static final int KEPT = 6;
    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final String CODE = codeDigest();

    private final Path directory;
    private final Map<String, Document> restored;
    private final Map<String, byte[]> expressions;
    private final Map<String, Document> served = new ConcurrentHashMap<>();
    private volatile boolean complete = true;

    private KnowledgeSnapshot(Path directory, Map<String, Document> restored,
                              Map<String, byte[]> expressions) {
        this.directory = directory;
        this.restored = restored;
        this.expressions = expressions;
    }

    /** A source that only reads files, and remembers what it served for {@link #write}. */
    static KnowledgeSnapshot recording(Path directory) {
        KnowledgeSnapshot none = new KnowledgeSnapshot(directory, Map.of(), Map.of());
        none.complete = false;
        return none;
    }

    /** The snapshot for this knowledge directory, digest and choice of translations, if one was kept. */
    static Optional<KnowledgeSnapshot> find(Path snapshots, Path directory, String digest, boolean withTranslations) {
        if (CODE == null) {
            return Optional.empty();
        }
        Path file = file(snapshots, digest, withTranslations);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file);
             JsonParser parser = JSON.createParser(ObjectReadContext.empty(), in)) {
            expect(parser.nextToken() == JsonToken.START_OBJECT);
            expect("key".equals(parser.nextName()) && key(digest, withTranslations).equals(parser.nextStringValue()));
            expect("documents".equals(parser.nextName()) && parser.nextToken() == JsonToken.START_OBJECT);
            Map<String, Document> documents = new HashMap<>();
            for (String path = parser.nextName(); path != null; path = parser.nextName()) {
                expect(parser.nextToken() == JsonToken.START_ARRAY);
                String documentDigest = parser.nextStringValue();
                parser.nextToken();
                String name = directory.resolve(path).toString();
                documents.put(path, Document.restore(name, parser, documentDigest));
                expect(parser.nextToken() == JsonToken.END_ARRAY);
            }
            expect("expressions".equals(parser.nextName()) && parser.nextToken() == JsonToken.START_OBJECT);
            Base64.Decoder base64 = Base64.getDecoder();
            Map<String, byte[]> expressions = new HashMap<>();
            for (String text = parser.nextName(); text != null; text = parser.nextName()) {
                expressions.put(text, base64.decode(parser.nextStringValue()));
            }
            return Optional.of(new KnowledgeSnapshot(directory, documents, expressions));
        } catch (IOException | JacksonException | IllegalArgumentException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    private static void expect(boolean condition) {
        if (!condition) {
            throw new IllegalStateException("not a snapshot of this knowledge base");
        }
    }

    @Override
    public Document read(Path file) {
        String path = relative(file);
        Document document = restored.get(path);
        if (document == null) {
            complete = false;
            document = Document.read(file);
        }
        served.put(path, document);
        return document;
    }

    /** The checked form of every condition in the snapshot, serialised, by text. */
    Map<String, byte[]> expressions() {
        return expressions;
    }

    /** Whether every document asked for came from the snapshot. */
    boolean complete() {
        return complete;
    }

    /**
     * Keeps every document served and every checked expression as the snapshot of this load, which
     * must have passed every check. Written to a temporary file and moved into place, so a reader
     * never sees half a snapshot; a snapshot that cannot be written is simply not kept.
     */
    void write(Path snapshots, String digest, boolean withTranslations,
               Map<String, byte[]> checkedExpressions) {
        if (CODE == null) {
            return;
        }
        Path file = file(snapshots, digest, withTranslations);
        try {
            Files.createDirectories(snapshots);
            Path temporary = Files.createTempFile(snapshots, "knowledge-", ".tmp");
            try {
                try (OutputStream out = Files.newOutputStream(temporary);
                     JsonGenerator json = JsonMapper.builder().build().createGenerator(out)) {
                    json.writeStartObject();
                    json.writeStringProperty("key", key(digest, withTranslations));
                    json.writeName("documents");
                    json.writeStartObject();
                    for (Map.Entry<String, Document> entry : new TreeMap<>(served).entrySet()) {
                        json.writeName(entry.getKey());
                        json.writeStartArray();
                        json.writeString(entry.getValue().digest());
                        json.writeTree(entry.getValue().root());
                        json.writeEndArray();
                    }
                    json.writeEndObject();
                    json.writeName("expressions");
                    json.writeStartObject();
                    Base64.Encoder base64 = Base64.getEncoder();
                    for (Map.Entry<String, byte[]> entry : new TreeMap<>(checkedExpressions).entrySet()) {
                        json.writeStringProperty(entry.getKey(), base64.encodeToString(entry.getValue()));
                    }
                    json.writeEndObject();
                    json.writeEndObject();
                }
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
            prune(snapshots);
        } catch (IOException | UncheckedIOException | JacksonException e) {
            // A snapshot only saves time; without one the next load checks everything again.
        }
    }

    private String relative(Path file) {
        return directory.relativize(file).toString().replace('\\', '/');
    }

    private static Path file(Path snapshots, String digest, boolean withTranslations) {
        return snapshots.resolve("knowledge-" + key(digest, withTranslations).substring(0, 32) + ".json");
    }

    static String key(String digest, boolean withTranslations) {
        String identity = "format " + FORMAT + "\n" + digest + "\n" + CODE + "\n" + (withTranslations ? "translated" : "english");
        return HexFormat.of().formatHex(Digests.sha256().digest(identity.getBytes(StandardCharsets.UTF_8)));
    }

    private static void prune(Path snapshots) throws IOException {
        List<Path> kept;
        try (Stream<Path> files = Files.list(snapshots)) {
            kept = files.filter(f -> f.getFileName().toString().matches("knowledge-[0-9a-f]+\\.json"))
                    .sorted(Comparator.comparing((Path f) -> f.toFile().lastModified()).reversed()).toList();
        }
        for (Path old : kept.subList(Math.min(KEPT, kept.size()), kept.size())) {
            Files.deleteIfExists(old);
        }
    }

    /**
     * A digest of the code that checks a knowledge base: this module's classes (its jar, or its
     * class files when run from a build directory) and the expression language's version. A
     * changed check must never trust a snapshot taken by an older one. Null when the code cannot be
     * read: then no snapshot is used or kept.
     */
    private static String codeDigest() {
        MessageDigest digest = Digests.sha256();
        try {
            Path code = Path.of(KnowledgeSnapshot.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            List<Path> files;
            try (Stream<Path> walk = Files.walk(code)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path file : files) {
                digest.update(code.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(file));
            }
            digest.update(String.valueOf(CelCompilerFactory.class.getProtectionDomain().getCodeSource().getLocation())
                    .getBytes(StandardCharsets.UTF_8));
        } catch (IOException | URISyntaxException | SecurityException | NullPointerException e) {
            return null;
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
