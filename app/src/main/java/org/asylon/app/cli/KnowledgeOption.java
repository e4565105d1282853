package org.asylon.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.asylon.core.knowledge.KnowledgeBase;
import org.asylon.core.knowledge.KnowledgeLoader;
import picocli.CommandLine.Option;

/**
 * Where the knowledge base is: {@code --knowledge DIR}, else {@code ASYLON_KNOWLEDGE}, else the
 * {@code asylon.knowledge} system property (set by the launcher), else {@code ./knowledge}.
 */
final class KnowledgeOption {

    @Option(names = "--knowledge", paramLabel = "DIR", description = "Knowledge directory (default: ./knowledge).")
    Path directory;

    Path resolve() {
        if (directory != null) {
            return directory;
        }
        String env = System.getenv("ASYLON_KNOWLEDGE");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        String property = System.getProperty("asylon.knowledge");
        if (property != null && !property.isBlank() && !Files.isDirectory(Path.of("knowledge"))) {
            return Path.of(property);
        }
        return Path.of("knowledge");
    }

    KnowledgeBase load() {
        return KnowledgeLoader.load(resolve(), true, snapshots());
    }

    /** The knowledge base without the translations of its texts, for commands that write English only. */
    KnowledgeBase loadEnglish() {
        return KnowledgeLoader.load(resolve(), false, snapshots());
    }

    /** The knowledge base read and checked in full, whatever snapshot was kept: for {@code validate}. */
    KnowledgeBase loadInFull() {
        return KnowledgeLoader.load(resolve());
    }

    /**
     * Where checked snapshots of knowledge bases are kept: the {@code asylon.snapshots} system
     * property, set by the launcher; none without it.
     */
    private static Path snapshots() {
        String property = System.getProperty("asylon.snapshots");
        return property == null || property.isBlank() ? null : Path.of(property);
    }
}
