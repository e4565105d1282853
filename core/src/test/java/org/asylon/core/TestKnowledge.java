package org.asylon.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.asylon.core.document.Document;
import org.asylon.core.knowledge.KnowledgeBase;
import org.asylon.core.knowledge.KnowledgeLoader;
import org.asylon.core.profile.Profile;

/**
 * Knowledge bases for tests: the project's real schemas and catalogue, with instruments given
 * by the test, so each test states exactly the rules it exercises.
 */
public final class TestKnowledge {

    /** The project's knowledge directory (tests run in the module directory). */
    public static final Path PROJECT = Path.of("..", "knowledge");

    private TestKnowledge() {
    }

    /** A temporary knowledge directory with the real schema and catalogue and these instruments. */
    public static Path directory(Path temp, String... instruments) {
        copy(PROJECT.resolve("schema"), temp.resolve("schema"));
        copy(PROJECT.resolve("catalogue"), temp.resolve("catalogue"));
        try {
            Path directory = Files.createDirectories(temp.resolve("instruments"));
            try (Stream<Path> old = Files.list(directory)) {
                for (Path file : old.toList()) {
                    Files.delete(file);
                }
            }
            for (int i = 0; i < instruments.length; i++) {
                Files.writeString(temp.resolve("instruments").resolve("test-" + i + ".yaml"), instruments[i], StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return temp;
    }

    public static KnowledgeBase load(Path temp, String... instruments) {
        return KnowledgeLoader.load(directory(temp, instruments));
    }

    public static Profile profile(KnowledgeBase knowledge, String yaml) {
        return knowledge.profileReader().read(Document.parse("profile.yaml", yaml, Document.Format.YAML));
    }

    private static void copy(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
