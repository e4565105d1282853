package org.asylon.app.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.asylon.core.engine.Engine;
import org.asylon.core.finding.AssessmentResult;
import org.asylon.core.finding.Finding;
import org.asylon.core.finding.Severity;
import org.asylon.core.instrument.Instrument;
import org.asylon.core.knowledge.KnowledgeBase;
import org.asylon.core.problem.InvalidInputException;
import org.asylon.core.problem.Problems;
import org.asylon.core.profile.Profile;
import org.asylon.core.profile.ProfileReader;
import org.asylon.report.Citations;
import org.asylon.report.DocxReport;
import org.asylon.report.HtmlReport;
import org.asylon.report.JsonReport;
import org.asylon.report.MarkdownReport;
import org.asylon.report.PdfReport;
import org.asylon.report.ProfileAssessment;
import org.asylon.report.SummaryTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code asylon assess}: applies instruments to profiles and writes the report. */
@Command(name = "assess", mixinStandardHelpOptions = true,
        description = "Assess deployment profiles against instruments and print a report.")
final class AssessCommand implements Callable<Integer> {

    enum Format { md, json, html, pdf, docx }

    @Parameters(paramLabel = "PROFILE", arity = "1..*", description = "Profile files (YAML or JSON).")
    List<Path> profiles;

    @Option(names = "--instrument", paramLabel = "ID", description = "Instrument to apply (repeatable; default: all).")
    List<String> instruments = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", description = "md, json, html, pdf or docx (default: ${DEFAULT-VALUE}; pdf and docx need --out).")
    Format format = Format.md;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path out;

    @Option(names = "--summary", description = "Print one line per profile and instrument instead of the full report.")
    boolean summary;

    @Option(names = "--fail-on", paramLabel = "SEVERITY",
            description = "Exit 1 when a finding at or above SEVERITY fired (prohibited, critical, high, medium, low, info).")
    String failOn;

    @Mixin
    KnowledgeOption knowledge;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Severity threshold = failOn == null ? null : severity(failOn);
        if ((format == Format.pdf || format == Format.docx) && out == null && !summary) {
            throw new UsageException("--format " + format + " writes a binary file: give --out FILE");
        }
        KnowledgeBase base = knowledge.loadEnglish();
        List<Instrument> selected = select(base);
        ProfileReader reader = base.profileReader();
        Problems problems = new Problems();
        List<Profile> read = new ArrayList<>();
        for (Path file : profiles) {
            try {
                read.add(reader.read(file));
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        problems.throwIfAny();

        Engine engine = new Engine(base, Clock.systemUTC());
        List<ProfileAssessment> assessments = new ArrayList<>();
        for (Profile profile : read) {
            assessments.add(new ProfileAssessment(profile, engine.assess(profile, selected)));
        }
        Citations citations = new Citations(base.catalogue());
        if (!summary && format == Format.pdf) {
            Output.write(new PdfReport(new HtmlReport(new MarkdownReport(citations))).render(assessments), out);
        } else if (!summary && format == Format.docx) {
            Output.write(new DocxReport(new MarkdownReport(citations)).render(assessments), out);
        } else {
            String text = summary ? SummaryTable.render(assessments) : switch (format) {
                case md -> new MarkdownReport(citations).render(assessments);
                case html -> new HtmlReport(new MarkdownReport(citations)).render(assessments);
                case json, pdf, docx -> new JsonReport(citations).render(assessments, Engine.version());
            };
            Output.write(text, out, spec.commandLine().getOut());
        }
        if (threshold != null) {
            for (ProfileAssessment assessment : assessments) {
                for (AssessmentResult result : assessment.results()) {
                    for (Finding finding : result.fired()) {
                        if (finding.severity().atLeast(threshold)) {
                            return AsylonCli.EXIT_FINDINGS;
                        }
                    }
                }
            }
        }
        return 0;
    }

    private List<Instrument> select(KnowledgeBase base) {
        if (instruments.isEmpty()) {
            return base.allInstruments();
        }
        List<Instrument> selected = new ArrayList<>();
        for (String id : instruments) {
            selected.add(base.instrument(id).orElseThrow(() -> new UsageException("unknown instrument '" + id
                    + "'; known: " + String.join(", ", base.instruments().keySet()))));
        }
        return selected;
    }

    private static Severity severity(String id) {
        try {
            return Severity.fromId(id);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--fail-on: '" + id + "' is not a severity (prohibited, critical, high, medium, low, info)");
        }
    }
}
