package org.asylon.app.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.asylon.core.engine.Engine;
import org.asylon.core.knowledge.KnowledgeBase;
import org.asylon.core.profile.Profile;
import org.asylon.report.Citations;
import org.asylon.report.HtmlReport;
import org.asylon.report.MarkdownReport;
import org.asylon.report.PdfReport;
import org.asylon.report.ProfileAssessment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Renders a small PDF (Latin and Arabic), then the memo of a documented deployment, once the
 * platform is ready, on a background thread of low priority, so that the first export does not pay
 * for loading the renderer's classes (PDF writer, layout, right-to-left shaping, SVG), reading the
 * packaged fonts and running the layout uncompiled. Readiness never waits for it, and a failure is
 * only logged: exports then load the renderer themselves, as they would without it.
 */
@Component
public class PdfWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(PdfWarmUp.class);

    /** Latin and Arabic, regular and bold, a table and a chart: what reports hold. */
    static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Asylon</title></head>
            <body>
            <h1>Asylon warm-up</h1>
            <p>Right to privacy, <strong>data protection</strong> and non-discrimination.</p>
            <p dir="rtl" lang="ar">الحق في الخصوصية وحماية البيانات وعدم التمييز.</p>
            <table><tr><th>Finding</th><td>high</td></tr></table>
            <svg xmlns="http://www.w3.org/2000/svg" width="40" height="10"><rect width="40" height="10" fill="#0b4f9c"/></svg>
            </body></html>
            """;

    private final Supplier<byte[]> render;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();

    @Autowired
    public PdfWarmUp(KnowledgeBase knowledge, Engine engine, Citations citations) {
        this(() -> {
            byte[] page = PdfReport.renderPage(PAGE);
            documentedCase(knowledge).ifPresent(profile -> new PdfReport(new HtmlReport(new MarkdownReport(citations)))
                    .render(List.of(new ProfileAssessment(profile, engine.assess(profile, knowledge.allInstruments())))));
            return page;
        });
    }

    PdfWarmUp(Supplier<byte[]> render) {
        this.render = render;
    }

    @EventListener(ApplicationReadyEvent.class)
    void platformReady() {
        Thread thread = new Thread(this::run, "pdf-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    void run() {
        long start = System.nanoTime();
        try {
            result.complete(render.get());
            LOG.info("PDF renderer warmed up in {} ms", (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("The PDF renderer could not be warmed up; the first PDF export will be slower: {}", e.toString());
            result.completeExceptionally(e);
        }
    }

    /**
     * A documented deployment, whose memo (all instruments) is rendered as an export renders it:
     * a long document runs the layout code enough for it to be compiled before the first export.
     */
    private static Optional<Profile> documentedCase(KnowledgeBase knowledge) {
        Path cases = knowledge.directory().resolve("cases");
        if (!Files.isDirectory(cases)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(cases)) {
            return files.filter(file -> file.toString().endsWith(".yaml")).sorted().findFirst()
                    .map(file -> knowledge.profileReader().read(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The small page's PDF once the warm-up has finished, or why it failed; incomplete while it runs. */
    public CompletableFuture<byte[]> result() {
        return result;
    }
}
