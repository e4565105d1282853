package org.asylon.app.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.asylon.core.document.Digests;

/**
 * Where audit data and reports live: uploads under {@code DATA/audits/ID/}, server-side files only
 * inside the configured import directory.
 */
final class AuditFiles {

    /** A file stored under the data directory, with its hash and size. */
    record Stored(Path path, String sha256, long bytes) {
    }

    private final Path runs;
    private final Path imports;

    AuditFiles(Path data, Path imports) {
        this.runs = data.resolve("audits").toAbsolutePath().normalize();
        this.imports = imports.toAbsolutePath().normalize();
    }

    Path imports() {
        return imports;
    }

    Path directory(long runId) {
        return runs.resolve(String.valueOf(runId));
    }

    Path report(long runId, String extension) {
        return directory(runId).resolve("report." + extension);
    }

    /** Copies the upload in small blocks to a new file, hashing as it goes: never the whole file in memory. */
    Stored store(InputStream upload, String fileName, long limit) throws IOException {
        Files.createDirectories(runs);
        Path incoming = Files.createTempDirectory(runs, "upload-");
        Path target = incoming.resolve(safeName(fileName));
        MessageDigest sha256 = Digests.sha256();
        long bytes = 0;
        try (InputStream in = new DigestInputStream(upload, sha256); OutputStream out = Files.newOutputStream(target)) {
            byte[] buffer = new byte[64 * 1024];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                bytes += read;
                if (bytes > limit) {
                    deleteQuietly(incoming);
                    throw new TooLarge();
                }
                out.write(buffer, 0, read);
            }
        }
        return new Stored(target, HexFormat.of().formatHex(sha256.digest()), bytes);
    }

    /** Moves a stored upload into its run's directory once the run has an id. */
    Path settle(Stored stored, long runId) throws IOException {
        Path directory = directory(runId);
        Files.createDirectories(directory);
        Path target = directory.resolve(stored.path().getFileName());
        Files.move(stored.path(), target, StandardCopyOption.ATOMIC_MOVE);
        Files.deleteIfExists(stored.path().getParent());
        return target;
    }

    /**
     * The server-side file a path names, which must lie inside the import directory (after
     * following links); {@code null} if it lies outside.
     */
    Path inImports(String path) throws IOException {
        Path candidate = imports.resolve(path).normalize();
        if (!candidate.startsWith(imports)) {
            return null;
        }
        if (!Files.exists(candidate)) {
            return candidate;
        }
        Path real = candidate.toRealPath();
        return real.startsWith(imports.toRealPath()) ? real : null;
    }

    static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Digests.sha256(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file name without any directory part, and without characters the query engine reads as patterns. */
    static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[^\\p{L}\\p{N}._-]", "_");
        return name.isEmpty() || name.startsWith(".") ? "data" + name : name;
    }

    static void deleteQuietly(Path directory) {
        try (var files = Files.walk(directory)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // Best effort: a leftover temporary upload is harmless and found by its name.
        }
    }

    /** The upload is larger than the configured limit. */
    static final class TooLarge extends RuntimeException {
        TooLarge() {
            super(null, null, false, false);
        }
    }
}
