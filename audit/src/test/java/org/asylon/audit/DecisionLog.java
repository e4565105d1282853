package org.asylon.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a CSV decision log from blocks of identical rows, so expected counts are plain to read. */
final class DecisionLog {

    private final StringBuilder text = new StringBuilder();

    private DecisionLog(String header) {
        text.append(header).append('\n');
    }

    static DecisionLog header(String header) {
        return new DecisionLog(header);
    }

    /** Adds {@code count} rows, each the given comma-separated values. */
    DecisionLog rows(int count, String values) {
        for (int i = 0; i < count; i++) {
            text.append(values).append('\n');
        }
        return this;
    }

    Path write(Path directory, String name) throws IOException {
        Path file = directory.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
