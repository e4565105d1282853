package org.asylon.app.audit;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.asylon.app.assessment.AssessmentService;
import org.asylon.app.register.RegisterService;
import org.asylon.app.storage.AuditTrail;
import org.asylon.audit.Audit;
import org.asylon.audit.AuditResult;
import org.asylon.audit.cube.ProgressListener;
import org.asylon.audit.input.DataColumns;
import org.asylon.audit.input.DataSource;
import org.asylon.audit.input.DuckDb;
import org.asylon.audit.profile.ProfileAttachment;
import org.asylon.audit.report.HtmlAuditReport;
import org.asylon.audit.report.JsonAuditReport;
import org.asylon.audit.report.MarkdownAuditReport;
import org.asylon.audit.spec.AuditSpec;
import org.asylon.audit.spec.AuditSpecReader;
import org.asylon.audit.spec.CsvOptions;
import org.asylon.core.document.Document;
import org.asylon.core.instrument.Instrument;
import org.asylon.core.knowledge.KnowledgeBase;
import org.asylon.core.problem.InvalidInputException;
import org.asylon.core.problem.Problem;
import org.asylon.core.profile.Profile;
import org.asylon.report.Citations;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Disparity audits run from the web platform: a data file is taken in (uploaded, or chosen in the
 * import directory), its columns are mapped, the audit runs in the background with its progress
 * kept, and its reports are written beside the data. A finished audit can be attached to a
 * deployment as evidence, which makes a new profile revision and re-runs the instruments on it.
 */
@Service
public class AuditRuns {

    /** The request cannot be done; each field's problem says why. Nothing was changed. */
    public static final class Refused extends RuntimeException {
        private final transient Map<String, AuditMapping.FieldError> errors;

        Refused(String field, String key, Object... args) {
            this(Map.of(field, new AuditMapping.FieldError(key, List.of(args))));
        }

        Refused(String field, AuditMapping.FieldError error) {
            this(Map.of(field, error));
        }

        Refused(Map<String, AuditMapping.FieldError> errors) {
            super(errors.toString(), null, false, false);
            this.errors = Map.copyOf(errors);
        }

        public Map<String, AuditMapping.FieldError> errors() {
            return errors;
        }
    }

    private static final int KEPT_RESULTS = 16;
    /** An audit spec is a short text; anything larger is not one. */
    static final int MAX_SPEC_BYTES = 256 * 1024;

    private final AuditRunRepository repository;
    private final RegisterService register;
    private final AssessmentService assessments;
    private final KnowledgeBase knowledge;
    private final Citations citations;
    private final AuditTrail trail;
    private final Clock clock;
    private final AuditFiles files;
    private final AuditSpecReader specReader;
    private final long maxUpload;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "audit-runs");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<Long, Double> progress = new ConcurrentHashMap<>();
    /** Recent results, for attaching without a second pass over the data. */
    private final Map<Long, AuditResult> results = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, AuditResult> eldest) {
            return size() > KEPT_RESULTS;
        }
    });

    public AuditRuns(AuditRunRepository repository, RegisterService register, AssessmentService assessments,
                     KnowledgeBase knowledge, Citations citations, AuditTrail trail, Clock clock,
                     @Value("${asylon.data}") Path data,
                     @Value("${asylon.audit.import-directory:${asylon.data}/imports}") Path imports,
                     @Value("${asylon.audit.max-upload:512MB}") DataSize maxUpload) {
        this.repository = repository;
        this.register = register;
        this.assessments = assessments;
        this.knowledge = knowledge;
        this.citations = citations;
        this.trail = trail;
        this.clock = clock;
        this.files = new AuditFiles(data, imports);
        this.specReader = new AuditSpecReader(knowledge.schemas());
        this.maxUpload = maxUpload.toBytes();
    }

    @EventListener(ApplicationReadyEvent.class)
    void failInterruptedRuns() {
        repository.failUnfinished("The platform stopped while this audit was running; run it again.", clock.instant());
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    public List<AuditRun> list() {
        return repository.list();
    }

    public AuditRun find(long id) {
        return repository.find(id).orElseThrow(() -> new NoSuchElementException("audit run " + id));
    }

    public List<AuditRunRepository.Deployment> deployments() {
        return repository.deployments();
    }

    public long maxUploadBytes() {
        return maxUpload;
    }

    public Path importDirectory() {
        return files.imports();
    }

    /** Stores an uploaded file under the data directory and reads its header. */
    public long upload(String fileName, InputStream content, String actor) {
        if (fileName == null || fileName.isBlank()) {
            throw new Refused("file", "audit.error.noFile");
        }
        AuditFiles.Stored stored;
        try {
            stored = files.store(content, fileName, maxUpload);
        } catch (AuditFiles.TooLarge e) {
            throw new Refused("file", "audit.error.tooLarge", maxUpload / (1024 * 1024));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> columns;
        try {
            columns = header(stored.path(), fileName, "file");
        } catch (Refused refused) {
            AuditFiles.deleteQuietly(stored.path().getParent());
            throw refused;
        }
        long id = repository.insert(fileName, stored.path(), "upload", stored.sha256(), stored.bytes(), columns, actor,
                clock.instant());
        try {
            repository.moved(id, files.settle(stored, id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        trail.record(actor, "upload", "audit-run", String.valueOf(id), null, fileName + " sha256 " + stored.sha256());
        return id;
    }

    /** Takes a file that lies in the import directory, where it is; a path leading outside is refused. */
    public long importFile(String path, String actor) {
        if (path == null || path.isBlank()) {
            throw new Refused("path", "audit.error.noPath");
        }
        Path file;
        try {
            file = files.inImports(path.strip());
        } catch (IOException e) {
            throw new Refused("path", "audit.error.unreadable", path);
        }
        if (file == null) {
            throw new Refused("path", "audit.error.outside", path, files.imports().toString());
        }
        if (!Files.isRegularFile(file)) {
            throw new Refused("path", "audit.error.noSuchFile", path);
        }
        List<String> columns = header(file, path, "path");
        long bytes;
        try {
            bytes = Files.size(file);
        } catch (IOException e) {
            throw new Refused("path", "audit.error.unreadable", path);
        }
        String sha256 = AuditFiles.sha256(file);
        long id = repository.insert(path.strip(), file, "server", sha256, bytes, columns, actor, clock.instant());
        trail.record(actor, "import", "audit-run", String.valueOf(id), null, path.strip() + " sha256 " + sha256);
        return id;
    }

    /** The column names of a data file; a file that is empty, or not CSV or Parquet, is refused with the reason. */
    private static List<String> header(Path file, String shownName, String field) {
        return header(file, shownName, field, CsvOptions.DETECT);
    }

    private static List<String> header(Path file, String shownName, String field, CsvOptions csv) {
        try (Connection connection = DuckDb.open()) {
            DataSource source = DataSource.open(file, csv);
            List<String> names = DataColumns.of(connection, source).names();
            if (names.isEmpty()) {
                throw new Refused(field, "audit.error.noColumns", shownName);
            }
            return names;
        } catch (InvalidInputException e) {
            throw new Refused(field, "audit.error.unreadableData", shownName, messages(e, file, shownName));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Checks the mapping against the file's columns; if it is sound, stores it and starts the
     * audit in the background. Otherwise nothing is stored and each field's problem is thrown.
     */
    public void start(long id, AuditMapping mapping, String actor) {
        AuditRun run = find(id);
        if (run.status().inProgress()) {
            throw new Refused("run", "audit.error.running");
        }
        AuditMapping.Checked checked = mapping.check(columns(run, mapping), null);
        if (checked.spec() == null) {
            throw new Refused(checked.errors());
        }
        repository.queue(id, mapping);
        submit(run, checked.spec(), actor, "mapping " + mapping);
    }

    /**
     * The file's columns as the mapping reads them: with a delimiter typed, the header is read
     * again with it (and kept, so the form offers those columns from now on).
     */
    private List<String> columns(AuditRun run, AuditMapping mapping) {
        CsvOptions csv = mapping.csvOptions();
        if (csv == null || csv.equals(CsvOptions.DETECT)) {
            return run.columns();
        }
        List<String> columns = header(run.storedPath(), run.fileName(), "delimiter", csv);
        if (!columns.equals(run.columns())) {
            repository.columns(run.id(), columns);
        }
        return columns;
    }

    /**
     * Starts the audit as an audit spec file says, instead of the mapping form: the spec is
     * validated against its schema and its columns against the file's, each problem located at
     * its line and column of the spec. Nothing is stored unless the spec is sound.
     */
    public void start(long id, String specName, byte[] content, String actor) {
        AuditRun run = find(id);
        if (run.status().inProgress()) {
            throw new Refused("run", "audit.error.running");
        }
        if (specName == null || specName.isBlank() || content.length == 0) {
            throw new Refused("spec", "audit.error.noSpec");
        }
        if (content.length > MAX_SPEC_BYTES) {
            throw new Refused("spec", "audit.error.specTooLarge", specName, MAX_SPEC_BYTES / 1024);
        }
        AuditRun.SpecFile file = new AuditRun.SpecFile(specName, new String(content, StandardCharsets.UTF_8));
        AuditSpec spec;
        try {
            spec = spec(file);
            try (Connection connection = DuckDb.open()) {
                DataSource source = DataSource.open(run.storedPath(), spec.csv());
                DataColumns.checkRoles(spec, source);
                DataColumns.of(connection, source).check(spec, source);
            }
        } catch (InvalidInputException e) {
            throw new Refused("spec", new AuditMapping.FieldError("audit.error.spec", List.of(specName),
                    e.problems().stream().map(p -> shown(p, run)).toList()));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        repository.queue(id, file);
        submit(run, spec, actor, "spec " + specName + " " + spec.id() + " " + spec.version());
    }

    private void submit(AuditRun run, AuditSpec spec, String actor, String detail) {
        results.remove(run.id());
        progress.put(run.id(), 0.0);
        trail.record(actor, "run", "audit-run", String.valueOf(run.id()), null, detail);
        executor.submit(() -> execute(run, spec));
    }

    private AuditSpec spec(AuditRun.SpecFile file) {
        Document.Format format = file.name().toLowerCase(java.util.Locale.ROOT).endsWith(".json")
                ? Document.Format.JSON : Document.Format.YAML;
        return specReader.read(Document.parse(file.name(), file.text(), format));
    }

    /** The spec of a run: its spec file, else its mapping. */
    private AuditSpec spec(AuditRun run) {
        return run.spec() != null ? spec(run.spec()) : run.mapping().check(run.columns(), null).spec();
    }

    private void execute(AuditRun run, AuditSpec spec) {
        long id = run.id();
        repository.started(id, clock.instant());
        try {
            AuditResult result = audit(run, spec);
            write(id, result);
            results.put(id, result);
            repository.finished(id, AuditRun.Status.DONE, List.of(), clock.instant());
        } catch (InvalidInputException e) {
            repository.finished(id, AuditRun.Status.FAILED, List.of(messages(e, run.storedPath(), run.fileName()).split("\n")),
                    clock.instant());
        } catch (RuntimeException | IOException e) {
            repository.finished(id, AuditRun.Status.FAILED, List.of("internal error: " + e), clock.instant());
        } finally {
            progress.remove(id);
        }
    }

    private AuditResult audit(AuditRun run, AuditSpec spec) {
        return new Audit(clock).run(spec, run.storedPath(), new ProgressListener() {
            @Override
            public void progress(double percent) {
                progress.put(run.id(), percent);
            }
        });
    }

    private void write(long id, AuditResult result) throws IOException {
        Files.createDirectories(files.directory(id));
        MarkdownAuditReport markdown = new MarkdownAuditReport(citations::citation, true);
        Files.writeString(files.report(id, "md"), new MarkdownAuditReport(citations::citation, false).render(result));
        Files.writeString(files.report(id, "html"), new HtmlAuditReport(markdown).render(result));
        Files.writeString(files.report(id, "json"), new JsonAuditReport().render(result));
    }

    /** How far a queued or running audit has got, in percent. */
    public OptionalDouble progress(long id) {
        Double value = progress.get(id);
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    /** A finished audit's report as written: {@code md}, {@code html} or {@code json}. */
    public String report(long id, String extension) {
        Path file = files.report(id, extension);
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new NoSuchElementException("no " + extension + " report for audit run " + id);
        }
    }

    /**
     * Attaches a finished audit to a deployment: a new revision of its profile with the audit as a
     * source and its evidence facts set (as {@code asylon audit --attach} does), assessed at once.
     *
     * @return the new revision
     */
    @Transactional
    public int attach(long id, String deploymentId, String actor) {
        AuditRun run = find(id);
        if (run.status() != AuditRun.Status.DONE) {
            throw new Refused("deployment", "audit.error.notDone");
        }
        RegisterService.DeploymentView view = register.view(deploymentId, false)
                .orElseThrow(() -> new Refused("deployment", "audit.error.noDeployment", deploymentId));
        String yaml = register.currentYaml(deploymentId).orElseThrow();
        String text;
        try {
            text = ProfileAttachment.attach(Document.parse(deploymentId + ".yaml", yaml, Document.Format.YAML),
                    result(run), "/audits/" + id, LocalDate.now(clock));
        } catch (InvalidInputException e) {
            throw new Refused("deployment", "audit.error.attach", messages(e, run.storedPath(), run.fileName()));
        }
        text = "# Revision with disparity audit run " + id + " of " + run.fileName() + " (SHA-256 " + run.fileSha256()
                + ") attached as evidence.\n" + text.lines().dropWhile(line -> line.startsWith("#"))
                .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
        Profile profile;
        try {
            profile = register.revise(deploymentId, text, view.summary().version(), actor);
        } catch (RegisterService.EditConflict e) {
            throw new Refused("deployment", "audit.error.conflict");
        }
        int revision = view.summary().currentRevision() + 1;
        assessments.run(deploymentId, revision, profile, knowledge.allInstruments().stream().map(Instrument::id).toList(),
                actor);
        repository.attached(id, deploymentId, revision);
        trail.record(actor, "attach audit", "deployment", deploymentId, "revision " + (revision - 1),
                "revision " + revision + " with audit run " + id + " sha256 " + run.fileSha256());
        return revision;
    }

    /** The result of a finished run: kept from the run, or computed again from the same file and mapping. */
    private AuditResult result(AuditRun run) {
        AuditResult kept = results.get(run.id());
        if (kept != null) {
            return kept;
        }
        AuditResult again = new Audit(clock).run(spec(run), run.storedPath(), ProgressListener.NONE);
        results.put(run.id(), again);
        return again;
    }

    /** The problems' messages, naming the file as the user knows it rather than where it is stored. */
    private static String messages(InvalidInputException e, Path stored, String shownName) {
        return String.join("\n", e.problems().stream().map(Problem::toString)
                .map(text -> shown(text, stored, shownName)).toList());
    }

    private static Problem shown(Problem problem, AuditRun run) {
        return new Problem(shown(problem.file(), run.storedPath(), run.fileName()), problem.line(), problem.column(),
                shown(problem.message(), run.storedPath(), run.fileName()));
    }

    private static String shown(String text, Path stored, String shownName) {
        return text.replace(stored.toAbsolutePath().toString(), shownName).replace(stored.toString(), shownName);
    }
}
