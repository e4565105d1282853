package org.asylon.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a finished text to standard output or, all at once, to a file: never half a file. */
final class Output {

    private Output() {
    }

    static void write(String text, Path file, PrintWriter out) {
        if (file == null) {
            out.print(text);
            out.flush();
            return;
        }
        write(text.getBytes(StandardCharsets.UTF_8), file);
    }

    /** Writes bytes to a file through a temporary file in the same directory, then moves it into place. */
    static void write(byte[] bytes, Path file) {
        Path target = file.toAbsolutePath();
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            try {
                Files.write(temporary, bytes);
                try {
                    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UsageException("cannot write " + file + ": " + e.getMessage());
        }
    }
}
