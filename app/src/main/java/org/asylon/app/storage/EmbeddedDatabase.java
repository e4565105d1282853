package org.asylon.app.storage;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The private PostgreSQL server Asylon runs by default, from binaries packaged as Maven
 * artefacts, keeping its files in a data directory so nothing is lost between runs. A server
 * left running by a killed process is found through its pid file and stopped before starting.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final EmbeddedPostgres server;

    private EmbeddedDatabase(EmbeddedPostgres server) {
        this.server = server;
    }

    public static EmbeddedDatabase start(Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
            stopStaleServer(dataDirectory);
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            LOG.info("Embedded PostgreSQL on port {} with data in {}", server.getPort(), dataDirectory.toAbsolutePath());
            return new EmbeddedDatabase(server);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded database in " + dataDirectory, e);
        }
    }

    /** Stops a postmaster whose pid file names a live process (left by a killed Asylon). */
    static void stopStaleServer(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        String first = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
        Optional<ProcessHandle> stale;
        try {
            stale = ProcessHandle.of(Long.parseLong(first));
        } catch (NumberFormatException e) {
            stale = Optional.empty();
        }
        if (stale.isPresent() && stale.get().isAlive() && stale.get().info().command().map(c -> c.contains("postgres")).orElse(false)) {
            LOG.warn("Stopping a database server left running by an earlier run (pid {})", first);
            stale.get().destroy();
            try {
                stale.get().onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                stale.get().destroyForcibly();
            }
        }
    }

    public DataSource dataSource() {
        return server.getPostgresDatabase();
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            LOG.warn("The embedded database did not stop cleanly: {}", e.getMessage());
        }
    }
}
