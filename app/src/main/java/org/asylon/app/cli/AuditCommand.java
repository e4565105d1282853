package org.asylon.app.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.asylon.audit.Audit;
import org.asylon.audit.AuditResult;
import org.asylon.audit.cube.ProgressListener;
import org.asylon.audit.finding.AuditFinding;
import org.asylon.audit.profile.ProfileAttachment;
import org.asylon.audit.report.HtmlAuditReport;
import org.asylon.audit.report.JsonAuditReport;
import org.asylon.audit.report.MarkdownAuditReport;
import org.asylon.audit.spec.AuditSpec;
import org.asylon.audit.spec.AuditSpecReader;
import org.asylon.audit.spec.BiometricSpec;
import org.asylon.audit.spec.ColumnRef;
import org.asylon.audit.spec.CsvOptions;
import org.asylon.audit.spec.DecisionSpec;
import org.asylon.audit.spec.LabelSpec;
import org.asylon.audit.spec.ReferencePolicy;
import org.asylon.audit.spec.ScoreDirection;
import org.asylon.audit.spec.ScoreSpec;
import org.asylon.audit.spec.Settings;
import org.asylon.audit.spec.TimeSpec;
import org.asylon.audit.spec.ToleranceBand;
import org.asylon.audit.spec.Window;
import org.asylon.audit.statistics.ConfidenceLevel;
import org.asylon.audit.statistics.Correction;
import org.asylon.core.catalogue.Catalogue;
import org.asylon.core.catalogue.CatalogueReader;
import org.asylon.core.catalogue.Provision;
import org.asylon.core.document.Document;
import org.asylon.core.document.References;
import org.asylon.core.document.SchemaSet;
import org.asylon.core.finding.Severity;
import org.asylon.core.knowledge.KnowledgeBase;
import org.asylon.core.problem.InvalidInputException;
import org.asylon.core.problem.Problems;
import org.asylon.report.PdfReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code asylon audit}: a disparity audit of a decision log (CSV or Parquet). */
@Command(name = "audit", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Audit a decision log (CSV or Parquet) for disparities between groups.",
                "Columns are mapped by an audit spec (--spec) or by options, which override the spec."})
final class AuditCommand implements Callable<Integer> {

    enum Format { md, html, json, pdf }

    @Parameters(paramLabel = "DATA", description = "The data file: CSV with a header row, or Parquet.")
    Path data;

    @Option(names = "--spec", paramLabel = "FILE", description = "Audit spec (YAML or JSON).")
    Path specFile;

    @Option(names = "--group", paramLabel = "COL", split = ",", description = "Group column(s); several form intersectional groups.")
    List<String> groups = new ArrayList<>();

    @Option(names = "--decision", paramLabel = "COL", description = "Decision or prediction column.")
    String decision;

    @Option(names = "--favourable", paramLabel = "VALUE", split = ",", description = "Decision value(s) favourable for the person.")
    List<String> favourable = new ArrayList<>();

    @Option(names = "--adverse", paramLabel = "VALUE", split = ",", description = "Decision value(s) adverse for the person (the rest are favourable).")
    List<String> adverse = new ArrayList<>();

    @Option(names = "--label", paramLabel = "COL", description = "True-outcome column (binary).")
    String label;

    @Option(names = "--label-favourable", paramLabel = "VALUE", description = "Label value meaning the favourable decision was right.")
    String labelFavourable;

    @Option(names = "--score", paramLabel = "COL", description = "Score column.")
    String score;

    @Option(names = "--threshold", paramLabel = "X", split = ",", description = "Score threshold(s).")
    List<BigDecimal> thresholds = new ArrayList<>();

    @Option(names = "--score-favourable", paramLabel = "high|low", description = "Which end of the score is favourable (default high).")
    String scoreFavourable;

    @Option(names = "--genuine", paramLabel = "COL", description = "Biometric mode: column saying whether a comparison pair is genuine.")
    String genuine;

    @Option(names = "--genuine-value", paramLabel = "VALUE", description = "The value marking genuine pairs (default: true, 1, yes, genuine...).")
    String genuineValue;

    @Option(names = "--time", paramLabel = "COL", description = "Timestamp column, for drift over time.")
    String time;

    @Option(names = "--window", paramLabel = "PERIOD", description = "Window length for drift, e.g. P1M (default P1M).")
    String window;

    @Option(names = "--reference", paramLabel = "POLICY", description = "largest, favourable, overall, or a group's name (default largest).")
    String reference;

    @Option(names = "--min-group", paramLabel = "N", description = "Groups smaller than N are suppressed (default 20).")
    Integer minGroup;

    @Option(names = "--tolerance", paramLabel = "T", description = "Ratios in [T, 1/T] are no disparity (default 0.8).")
    BigDecimal tolerance;

    @Option(names = "--confidence", paramLabel = "LEVEL", description = "Confidence level of intervals (default 0.95).")
    Double confidence;

    @Option(names = "--alpha", paramLabel = "P", description = "Significance level (default 0.05).")
    Double alpha;

    @Option(names = "--correction", paramLabel = "METHOD", description = "holm, benjamini-hochberg or none (default holm).")
    String correction;

    @Option(names = "--delimiter", paramLabel = "CHAR", description = "CSV delimiter (default: detected).")
    String delimiter;

    @Option(names = "--format", paramLabel = "FORMAT", description = "md, html, json or pdf (pdf needs --out; default: ${DEFAULT-VALUE}).")
    Format format = Format.md;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path out;

    @Option(names = "--profile", paramLabel = "FILE", description = "Deployment profile to carry the summary into (with --attach).")
    Path profile;

    @Option(names = "--attach", description = "Write PROFILE.audited.yaml: the profile with the audit as a source and its evidence facts set.")
    boolean attach;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", description = "Exit 1 when a finding at or above SEVERITY is found.")
    String failOn;

    @Option(names = "--no-progress", description = "Never draw the progress bar (drawn by default on a terminal).")
    boolean noProgress;

    @Option(names = "--progress", description = "Draw the progress bar on standard error even when it is not a terminal.")
    boolean forceProgress;

    @Option(names = "--stats", description = "Print rows, cells, time and peak heap to standard error.")
    boolean stats;

    @Mixin
    KnowledgeOption knowledge;

    @Spec
    picocli.CommandLine.Model.CommandSpec command;

    @Override
    public Integer call() {
        long started = System.nanoTime();
        if (format == Format.pdf && out == null) {
            throw new UsageException("--format pdf needs --out FILE (a PDF is not written to the terminal)");
        }
        if (attach != (profile != null)) {
            throw new UsageException(attach ? "--attach needs --profile FILE" : "--profile needs --attach (the profile is only read to attach the audit)");
        }
        Severity threshold = failOn == null ? null : severity(failOn);
        AuditSpec spec = spec();
        PrintWriter err = command.commandLine().getErr();
        boolean drawProgress = !noProgress && (forceProgress || System.console() != null);
        PassTimer pass = new PassTimer(drawProgress ? new ProgressBar(err) : ProgressListener.NONE);
        // Made before the pass, while DuckDB is still starting on its own thread (see DuckDb.openAhead):
        // reading the legal catalogue or starting the JSON writer would otherwise follow the pass.
        Function<AuditResult, String> writer = switch (format) {
            case md -> new MarkdownAuditReport(citations(), false)::render;
            case html, pdf -> new HtmlAuditReport(new MarkdownAuditReport(citations(), true))::render;
            case json -> new JsonAuditReport()::render;
        };
        AuditResult result = new Audit(Clock.systemUTC()).run(spec, data, stats || drawProgress ? pass : ProgressListener.NONE);
        String report = writer.apply(result);
        String attached = attach ? attached(result) : null;
        if (format == Format.pdf) {
            Output.write(PdfReport.renderPage(report), out);
        } else {
            Output.write(report, out, command.commandLine().getOut());
        }
        if (attached != null) {
            Path target = auditedProfile(profile);
            Output.write(attached, target, command.commandLine().getOut());
            err.println("asylon: wrote " + target);
        }
        if (stats) {
            err.printf(Locale.ROOT, "audit: %d rows, %d cells, pass %.2f s, total %.2f s, peak heap %d MB%n",
                    result.data().rows(), result.data().cells(), pass.seconds(), (System.nanoTime() - started) / 1e9,
                    peakHeapBytes() / (1024 * 1024));
        }
        if (threshold != null) {
            for (AuditFinding finding : result.findings()) {
                if (finding.severity().atLeast(threshold)) {
                    return AsylonCli.EXIT_FINDINGS;
                }
            }
        }
        return 0;
    }

    private AuditSpec spec() {
        AuditSpec.Builder builder;
        if (specFile != null) {
            builder = new AuditSpecReader(schemas()).read(specFile).toBuilder();
        } else {
            builder = new AuditSpec.Builder();
        }
        if (!groups.isEmpty()) {
            builder.groups = groups.stream().map(g -> ColumnRef.fromOption(g, "group", "--group")).toList();
        }
        if (decision != null || !favourable.isEmpty() || !adverse.isEmpty()) {
            String column = decision != null ? decision
                    : builder.decision != null ? builder.decision.column().name() : null;
            if (column == null) {
                throw new UsageException("--favourable and --adverse need --decision COL");
            }
            if (favourable.isEmpty() && adverse.isEmpty() && builder.decision == null) {
                throw new UsageException("--decision needs --favourable VALUE (or --adverse VALUE): which decision is favourable for the person?");
            }
            boolean keep = favourable.isEmpty() && adverse.isEmpty();
            builder.decision = new DecisionSpec(decision != null ? ColumnRef.fromOption(column, "decision", "--decision")
                    : builder.decision.column(),
                    keep ? builder.decision.favourable() : new LinkedHashSet<>(favourable),
                    keep ? builder.decision.adverse() : new LinkedHashSet<>(adverse));
        }
        if (label != null || labelFavourable != null) {
            if (label == null && builder.label == null) {
                throw new UsageException("--label-favourable needs --label COL");
            }
            builder.label = new LabelSpec(label != null ? ColumnRef.fromOption(label, "label", "--label") : builder.label.column(),
                    labelFavourable != null ? java.util.Set.of(labelFavourable)
                            : builder.label != null ? builder.label.favourable() : java.util.Set.of());
        }
        if (score != null || !thresholds.isEmpty() || scoreFavourable != null) {
            ColumnRef column = score != null ? ColumnRef.fromOption(score, "score", "--score")
                    : builder.score != null ? builder.score.column() : null;
            if (column == null) {
                throw new UsageException("--threshold and --score-favourable need --score COL");
            }
            List<BigDecimal> cuts = !thresholds.isEmpty() ? thresholds
                    : builder.score != null ? builder.score.thresholds() : List.of();
            if (cuts.isEmpty()) {
                throw new UsageException("--score needs --threshold X (one or more, comma-separated)");
            }
            ScoreDirection direction = scoreFavourable != null ? direction(scoreFavourable)
                    : builder.score != null ? builder.score.favourable() : ScoreDirection.HIGH;
            builder.score = new ScoreSpec(column, cuts, direction);
        }
        if (genuine != null || genuineValue != null) {
            if (genuine == null && builder.biometric == null) {
                throw new UsageException("--genuine-value needs --genuine COL");
            }
            builder.biometric = new BiometricSpec(genuine != null ? ColumnRef.fromOption(genuine, "genuine pair", "--genuine")
                    : builder.biometric.genuine(), genuineValue != null ? genuineValue
                    : builder.biometric != null ? builder.biometric.genuineValue() : null);
        }
        if (time != null || window != null) {
            if (time == null && builder.time == null) {
                throw new UsageException("--window needs --time COL");
            }
            builder.time = new TimeSpec(time != null ? ColumnRef.fromOption(time, "time", "--time") : builder.time.column(),
                    window != null ? parse("--window", window, Window::parse)
                            : builder.time != null ? builder.time.window() : Window.parse("P1M"));
        }
        if (delimiter != null) {
            builder.csv = new CsvOptions(delimiter, builder.csv.quote());
        }
        builder.settings = settings(builder.settings);
        if (builder.groups.isEmpty()) {
            throw new UsageException("which groups? give --group COL[,COL...] or an audit spec (--spec FILE)");
        }
        if (builder.decision == null && builder.biometric == null) {
            throw new UsageException("which decision? give --decision COL --favourable VALUE, or for a biometric audit"
                    + " --genuine COL --score COL --threshold X, or an audit spec (--spec FILE)");
        }
        if (builder.decision != null && builder.biometric != null) {
            throw new UsageException("a decision audit (--decision) and a biometric audit (--genuine) cannot be combined");
        }
        if (builder.biometric != null && builder.score == null) {
            throw new UsageException("a biometric audit needs --score COL --threshold X");
        }
        return builder.build();
    }

    private Settings settings(Settings settings) {
        Settings s = settings;
        if (reference != null) {
            s = s.withReference(ReferencePolicy.parse(reference));
        }
        if (minGroup != null) {
            if (minGroup < 1) {
                throw new UsageException("--min-group must be at least 1");
            }
            s = s.withMinGroup(minGroup);
        }
        if (tolerance != null) {
            s = s.withTolerance(parse("--tolerance", tolerance, ToleranceBand::of));
        }
        if (confidence != null) {
            s = s.withConfidence(parse("--confidence", confidence, ConfidenceLevel::new));
        }
        if (alpha != null) {
            Settings base = s;
            s = parse("--alpha", alpha, base::withAlpha);
        }
        if (correction != null) {
            s = s.withCorrection(parse("--correction", correction, Correction::fromId));
        }
        return s;
    }

    private static ScoreDirection direction(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "high" -> ScoreDirection.HIGH;
            case "low" -> ScoreDirection.LOW;
            default -> throw new UsageException("--score-favourable: '" + text + "' is neither high nor low");
        };
    }

    private static <T, R> R parse(String option, T value, Function<T, R> parser) {
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            throw new UsageException(option + ": " + e.getMessage());
        }
    }

    private SchemaSet schemas() {
        Path directory = knowledge.resolve().resolve("schema");
        if (!Files.isDirectory(directory)) {
            throw new UsageException("no knowledge directory at " + knowledge.resolve() + " (the audit spec schema is"
                    + " there); give --knowledge DIR");
        }
        return SchemaSet.load(directory);
    }

    /** Cites provisions from the catalogue when the knowledge directory is at hand, by id otherwise. */
    private Function<String, String> citations() {
        Path directory = knowledge.resolve();
        if (!Files.isDirectory(directory.resolve("catalogue"))) {
            return id -> id;
        }
        try {
            Problems problems = new Problems();
            Catalogue catalogue = new CatalogueReader(SchemaSet.load(directory.resolve("schema")), problems,
                    new References()).read(directory.resolve("catalogue"));
            Map<String, Provision> provisions = catalogue.provisions();
            return id -> provisions.containsKey(id) ? provisions.get(id).citation() : id;
        } catch (InvalidInputException e) {
            return id -> id;
        }
    }

    private String attached(AuditResult result) {
        KnowledgeBase base = knowledge.loadEnglish();
        Document original = Document.read(profile);
        base.profileReader().read(original);
        String text = ProfileAttachment.attach(original, result, out == null ? null : out.getFileName().toString(),
                LocalDate.now(ZoneOffset.UTC));
        // The written profile must itself be a valid profile: read it back before writing anything.
        base.profileReader().read(Document.parse(auditedProfile(profile).toString(), text, Document.Format.YAML));
        return text;
    }

    static Path auditedProfile(Path profile) {
        String name = profile.getFileName().toString().replaceFirst("\\.(ya?ml|json)$", "");
        return profile.resolveSibling(name + ".audited.yaml");
    }

    private static Severity severity(String id) {
        try {
            return Severity.fromId(id);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--fail-on: '" + id + "' is not a severity (prohibited, critical, high, medium, low, info)");
        }
    }

    private static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    /** Times the pass over the data, passing progress on. */
    private static final class PassTimer implements ProgressListener {
        private final ProgressListener next;
        private long start;
        private long end;

        PassTimer(ProgressListener next) {
            this.next = next;
        }

        @Override
        public void started() {
            start = System.nanoTime();
            next.started();
        }

        @Override
        public void progress(double percent) {
            next.progress(percent);
        }

        @Override
        public boolean wantsProgress() {
            return next.wantsProgress();
        }

        @Override
        public void done() {
            end = System.nanoTime();
            next.done();
        }

        double seconds() {
            return (end - start) / 1e9;
        }
    }

    /** A one-line progress bar on standard error, redrawn in place. */
    private static final class ProgressBar implements ProgressListener {
        private static final int WIDTH = 30;
        private final PrintWriter err;
        private boolean drawn;

        ProgressBar(PrintWriter err) {
            this.err = err;
        }

        @Override
        public synchronized void progress(double percent) {
            int filled = (int) Math.round(percent / 100 * WIDTH);
            err.print("\raudit [" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] "
                    + String.format(Locale.ROOT, "%3.0f%%", percent));
            err.flush();
            drawn = true;
        }

        @Override
        public synchronized void done() {
            if (drawn) {
                err.print("\r" + " ".repeat(WIDTH + 15) + "\r");
                err.flush();
            }
        }
    }
}
