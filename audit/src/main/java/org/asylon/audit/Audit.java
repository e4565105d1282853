package org.asylon.audit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.asylon.audit.biometric.DemographicDifferentials;
import org.asylon.audit.cube.CellKey;
import org.asylon.audit.cube.CountCube;
import org.asylon.audit.cube.CubeBuilder;
import org.asylon.audit.cube.CubeQuery;
import org.asylon.audit.cube.ProgressListener;
import org.asylon.audit.disparity.GroupSummary;
import org.asylon.audit.disparity.GroupingAnalysis;
import org.asylon.audit.disparity.GroupingResult;
import org.asylon.audit.disparity.MetricResult;
import org.asylon.audit.disparity.Reference;
import org.asylon.audit.disparity.ReferenceChooser;
import org.asylon.audit.drift.DriftAnalysis;
import org.asylon.audit.drift.DriftResult;
import org.asylon.audit.finding.AuditFinding;
import org.asylon.audit.finding.FindingDeriver;
import org.asylon.audit.finding.FindingKind;
import org.asylon.audit.input.DataColumns;
import org.asylon.audit.input.DataFormat;
import org.asylon.audit.input.DataSource;
import org.asylon.audit.input.DuckDb;
import org.asylon.audit.input.InputChecks;
import org.asylon.audit.metric.GroupTally;
import org.asylon.audit.metric.Grouping;
import org.asylon.audit.metric.Metric;
import org.asylon.audit.metric.OutcomeSource;
import org.asylon.audit.metric.Tabulator;
import org.asylon.audit.metric.TruthValues;
import org.asylon.audit.spec.AuditSpec;
import org.asylon.audit.spec.ReferencePolicy;
import org.asylon.audit.spec.ScoreDirection;
import org.asylon.core.document.Digests;
import org.asylon.core.engine.Engine;
import org.asylon.core.problem.InvalidInputException;
import org.asylon.core.problem.Problem;

/**
 * A disparity audit of one data file: one pass in DuckDB builds the count cube, then every
 * metric, interval, test and finding is computed in Java from the counts.
 */
public final class Audit {

    private final Clock clock;

    public Audit(Clock clock) {
        this.clock = clock;
    }

    public AuditResult run(AuditSpec spec, Path data, ProgressListener progress) {
        DataSource source = DataSource.open(data, spec.csv());
        // Read now, while DuckDB may still be starting on its own thread (see DuckDb.openAhead), rather than after the pass.
        FindingKind.all();
        CompletableFuture<String> digest;
        CountCube cube;
        String engine;
        try (Connection connection = DuckDb.open()) {
            // Hashed alongside the pass rather than alongside DuckDB's start, which is on the critical path.
            digest = CompletableFuture.supplyAsync(() -> sha256(data));
            DataColumns.checkRoles(spec, source);
            cube = cube(connection, spec, source, progress);
            engine = "DuckDB " + connection.getMetaData().getDatabaseProductVersion();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot close DuckDB: " + e.getMessage(), e);
        }
        String hash;
        try {
            hash = digest.join();
        } catch (CompletionException e) {
            throw new InvalidInputException(Problem.inFile(source.name(), "cannot read: " + e.getCause().getMessage()));
        }
        return analyse(spec, source, cube, hash, engine);
    }

    /** Checks a cube built from {@code source} by any engine, then analyses it. */
    public AuditResult analyse(AuditSpec spec, DataSource source, CountCube cube, String inputSha256, String engine) {
        TruthValues truth = new InputChecks(spec, source).check(cube);
        AuditProvenance provenance = new AuditProvenance(Engine.version(), Instant.now(clock).toString(), source.name(),
                source.format().id(), inputSha256, source.bytes(), spec.id(), spec.version(), spec.file(), spec.digest(),
                engine);
        return analyse(spec, cube, truth, provenance);
    }

    /**
     * One pass over the file. A CSV file's header is read by the pass itself (its columns are all
     * read as text); only if the pass fails is the header read again, to name a missing column.
     */
    private static CountCube cube(Connection connection, AuditSpec spec, DataSource source, ProgressListener progress) {
        if (source.format() == DataFormat.PARQUET) {
            DataColumns columns = DataColumns.of(connection, source);
            columns.check(spec, source);
            return CubeBuilder.build(connection, CubeQuery.of(spec, source, columns), source, progress);
        }
        try {
            return CubeBuilder.build(connection, CubeQuery.of(spec, source, DataColumns.assumed(spec)), source, progress);
        } catch (InvalidInputException failed) {
            DataColumns.of(connection, source).check(spec, source);
            throw failed;
        }
    }

    /** Analyses a cube, built from one file or merged from several chunks. */
    public AuditResult analyse(AuditSpec spec, CountCube cube, TruthValues truth, AuditProvenance provenance) {
        List<OutcomeSource> sources = sources(spec);
        ScoreDirection direction = spec.biometricMode() ? ScoreDirection.HIGH
                : spec.scoreSpec().map(s -> s.favourable()).orElse(ScoreDirection.HIGH);
        Tabulator tabulator = new Tabulator(cube, spec.decision(), truth, direction, sources);
        GroupTally everyone = tabulator.overall();
        List<Metric> metrics = metrics(spec);
        GroupingAnalysis analysis = new GroupingAnalysis(spec.settings(), metrics, !spec.biometricMode());

        List<GroupingResult> groupings = new ArrayList<>();
        boolean anyShown = false;
        for (Grouping grouping : groupings(spec)) {
            List<GroupTally> tallies = tabulator.tally(grouping);
            boolean shown = tallies.stream().anyMatch(t -> t.rows() >= spec.settings().minGroup());
            anyShown |= shown;
            Reference reference = ReferenceChooser.choose(spec.settings().reference(), grouping, tallies, everyone,
                    spec.settings().minGroup(), 0, spec.biometricMode()).orElse(null);
            if (reference == null && shown && spec.settings().reference() instanceof ReferencePolicy.Named named) {
                throw new InvalidInputException(Problem.inFile(spec.file() != null ? spec.file() : "--reference",
                        "no group '" + named.group() + "' with at least " + spec.settings().minGroup() + " people by "
                                + grouping.label() + "; groups: " + String.join(", ", tallies.stream()
                                .filter(t -> t.rows() >= spec.settings().minGroup()).map(t -> t.group().label()).toList())));
            }
            if (reference == null) {
                groupings.add(new GroupingResult(grouping, "none",
                        tallies.stream().map(t -> new GroupSummary(t, true)).toList(), List.of(), List.of(), null, null));
            } else {
                groupings.add(analysis.analyse(grouping, tallies, reference, sources));
            }
        }
        if (!anyShown) {
            throw new InvalidInputException(Problem.inFile(provenance.inputFile(), "every group has fewer than "
                    + spec.settings().minGroup() + " rows, so all are suppressed and nothing can be reported"
                    + " (the largest has " + tabulator.tally(groupings(spec).get(0)).stream().mapToLong(GroupTally::rows)
                    .max().orElse(0) + " rows by " + spec.groups().get(0).name() + ")"));
        }

        DriftResult drift = cube.layout().windowed() && spec.decision() != null
                ? new DriftAnalysis(spec.settings()).analyse(cube) : null;
        List<DemographicDifferentials> biometric = spec.biometricMode() ? biometric(groupings, spec) : List.of();
        DataSummary data = summary(cube, everyone, truth, spec.settings().minGroup());
        FindingDeriver deriver = new FindingDeriver(spec.settings());
        List<AuditFinding> findings = deriver.findings(groupings, drift, data);
        return new AuditResult(spec, provenance, data, sources, groupings, drift, biometric, findings,
                deriver.summary(groupings));
    }

    static List<OutcomeSource> sources(AuditSpec spec) {
        List<OutcomeSource> sources = new ArrayList<>();
        if (spec.decision() != null) {
            sources.add(OutcomeSource.DECISION);
        }
        spec.scoreSpec().ifPresent(score -> {
            String column = score.column().name();
            for (int i = 0; i < score.thresholds().size(); i++) {
                String t = score.thresholds().get(i).toPlainString();
                String label = spec.biometricMode() ? "threshold " + t
                        : score.favourable() == ScoreDirection.HIGH ? column + " ≥ " + t : column + " < " + t;
                sources.add(OutcomeSource.threshold(i, score.thresholds().get(i), label));
            }
        });
        return sources;
    }

    static List<Metric> metrics(AuditSpec spec) {
        if (spec.biometricMode()) {
            return Metric.BIOMETRIC;
        }
        List<Metric> metrics = new ArrayList<>(List.of(Metric.SELECTION_RATE));
        if (spec.label() != null) {
            metrics.addAll(Metric.WITH_LABELS);
        }
        return metrics;
    }

    static List<Grouping> groupings(AuditSpec spec) {
        List<String> names = spec.groupNames();
        List<Grouping> groupings = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            groupings.add(new Grouping(List.of(names.get(i)), List.of(i)));
        }
        if (names.size() > 1) {
            List<Integer> all = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                all.add(i);
            }
            groupings.add(new Grouping(names, all));
        }
        return groupings;
    }

    private static List<DemographicDifferentials> biometric(List<GroupingResult> groupings, AuditSpec spec) {
        List<DemographicDifferentials> summaries = new ArrayList<>();
        GroupingResult finest = groupings.get(groupings.size() - 1);
        Map<String, MetricResult> fmr = new LinkedHashMap<>();
        for (MetricResult result : finest.metrics()) {
            if (result.metric() == Metric.FMR) {
                fmr.put(result.source().id(), result);
            }
        }
        for (MetricResult result : finest.metrics()) {
            if (result.metric() == Metric.FNMR && fmr.containsKey(result.source().id())) {
                DemographicDifferentials summary = DemographicDifferentials.of(fmr.get(result.source().id()), result,
                        spec.settings().minGroup());
                if (summary != null) {
                    summaries.add(summary);
                }
            }
        }
        return summaries;
    }

    private static DataSummary summary(CountCube cube, GroupTally everyone, TruthValues truth, int minGroup) {
        Map<String, Long> notRecorded = new LinkedHashMap<>();
        long[] missingTime = new long[1];
        double[] range = {Double.NaN, Double.NaN};
        List<String> attributes = cube.layout().groupAttributes();
        cube.forEach((key, counts) -> {
            for (int i = 0; i < attributes.size(); i++) {
                if (CellKey.NOT_RECORDED.equals(key.groups().get(i))) {
                    notRecorded.merge(attributes.get(i), counts.rows(), Long::sum);
                }
            }
            if (cube.layout().windowed() && key.window() == null) {
                missingTime[0] += counts.rows();
            }
            if (!Double.isNaN(counts.minScore())) {
                range[0] = Double.isNaN(range[0]) ? counts.minScore() : Math.min(range[0], counts.minScore());
                range[1] = Double.isNaN(range[1]) ? counts.maxScore() : Math.max(range[1], counts.maxScore());
            }
        });
        // A "(not recorded)" group below the minimum size is suppressed: its size is not shown here either.
        notRecorded.replaceAll((attribute, count) -> count < minGroup ? DataSummary.SUPPRESSED : count);
        return new DataSummary(everyone.rows(), cube.cells().size(), everyone.missingDecision(), everyone.missingTruth(),
                everyone.missingScore(), missingTime[0], notRecorded, range[0], range[1],
                truth == null ? List.of() : truth.positive().stream().sorted().toList());
    }

    static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Digests.sha256(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
