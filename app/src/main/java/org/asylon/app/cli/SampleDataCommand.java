package org.asylon.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.asylon.audit.input.DataFormat;
import org.asylon.audit.sample.SampleData;
import org.asylon.audit.sample.SampleKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code asylon sample-data}: deterministic synthetic decision logs with planted disparities and drift. */
@Command(name = "sample-data", mixinStandardHelpOptions = true,
        description = {"Write a synthetic decision log with planted disparities and drift (same seed, same file).",
                "decisions: nationality, sex, age band, recommendation (release/supervise/detain), risk score, outcome;",
                "biometric: skin-tone band, sex, genuine pair flag, similarity score."})
final class SampleDataCommand implements Callable<Integer> {

    enum Kind { decisions, biometric }

    enum Format { csv, parquet }

    @Option(names = "--kind", paramLabel = "KIND", description = "decisions or biometric (default: ${DEFAULT-VALUE}).")
    Kind kind = Kind.decisions;

    @Option(names = "--rows", paramLabel = "N", description = "Number of rows (default: ${DEFAULT-VALUE}).")
    long rows = 10_000;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--format", paramLabel = "FORMAT", description = "csv or parquet (default: ${DEFAULT-VALUE}).")
    Format format = Format.csv;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (required for parquet); default standard output.")
    Path out;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (rows < 1) {
            throw new UsageException("--rows must be at least 1");
        }
        SampleKind sampleKind = kind == Kind.decisions ? SampleKind.DECISIONS : SampleKind.BIOMETRIC;
        try {
            if (out == null) {
                if (format == Format.parquet) {
                    throw new UsageException("--format parquet needs --out FILE");
                }
                PrintWriter stdout = spec.commandLine().getOut();
                SampleData.writeCsv(sampleKind, rows, seed, stdout);
                stdout.flush();
            } else {
                SampleData.write(sampleKind, rows, seed, out, format == Format.csv ? DataFormat.CSV : DataFormat.PARQUET);
            }
        } catch (IOException e) {
            throw new UsageException("cannot write " + (out == null ? "the sample" : out) + ": " + e.getMessage());
        }
        return 0;
    }
}
