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
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Runs the common commands once on small inputs, so that the launcher can make class-data
 * archives (ADR 0004 and 0017): one from assessments, for every command but audits, and one from
 * audits (DuckDB's driver, the statistics, the audit reports), each holding only what its
 * commands load, since a larger archive takes longer to map at every start.
 */
@Command(name = "warm-up", hidden = true, description = "Exercise assess, or audit, once (for the class-data archives).")
final class WarmUpCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "PROFILE", description = "A profile to assess.")
    Path profile;

    @Option(names = "--audits", description = "Run small audits of a CSV and a Parquet file instead of assessments.")
    boolean audits;

    @Mixin
    KnowledgeOption knowledge;

    @Override
    public Integer call() throws IOException {
        if (audits == (profile != null)) {
            throw new UsageException("warm-up needs either PROFILE or --audits");
        }
        Path directory = Files.createTempDirectory("asylon-warm-up");
        try {
            Path log = directory.resolve("decisions.csv");
            Path parquet = directory.resolve("decisions.parquet");
            String knowledgeDirectory = knowledge.resolve().toString();
            List<String> fullAudit = List.of("--group", "nationality,sex", "--decision", "recommendation",
                    "--favourable", "release", "--label", "outcome", "--label-favourable", "complied",
                    "--score", "risk_score", "--threshold", "0.5", "--score-favourable", "low",
                    "--time", "decided_at", "--window", "P1M", "--format", "json", "--no-progress",
                    "--knowledge", knowledgeDirectory);
            List<List<String>> runs = audits ? List.of(
                    List.of("sample-data", "--rows", "2000", "--out", log.toString()),
                    concat(List.of("audit", log.toString()), fullAudit),
                    List.of("audit", log.toString(), "--group", "nationality", "--decision", "recommendation",
                            "--favourable", "release", "--format", "md", "--no-progress", "--knowledge", knowledgeDirectory),
                    List.of("sample-data", "--rows", "2000", "--format", "parquet", "--out", parquet.toString()),
                    concat(List.of("audit", parquet.toString()), fullAudit))
                    : List.of(
                    List.of("assess", "--format", "json", "--knowledge", knowledgeDirectory, profile.toString()),
                    // Again, now from the snapshot the first one kept, when snapshots are kept.
                    List.of("assess", "--format", "md", "--knowledge", knowledgeDirectory, profile.toString()));
            for (List<String> args : runs) {
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

    private static List<String> concat(List<String> first, List<String> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }
}
