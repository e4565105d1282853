package org.asylon.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * Runs the common commands once on small inputs, so that the launcher can record a class-data
 * archive holding the classes of both assessments and audits (ADR 0004): an archive recorded from
 * an assessment alone leaves DuckDB's driver, the statistics and the audit reports to load cold.
 */
@Command(name = "warm-up", hidden = true, description = "Exercise assess and audit once (for the class-data archive).")
final class WarmUpCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PROFILE", description = "A profile to assess.")
    Path profile;

    @Mixin
    KnowledgeOption knowledge;

    @Override
    public Integer call() throws IOException {
        Path directory = Files.createTempDirectory("asylon-warm-up");
        try {
            Path log = directory.resolve("decisions.csv");
            String knowledgeDirectory = knowledge.resolve().toString();
            for (List<String> args : List.of(
                    List.of("assess", "--format", "json", "--knowledge", knowledgeDirectory, profile.toString()),
                    // Again, now from the snapshot the first one kept, when snapshots are kept.
                    List.of("assess", "--format", "md", "--knowledge", knowledgeDirectory, profile.toString()),
                    List.of("sample-data", "--rows", "2000", "--out", log.toString()),
                    List.of("audit", log.toString(), "--group", "nationality,sex", "--decision", "recommendation",
                            "--favourable", "release", "--label", "outcome", "--label-favourable", "complied",
                            "--score", "risk_score", "--threshold", "0.5", "--score-favourable", "low",
                            "--time", "decided_at", "--window", "P1M", "--format", "json", "--no-progress",
                            "--knowledge", knowledgeDirectory),
                    List.of("audit", log.toString(), "--group", "nationality", "--decision", "recommendation",
                            "--favourable", "release", "--format", "md", "--no-progress", "--knowledge", knowledgeDirectory))) {
                StringWriter err = new StringWriter();
                int code = AsylonCli.run(args.toArray(String[]::new), new PrintWriter(new StringWriter()), new PrintWriter(err));
                if (code != 0) {
                    throw new UsageException("warm-up: '" + args.get(0) + "' exited " + code + ": " + err);
                }
            }
        } finally {
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return 0;
    }
}
