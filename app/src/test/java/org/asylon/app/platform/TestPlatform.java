package org.asylon.app.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Settings every platform test shares: the project's knowledge base and a real PostgreSQL, the
 * embedded server in a fresh data directory.
 */
public final class TestPlatform {

    public static final Path KNOWLEDGE = Path.of("..", "knowledge").toAbsolutePath().normalize();

    private TestPlatform() {
    }

    public static void properties(DynamicPropertyRegistry registry) {
        registry.add("asylon.knowledge", KNOWLEDGE::toString);
        try {
            Path data = Files.createTempDirectory("asylon-test-data");
            registry.add("asylon.data", data::toString);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The server at {@code PG_URL} (with {@code PG_USER}, {@code PG_PASSWORD}) instead of the
     * embedded one, when set. Only for tests that need an empty database, not one they share.
     */
    public static void externalDatabaseIfSet(DynamicPropertyRegistry registry) {
        String url = System.getenv("PG_URL");
        if (url != null && !url.isBlank()) {
            registry.add("asylon.db.url", () -> url);
            registry.add("asylon.db.username", () -> System.getenv().getOrDefault("PG_USER", ""));
            registry.add("asylon.db.password", () -> System.getenv().getOrDefault("PG_PASSWORD", ""));
        }
    }
}
